import { EnvelopeError } from '../crypto/envelope';
import { openJsonHeld, sealJsonNewest, type Keychain } from '../crypto/key-generations';
import type { CryptoProvider } from '../crypto/provider';
import { jsonEqual } from './canonical-json';

/**
 * End-to-end sealing of one CouchDB document. The server sees `_id`, `_rev`, `_deleted`, the collection's routing
 * fields (so validate_doc_update and operators can route without reading PHI) and one AES-256-GCM envelope `e2ee`
 * under the clinic's sync key. The envelope holds the whole body including the routing fields, so a server that
 * alters a routing field is caught when the document is opened. The envelope names its sync key generation
 * (shared/crypto/key-generations.ts): sealed under the newest the laptop holds, opened with any it holds.
 *
 * Version binding (issue 18 item 8): the sealed body also names the revision height (the number before the dash of
 * CouchDB's `_rev`) the document is written as, under the key `_rev`, and a document served under another height does
 * not open. So the server cannot put an older sealed version back as a newer revision. The key is `_rev` because
 * builds from before this read past it: their openDoc lays the server's own `_rev` over the body's, RxDB drops `_rev`,
 * and their sealDoc leaves `_rev` out of the body, so no older build carries a stale height into a new envelope.
 * Envelopes sealed before this (or by an older build) name no height and open under any revision.
 */

export const E2EE_FIELD = 'e2ee';

/** How one collection's documents are sealed for the server. */
export interface DocSealing {
  readonly crypto: CryptoProvider;
  /** The sync key generations (generation 0: HKDF purpose 'sync'), never the at-rest key. */
  readonly keys: Keychain;
  readonly collection: string;
  /** Fields copied in clear next to the envelope: ids, kind, status, timestamps, author. */
  readonly plaintextFields: readonly string[];
}

export type JsonDoc = Readonly<Record<string, unknown>>;

const COUCH_META = new Set(['_id', '_rev', '_deleted']);

/** The key of the sealed revision height inside an envelope's body (see above). */
const SEALED_HEIGHT = '_rev';

/** The height of a CouchDB revision ("3-abc…" → 3), or null when it is not one. */
export function revHeight(rev: unknown): number | null {
  if (typeof rev !== 'string') return null;
  const match = /^([1-9][0-9]{0,8})-/.exec(rev);
  return match ? Number(match[1]) : null;
}

/**
 * The height a pushed document will be stored as. With `new_edits: false` (replication's path) the document carries
 * its own revision; otherwise CouchDB writes the revision after `_rev`, or, with none, the first one (after the
 * tombstone `deletedHeight` when the id was deleted on the server: a record written again over its deletion).
 */
export function heightOnWrite(doc: JsonDoc, newEdits: boolean, deletedHeight = 0): number {
  const given = revHeight(doc._rev);
  if (!newEdits) return given ?? 1;
  return given === null ? deletedHeight + 1 : given + 1;
}

/** Thrown when a server document does not open: no envelope, wrong key, altered bytes or altered routing fields. */
export class UnreadableDocumentError extends Error {
  readonly code = 'sync_document_unreadable';
  constructor(
    readonly collection: string,
    readonly documentId: string,
    readonly problem: string,
  ) {
    super(`Server document ${collection}/${documentId} cannot be read: ${problem}. It was not imported.`);
    this.name = 'UnreadableDocumentError';
  }
}

/** Added to an envelope that does not open: on a laptop that opens nothing, the likely cause. */
export const WRONG_CLINIC_HINT = '; is this laptop enrolled in the same clinic?';

/** Associated data binding an envelope to its collection and document id. */
export function docAad(collection: string, id: string): string {
  return `${collection}/${id}`;
}

function idOf(doc: JsonDoc, collection: string): string {
  const id = doc._id;
  if (typeof id !== 'string' || id === '') throw new UnreadableDocumentError(collection, '(no id)', 'it has no _id');
  return id;
}

function couchMeta(doc: JsonDoc): Record<string, unknown> {
  const meta: Record<string, unknown> = { _id: doc._id };
  if (typeof doc._rev === 'string') meta._rev = doc._rev;
  if (doc._deleted === true) meta._deleted = true;
  return meta;
}

/**
 * Seals an outgoing document: routing fields and CouchDB meta in clear, everything else in `e2ee` with the revision
 * height it will be stored as (by default the one after its `_rev`, as `_bulk_docs` writes it).
 */
export async function sealDoc(s: DocSealing, doc: JsonDoc, height = heightOnWrite(doc, true)): Promise<JsonDoc> {
  const id = idOf(doc, s.collection);
  if (doc._attachments !== undefined) {
    // Attachments would travel in clear beside the envelope; Waypoint stores none, so refuse rather than leak.
    throw new Error(`Refusing to sync ${s.collection}/${id}: attachments are not sealed.`);
  }
  const body = Object.fromEntries(Object.entries(doc).filter(([k]) => !COUCH_META.has(k)));
  const clear = Object.fromEntries(s.plaintextFields.filter((f) => Object.hasOwn(body, f)).map((f) => [f, body[f]]));
  const envelope = await sealJsonNewest(s.crypto, s.keys, { ...body, [SEALED_HEIGHT]: height }, docAad(s.collection, id));
  return { ...couchMeta(doc), ...clear, [E2EE_FIELD]: envelope };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function openBody(s: DocSealing, id: string, envelope: unknown): Promise<Record<string, unknown>> {
  if (typeof envelope !== 'string') {
    throw new UnreadableDocumentError(s.collection, id, `it has no "${E2EE_FIELD}" envelope (plaintext or foreign document)`);
  }
  let body: unknown;
  try {
    body = await openJsonHeld(s.crypto, s.keys, envelope, docAad(s.collection, id));
  } catch (error) {
    if (!(error instanceof EnvelopeError)) throw error;
    throw new UnreadableDocumentError(s.collection, id, `${error.message}${WRONG_CLINIC_HINT}`);
  }
  if (!isPlainObject(body)) throw new UnreadableDocumentError(s.collection, id, 'its envelope does not hold a document');
  return body;
}

/** Refuses an envelope that names another revision height than the one the server serves it as. */
function assertSealedHeight(s: DocSealing, id: string, sealed: unknown, served: unknown): void {
  const servedHeight = revHeight(served);
  if (sealed === undefined || servedHeight === null || sealed === servedHeight) return;
  const problem =
    typeof sealed === 'number' && sealed < servedHeight
      ? `it is an older version of this record (sealed as revision ${sealed}) that the server put back as revision ${servedHeight}`
      : `it was sealed as revision ${JSON.stringify(sealed)} of this record but the server serves it as revision ${servedHeight}`;
  throw new UnreadableDocumentError(s.collection, id, problem);
}

/** Opens an incoming server document back into the plain document RxDB expects. */
export async function openDoc(s: DocSealing, doc: JsonDoc): Promise<JsonDoc> {
  const id = idOf(doc, s.collection);
  const { [SEALED_HEIGHT]: sealedHeight, ...body } = await openBody(s, id, doc[E2EE_FIELD]);
  assertSealedHeight(s, id, sealedHeight, doc._rev);
  for (const field of s.plaintextFields) {
    if (Object.hasOwn(doc, field) && !jsonEqual(doc[field], body[field])) {
      throw new UnreadableDocumentError(s.collection, id, `its routing field "${field}" was altered on the server`);
    }
  }
  return { ...body, ...couchMeta(doc) };
}
