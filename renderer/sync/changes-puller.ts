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

/** A page read from the server and opened, or the server's answer when it was not a page (refusal, error). */
type PageRead = { readonly response: Response; readonly opened?: OpenedChanges };

/** The next page of a first pull, asked for and opened while RxDB stores the page before it. */
interface ReadAhead {
  readonly key: string;
  readonly init: RequestInit | undefined;
  readonly at: number;
  readonly page: Promise<PageRead | null>;
}

/** A read-ahead older than this is not served: it is asked again (a feed page is only ever as fresh as its read). */
const READ_AHEAD_MAX_AGE_MS = 30_000;

/** The same request whatever order or encoding its query was written in. */
function pageKey(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.sort();
  return parsed.href;
}

async function readPage(options: ChangesPullerOptions, url: string, init: RequestInit | undefined): Promise<PageRead> {
  const response = await options.send(url, init);
  await options.assertAccess(response, url);
  if (!response.ok) return { response };
  return { response, opened: await openChangesRows(options.sealing, await response.json()) };
}

/**
 * Reads pages, serving a page read ahead when it is the one asked for. RxDB asks for a first pull's pages one after
 * another, each once the one before is opened, so the server's work, the transfer and the opening of page N + 1
 * wait on nothing: they run while RxDB stores page N (issue 17: the pull's sequential round trips).
 */
function createPageReader(options: ChangesPullerOptions) {
  let ahead: ReadAhead | null = null;
  return {
    read: async (url: string, init: RequestInit | undefined): Promise<PageRead> => {
      const held = ahead;
      ahead = null;
      if (held?.key === pageKey(url) && held.init === init && Date.now() - held.at <= READ_AHEAD_MAX_AGE_MS) {
        const page = await held.page;
        if (page) return page;
      }
      return readPage(options, url, init);
    },
    readAhead: (url: string, init: RequestInit | undefined): void => {
      // A failed read-ahead (network, stop, refusal) is simply asked again when RxDB asks for it.
      const page = readPage(options, url, init).catch(() => null);
      ahead = { key: pageKey(url), init, at: Date.now(), page };
    },
  };
}

export function createChangesPuller(options: ChangesPullerOptions): (url: string, init: RequestInit | undefined) => Promise<Response> {
  const setAside = new Set<string>();
  const pages = createPageReader(options);
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
    let full = false;
    let lastSeq: string | number | undefined;
    for (let page = 0, pageUrl = url; page < MAX_PAGES; page += 1) {
      const { response, opened } = await pages.read(pageUrl, init);
      if (!opened) return response;
      first ??= response;
      await assertNotWrongKey(options, opened, openedAny);
      openedAny ||= opened.answer.results.some((row) => row.doc);
      for (const row of opened.unreadable) {
        setAside.add(`${row.id}@${row.rev}`);
        options.onUnreadable(row);
      }
      results = [...results, ...opened.answer.results.filter((row) => !known(row))];
      last = opened.answer;
      lastSeq = opened.answer.last_seq;
      full = limit !== null && opened.serverRows >= limit;
      // A full page from the server that gives RxDB fewer rows (set aside, or the guard's design document) is refilled.
      if (limit === null || !full || results.length >= limit) break;
      pageUrl = withSince(url, opened.answer.last_seq);
    }
    // A full page means more may follow: RxDB's next request will ask from where this answer ends.
    if (full && lastSeq !== undefined) pages.readAhead(withSince(url, lastSeq), init);
    return first ? options.respond(first, { ...last, results }) : new Response(null, { status: 500 });
  };
}
