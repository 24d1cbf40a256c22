import { changeRevs, openChangesRows, type OpenedChanges, type UnreadableRow } from '../../shared/sync/couch-transform';
import { UnreadableDocumentError, type DocSealing, type JsonDoc } from '../../shared/sync/e2ee-docs';

/**
 * The `_changes` side of the encrypting fetch. A document that cannot be opened (garbage envelope, another key, a
 * tombstone the app never wrote) is set aside and reported instead of failing the batch, which would leave the
 * collection in "Sync error" on every laptop and a joining laptop's first pull unfinished (issue 18 item 5).
 *
 * RxDB ends a pass on a page shorter than its limit and stores no checkpoint for an empty page, so a page with rows set
 * aside (or holding the guard's design document, which never reaches RxDB) is refilled from where it ended, and the ids-only feed the convergence check reads leaves out the revisions set
 * aside here (else the collection would read "behind" for ever).
 */
export interface ChangesPullerOptions {
  readonly sealing: DocSealing;
  readonly send: (url: string, init: RequestInit | undefined) => Promise<Response>;
  readonly onUnreadable: (row: UnreadableRow) => void;
  /** True while this laptop holds no record of the collection (a first pull). */
  readonly holdsNothing: () => Promise<boolean>;
  /** Throws the access error on 401/403 (encrypting-fetch.ts). */
  readonly assertAccess: (response: Response, url: string) => Promise<void>;
  /** A response like `from` carrying `json`. */
  readonly respond: (from: Response, json: unknown) => Response;
}

/** Most pages one request may read while refilling (a feed of nothing but bad rows ends the pass there). */
const MAX_PAGES = 20;

function limitOf(url: string): number | null {
  const limit = Number(new URL(url).searchParams.get('limit'));
  return Number.isInteger(limit) && limit > 0 ? limit : null;
}

function withSince(url: string, seq: string | number): string {
  const next = new URL(url);
  next.searchParams.set('since', String(seq));
  return next.href;
}

/**
 * A laptop that opens nothing at all, on a first pull, holds another clinic's key (or none): setting every document
 * aside would only fill its Conflicts screen, so that stays the error it was, naming the first document.
 */
async function assertNotWrongKey(options: ChangesPullerOptions, page: OpenedChanges, openedBefore: boolean): Promise<void> {
  const sealed = page.unreadable.filter((row) => !row.deleted);
  const first = sealed[0];
  if (openedBefore || !first || page.answer.results.some((row) => row.doc) || !(await options.holdsNothing())) return;
  throw new UnreadableDocumentError(first.collection, first.id, first.problem);
}

export function createChangesPuller(options: ChangesPullerOptions): (url: string, init: RequestInit | undefined) => Promise<Response> {
  const setAside = new Set<string>();
  let openedAny = false;
  // A row without its document (ids-only feed) whose every revision was set aside says nothing new.
  const known = (row: JsonDoc): boolean => {
    const revs = changeRevs(row);
    return (row.doc === undefined || row.doc === null) && revs.length > 0 && revs.every((rev) => setAside.has(`${String(row.id)}@${rev}`));
  };
  return async (url, init) => {
    // Only the pull's pages (with documents) are refilled; the convergence check's ids-only probe is read as it is.
    const limit = new URL(url).searchParams.get('include_docs') === 'true' ? limitOf(url) : null;
    let results: JsonDoc[] = [];
    let first: Response | null = null;
    let last: JsonDoc = {};
    for (let page = 0, pageUrl = url; page < MAX_PAGES; page += 1) {
      const response = await options.send(pageUrl, init);
      await options.assertAccess(response, pageUrl);
      if (!response.ok) return response;
      first ??= response;
      const opened = await openChangesRows(options.sealing, await response.json());
      await assertNotWrongKey(options, opened, openedAny);
      openedAny ||= opened.answer.results.some((row) => row.doc);
      for (const row of opened.unreadable) {
        setAside.add(`${row.id}@${row.rev}`);
        options.onUnreadable(row);
      }
      results = [...results, ...opened.answer.results.filter((row) => !known(row))];
      last = opened.answer;
      // A full page from the server that gives RxDB fewer rows (set aside, or the guard's design document) is refilled.
      if (limit === null || opened.serverRows < limit || results.length >= limit) break;
      pageUrl = withSince(url, opened.answer.last_seq);
    }
    return first ? options.respond(first, { ...last, results }) : new Response(null, { status: 500 });
  };
}
