import type { Keychain } from '../../shared/crypto/key-generations';
import type { CryptoProvider } from '../../shared/crypto/provider';
import {
  deletedHeightsOf,
  endpointOf,
  openAllDocsAnswer,
  openBulkGetAnswer,
  sealBulkDocsBody,
  splitRefusals,
  type RejectedDocument,
  type UnreadableRow,
} from '../../shared/sync/couch-transform';
import { requiredFieldsOfGuard } from '../../shared/sync/validate-doc-update';
import { isMembershipRefusal, refusalReasonOf, syncWaitSeconds, ThrottledError } from './server-errors';
import { createChangesPuller } from './changes-puller';
import { ParsedAnswer } from './parsed-answer';
import type { DocSealing, JsonDoc } from '../../shared/sync/e2ee-docs';
import type { ServerAuth } from './server-auth';

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface SyncCredentials {
  readonly username: string;
  readonly password: string;
}

export interface EncryptingFetchOptions {
  /** The transport underneath (the connection limiter's fetch, or the platform fetch). */
  readonly fetch: FetchLike;
  readonly crypto: CryptoProvider;
  /** The sync key generations this laptop holds: pushes seal under the newest, pulls open with any. */
  readonly syncKeys: Keychain;
  readonly collection: string;
  readonly plaintextFields: readonly string[];
  /** This laptop's sign-in (session cookie or basic auth, see server-auth.ts); none in tests of an open server. */
  readonly auth?: ServerAuth;
  /** Called once per document the server refuses; see splitRefusals. */
  readonly onRejected?: (rejected: RejectedDocument) => void;
  /** Called once per pulled document set aside because it cannot be opened (see openChangesRows). */
  readonly onUnreadable?: (row: UnreadableRow) => void;
  /** True while this laptop holds no record of the collection (see changes-puller.ts); false if omitted. */
  readonly holdsNothing?: () => Promise<boolean>;
  /**
   * The fields to send in clear given what the installed guard requires (null: unreadable), read from the database's
   * `_design/waypoint` before a push (sync-plan.ts guardClearFields). Without it every `plaintextFields` field is sent.
   */
  readonly sentFields?: (guardRequired: readonly string[] | null) => readonly string[];
}

/** How long a read guard is trusted before a push reads it again (an admin may update the server meanwhile). */
const GUARD_TTL_MS = 60_000;

function urlOf(input: string | URL | Request): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  // RxDB passes URL strings; a Request's body could not be rewritten before it is read, so it is refused.
  throw new Error('The encrypting fetch takes a URL, not a Request.');
}

async function withAuth(init: RequestInit | undefined, auth: ServerAuth | undefined): Promise<RequestInit> {
  const authorized = auth ? await auth.authorize(init) : { ...init };
  const headers = new Headers(authorized.headers);
  headers.set('accept', 'application/json');
  return { ...authorized, headers };
}

// RxDB reads the opened answer with json(): handed over parsed, not serialised to be parsed again.
function jsonResponse(from: Response, json: unknown): Response {
  return new ParsedAnswer(from, json);
}

function bodyText(init: RequestInit | undefined): string | undefined {
  if (init?.body === undefined || init.body === null) return undefined;
  if (typeof init.body !== 'string') throw new Error('The encrypting fetch only rewrites JSON string bodies.');
  return init.body;
}

/** The server refused this laptop's credentials or membership: retrying will not help until someone acts. */
export class SyncAccessError extends Error {
  readonly code = 'sync_access_refused';
  constructor(
    readonly status: number,
    collection: string,
    /** CouchDB's `reason`: PouchDB Server refuses a non-member with 401 where CouchDB 3 says 403. */
    reason = '',
  ) {
    super(
      status === 401 && !isMembershipRefusal(reason)
        ? `The server no longer accepts this laptop's sign-in (syncing ${collection}). Ask the clinic admin whether your account is still active, then sign in again.`
        : `This account is not a member of the clinic's database (syncing ${collection}). Ask the clinic admin to check your membership.`,
    );
    this.name = 'SyncAccessError';
  }
}

async function assertAccess(response: Response, collection: string, url: string): Promise<void> {
  // A throttled account (too many wrong passwords) says so; read as a feed, its answer would surface as a TypeError.
  // The wait it names is the one sync keeps (capped), not a day a proxy may have asked for.
  if (response.status === 429) throw new ThrottledError(new URL(url).origin, syncWaitSeconds(response.headers.get('retry-after'), new Date()));
  if (response.status !== 401 && response.status !== 403) return;
  throw new SyncAccessError(response.status, collection, refusalReasonOf(await response.json().catch(() => null)));
}

/** Opens an `_all_docs` or `_bulk_get` answer; `onAllDocs` sees the `_all_docs` answer as the server sent it. */
async function openAnswer(s: DocSealing, url: string, response: Response, onAllDocs: (json: unknown) => void): Promise<Response> {
  await assertAccess(response, s.collection, url);
  if (!response.ok) return response;
  const endpoint = endpointOf(url);
  const open = endpoint === 'all_docs' ? openAllDocsAnswer : endpoint === 'bulk_get' ? openBulkGetAnswer : null;
  if (!open) return response;
  const json: unknown = await response.json();
  if (endpoint === 'all_docs') onAllDocs(json);
  return jsonResponse(response, await open(s, json));
}

/**
 * A fetch for RxDB's replicateCouchDB that seals document bodies on the way out and opens them on the way in.
 * Sealing here, not in push/pull modifiers, keeps RxDB's conflict detection on plaintext: a modifier would give
 * every push a fresh IV and every unchanged document would look edited (DESIGN.md).
 */
export function createEncryptingFetch(options: EncryptingFetchOptions): typeof fetch {
  // Opening checks every field the laptop may ever send in clear; pushing sends those the installed guard requires.
  const openSealing: DocSealing = {
    crypto: options.crypto,
    keys: options.syncKeys,
    collection: options.collection,
    plaintextFields: options.plaintextFields,
  };
  // Ids the push's last `_all_docs` check found deleted, and at which height: a push writes them after the tombstone.
  let deletedHeights: ReadonlyMap<string, number> = new Map();
  // An expired session cookie is renewed once and the request sent again; basic auth's 401 stands.
  const send = async (url: string, init: RequestInit | undefined): Promise<Response> => {
    const response = await options.fetch(url, await withAuth(init, options.auth));
    if (response.status !== 401 || !(await options.auth?.renew())) return response;
    return options.fetch(url, await withAuth(init, options.auth));
  };
  const encryptingFetch: typeof fetch = async (input, init) => {
    const url = urlOf(input);
    if (options.sentFields && !guard) void guardRequired(url);
    const text = bodyText(init);
    if (endpointOf(url) === 'bulk_docs') return pushDocs(url, init, text);
    if (text !== undefined && endpointOf(url) === 'other') throw new Error(`Refusing to send an unsealed body to ${url}.`);
    if (endpointOf(url) === 'changes') return pullChanges(url, init);
    return openAnswer(openSealing, url, await send(url, init), (json) => (deletedHeights = deletedHeightsOf(json)));
  };
  const pullChanges = createChangesPuller({
    sealing: openSealing,
    send,
    onUnreadable: (row) => options.onUnreadable?.(row),
    holdsNothing: options.holdsNothing ?? (() => Promise.resolve(false)),
    assertAccess: (response, url) => assertAccess(response, options.collection, url),
    respond: jsonResponse,
  });
  // The installed guard's required fields, read once a minute at most; the first read starts with the first request
  // (the first pull), so a push rarely waits for it.
  let guard: { readonly at: number; readonly required: Promise<readonly string[] | null> } | null = null;
  const guardRequired = (anyUrl: string): Promise<readonly string[] | null> => {
    if (guard && Date.now() - guard.at < GUARD_TTL_MS) return guard.required;
    const designUrl = `${(anyUrl.split('?')[0] ?? '').replace(/[^/]*$/, '')}_design/waypoint`;
    const read = async (): Promise<readonly string[] | null> => {
      const response = await send(designUrl, { method: 'GET' }).catch(() => null);
      return response?.ok ? requiredFieldsOfGuard(await response.json().catch(() => null)) : null;
    };
    guard = { at: Date.now(), required: read() };
    return guard.required;
  };
  const pushDocs = async (url: string, init: RequestInit | undefined, text: string | undefined): Promise<Response> => {
    const sent = options.sentFields;
    const sealing = sent ? { ...openSealing, plaintextFields: sent(await guardRequired(url)) } : openSealing;
    const { body, plainById } = await sealBulkDocsBody(sealing, text === undefined ? undefined : (JSON.parse(text) as unknown), deletedHeights);
    const response = await send(url, { ...init, body: JSON.stringify(body) });
    await assertAccess(response, options.collection, url);
    if (!response.ok) return response;
    const { answer, rejected, unauthorized } = splitRefusals(options.collection, await response.json(), plainById);
    if (unauthorized) throw new SyncAccessError(401, options.collection);
    rejected.forEach((r) => options.onRejected?.(r));
    return jsonResponse(response, answer);
  };
  return encryptingFetch;
}

export type { RejectedDocument, JsonDoc, UnreadableRow };
