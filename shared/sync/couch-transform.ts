import { z } from 'zod';
import {
  E2EE_FIELD as E2EE,
  heightOnWrite,
  openDoc,
  revHeight,
  sealDoc,
  UnreadableDocumentError,
  WRONG_CLINIC_HINT,
  type DocSealing,
  type JsonDoc,
} from './e2ee-docs';

/**
 * Pure request and response rewriting for the CouchDB endpoints RxDB's replication-couchdb plugin calls
 * (rxdb 17: GET `_changes` normal and longpoll, POST and GET `_all_docs` with include_docs, POST `_bulk_docs`).
 * `_bulk_get` is handled too, should a later RxDB use it. Any other request that carries a body is refused, so a
 * new endpoint can never send documents unsealed.
 */

export type CouchEndpoint = 'changes' | 'all_docs' | 'bulk_docs' | 'bulk_get' | 'other';

/** Which document-carrying endpoint a URL addresses (the last path segment of a database URL). */
export function endpointOf(url: string): CouchEndpoint {
  const path = url.split('?')[0] ?? '';
  const last = path.replace(/\/+$/, '').split('/').pop() ?? '';
  switch (last) {
    case '_changes':
      return 'changes';
    case '_all_docs':
      return 'all_docs';
    case '_bulk_docs':
      return 'bulk_docs';
    case '_bulk_get':
      return 'bulk_get';
    default:
      return 'other';
  }
}

/** Thrown when the server's answer is not the JSON shape CouchDB documents for that endpoint. */
export class UnexpectedServerAnswerError extends Error {
  readonly code = 'sync_unexpected_answer';
  constructor(endpoint: CouchEndpoint, detail: string) {
    super(`The server's answer to ${endpoint} is not what CouchDB sends (${detail}).`);
    this.name = 'UnexpectedServerAnswerError';
  }
}

const docSchema = z.looseObject({ _id: z.string() });
const bulkDocsBody = z.looseObject({ docs: z.array(docSchema), new_edits: z.boolean().optional() });
const changesAnswer = z.looseObject({
  results: z.array(z.looseObject({ id: z.string(), doc: docSchema.nullish() })),
  last_seq: z.union([z.string(), z.number()]),
});
const allDocsAnswer = z.looseObject({
  rows: z.array(z.looseObject({ id: z.string().optional(), key: z.unknown(), value: z.unknown().optional(), doc: docSchema.nullish() })),
});
const deletedRowValue = z.looseObject({ rev: z.string(), deleted: z.literal(true) });
const bulkGetAnswer = z.looseObject({
  results: z.array(z.looseObject({ id: z.string(), docs: z.array(z.looseObject({ ok: docSchema.optional() })) })),
});
const bulkDocsRow = z.looseObject({ id: z.string().optional(), ok: z.boolean().optional(), error: z.string().optional(), reason: z.string().optional() });
const bulkDocsAnswer = z.array(bulkDocsRow);

function parse<T>(schema: z.ZodType<T>, endpoint: CouchEndpoint, json: unknown): T {
  const result = schema.safeParse(json);
  if (!result.success) throw new UnexpectedServerAnswerError(endpoint, result.error.issues[0]?.message ?? 'invalid');
  return result.data;
}

const isDesignDoc = (id: string): boolean => id.startsWith('_design/');

/**
 * Seals every document of a `_bulk_docs` request body, each bound to the revision height it will be stored as
 * (`deletedHeights`: ids the server last answered as deleted, at that tombstone's height; see heightOnWrite).
 * Returns the new body and the plain documents by id.
 */
export async function sealBulkDocsBody(
  s: DocSealing,
  body: unknown,
  deletedHeights: ReadonlyMap<string, number> = new Map(),
): Promise<{ body: JsonDoc; plainById: ReadonlyMap<string, JsonDoc> }> {
  const parsed = bulkDocsBody.safeParse(body);
  if (!parsed.success) throw new Error('Refusing to send a _bulk_docs body that is not { docs: [...] }.');
  const newEdits = parsed.data.new_edits !== false;
  const docs = await Promise.all(parsed.data.docs.map((d) => sealDoc(s, d, heightOnWrite(d, newEdits, deletedHeights.get(d._id)))));
  return { body: { ...parsed.data, docs }, plainById: new Map(parsed.data.docs.map((d) => [d._id, d])) };
}

/**
 * A pulled document this laptop cannot take: an envelope that does not open (garbage, another key, altered routing
 * fields), or a tombstone without an envelope (a deletion the app never wrote: Waypoint's own deletions are sealed).
 * Only its id, revision and the reason are kept: nothing of its content.
 */
export interface UnreadableRow {
  readonly collection: string;
  readonly id: string;
  readonly rev: string;
  readonly deleted: boolean;
  readonly problem: string;
}

/** A `_changes` answer opened row by row: the rows RxDB may write, and the rows set aside. */
export interface OpenedChanges {
  readonly answer: { readonly results: readonly JsonDoc[]; readonly last_seq: string | number } & JsonDoc;
  readonly unreadable: readonly UnreadableRow[];
  /** Rows the server sent (design documents included): a page shorter than the limit is the feed's end. */
  readonly serverRows: number;
}

type Opened = { readonly doc: JsonDoc; readonly unreadable?: undefined } | { readonly doc?: undefined; readonly unreadable: UnreadableRow };

async function openRow(s: DocSealing, doc: JsonDoc): Promise<Opened> {
  try {
    return { doc: await openDoc(s, doc) };
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error;
    const deleted = doc._deleted === true && doc[E2EE] === undefined;
    const rev = typeof doc._rev === 'string' ? doc._rev : '';
    // One row among readable ones is not a question of this laptop's clinic: the hint is left out.
    const problem = deleted ? 'it was deleted on the server without Waypoint (no sealed tombstone)' : error.problem.replace(WRONG_CLINIC_HINT, '');
    return { unreadable: { collection: s.collection, id: error.documentId, rev, deleted, problem } };
  }
}

/**
 * Opens a `_changes` answer, setting aside each document that cannot be opened instead of failing the whole batch:
 * one bad row from any member must not stop a collection's sync on every laptop (issue 18 item 5).
 */
export async function openChangesRows(s: DocSealing, json: unknown): Promise<OpenedChanges> {
  const answer = parse(changesAnswer, 'changes', json);
  const rows = answer.results.filter((r) => !isDesignDoc(r.id));
  const opened = await Promise.all(rows.map(async (r) => ({ r, o: r.doc ? await openRow(s, r.doc) : null })));
  const unreadable = opened.flatMap(({ o }) => (o?.unreadable ? [o.unreadable] : []));
  const results = opened.filter(({ o }) => !o?.unreadable).map(({ r, o }) => (o?.doc ? { ...r, doc: o.doc } : r));
  return { answer: { ...answer, results }, unreadable, serverRows: answer.results.length };
}

/** The revisions a `_changes` row (without docs) lists. */
export function changeRevs(row: JsonDoc): string[] {
  const changes = Array.isArray(row.changes) ? (row.changes as unknown[]) : [];
  return changes.flatMap((c) => (typeof c === 'object' && c !== null && 'rev' in c && typeof c.rev === 'string' ? [c.rev] : []));
}

/**
 * The ids an `_all_docs` answer lists as deleted, with the tombstone's revision height: RxDB's push asks for them
 * (`deleted: 'ok'`) and writes such a record again without `_rev`, which CouchDB stores after the tombstone.
 */
export function deletedHeightsOf(json: unknown): Map<string, number> {
  const rows = allDocsAnswer.safeParse(json).data?.rows ?? [];
  const heights = new Map<string, number>();
  for (const row of rows) {
    const value = deletedRowValue.safeParse(row.value).data;
    const height = revHeight(value?.rev);
    if (row.id !== undefined && height !== null) heights.set(row.id, height);
  }
  return heights;
}

/** Opens the documents of an `_all_docs` answer (rows without a doc — missing or deleted — pass unchanged). */
export async function openAllDocsAnswer(s: DocSealing, json: unknown): Promise<JsonDoc> {
  const answer = parse(allDocsAnswer, 'all_docs', json);
  const rows = answer.rows.filter((r) => r.id === undefined || !isDesignDoc(r.id));
  const opened = await Promise.all(rows.map(async (r) => (r.doc ? { ...r, doc: await openDoc(s, r.doc) } : r)));
  return { ...answer, rows: opened };
}

/** Opens the documents of a `_bulk_get` answer. */
export async function openBulkGetAnswer(s: DocSealing, json: unknown): Promise<JsonDoc> {
  const answer = parse(bulkGetAnswer, 'bulk_get', json);
  const results = await Promise.all(
    answer.results.map(async (r) => ({
      ...r,
      docs: await Promise.all(r.docs.map(async (d) => (d.ok ? { ...d, ok: await openDoc(s, d.ok) } : d))),
    })),
  );
  return { ...answer, results };
}

/** A document the server refused to store (validate_doc_update threw `forbidden`). */
export interface RejectedDocument {
  readonly collection: string;
  readonly id: string;
  readonly error: string;
  readonly reason: string;
  /** The plain document that was refused, so nothing a person typed is lost. */
  readonly doc: JsonDoc;
}

/**
 * Splits a `_bulk_docs` answer into refused documents and the answer RxDB should see. RxDB retries the whole
 * batch forever on any error other than `conflict`, blocking every later write; refused rows are therefore reported
 * for quarantine and shown to RxDB as written. `unauthorized` rows are not about the document but about the user
 * (PouchDB Server answers a non-member per row): `unauthorized` is true and nothing is quarantined.
 */
export function splitRefusals(
  collection: string,
  json: unknown,
  plainById: ReadonlyMap<string, JsonDoc>,
): { answer: unknown[]; rejected: RejectedDocument[]; unauthorized: boolean } {
  const rows = parse(bulkDocsAnswer, 'bulk_docs', json);
  const rejected: RejectedDocument[] = [];
  const answer = rows.map((row) => {
    const doc = row.id === undefined ? undefined : plainById.get(row.id);
    if (row.error !== 'forbidden' || row.id === undefined || doc === undefined) return row;
    rejected.push({ collection, id: row.id, error: row.error, reason: row.reason ?? row.error, doc });
    return { id: row.id, ok: true, quarantined: true };
  });
  return { answer, rejected, unauthorized: rows.some((row) => row.error === 'unauthorized') };
}
