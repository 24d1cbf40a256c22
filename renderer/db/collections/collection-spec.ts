import { map, type Observable } from 'rxjs';
import type { MangoQuery, MangoQueryNoLimit, MangoQuerySelector, MigrationStrategies, RxCollection, RxDocument, RxJsonSchema } from 'rxdb/plugins/core';
import type { RecordBase, RecordInput } from '../../../shared/domain/records';

/** Everything RxDB and the sealed storage need to open one collection; each collection module exports one. */
export interface CollectionSpec<Doc> {
  readonly name: string;
  readonly schema: RxJsonSchema<Doc>;
  /** What a person wrote or answered: sealed at rest (one AES-GCM envelope per document), never queryable. */
  readonly sealed: readonly (keyof Doc & string)[];
  /** One entry per schema version above 0; a schema change is a version bump plus a strategy here. */
  readonly migrationStrategies: MigrationStrategies;
}

/** Who writes and when; `id` only when the caller must choose it (e.g. a staff id that is also a keyring id). */
export interface WriteContext {
  readonly authorId: string;
  readonly now: Date;
  readonly id?: string;
}

/** Thrown when an update names a record that does not exist. */
export class RecordNotFoundError extends Error {
  readonly code = 'record_not_found';
  constructor(
    readonly collection: string,
    readonly documentId: string,
  ) {
    super(`No ${collection} record with id ${documentId}.`);
    this.name = 'RecordNotFoundError';
  }
}

/** The caller's id or a fresh random one. */
export function newId(ctx: { readonly id?: string | undefined }): string {
  return ctx.id ?? crypto.randomUUID();
}

/** Plain copy of a document's data without RxDB's bookkeeping fields. */
export function plainOf<T>(doc: RxDocument<T>): T {
  return doc.toMutableJSON(false);
}

/** Reads one document's plain data or null. */
export async function findPlain<T>(collection: RxCollection<T>, id: string): Promise<T | null> {
  const doc = await collection.findOne(id).exec();
  return doc ? plainOf(doc) : null;
}

/** Id, author and timestamps of a record created now. */
export function stampNew(ctx: WriteContext): RecordBase {
  const at = ctx.now.toISOString();
  return { id: newId(ctx), authorId: ctx.authorId, createdAt: at, updatedAt: at };
}

/** Inserts a document and returns its plain data as stored (after RxDB's defaults). */
export async function insertPlain<T>(collection: RxCollection<T>, doc: T): Promise<T> {
  return plainOf(await collection.insert(doc));
}

/** Inserts a new record stamped with a fresh id, its author and the time now; returns it as stored. */
export function insertRecord<T extends RecordBase>(collection: RxCollection<T>, input: RecordInput<T>, ctx: WriteContext): Promise<T> {
  // The input plus the stamp is a whole T; TypeScript cannot see that an Omit<T, K> joined with the K part is T.
  return insertPlain(collection, { ...input, ...stampNew(ctx) } as T);
}

/** Plain data of every document matching a selector on plaintext fields (sealed fields are refused by storage). */
export async function findPlainWhere<T>(collection: RxCollection<T>, selector: MangoQuerySelector<T>): Promise<readonly T[]> {
  const docs = await collection.find({ selector }).exec();
  return docs.map(plainOf);
}

/**
 * The documents a query matches, as plain objects, kept live: the one query-to-domain chain of `renderer/db`.
 * `shape` turns the list into what the caller returns (map, sort, group; see `readEach`).
 */
export function watchWhere<T>(collection: RxCollection<T>, query?: MangoQuery<T>): Observable<readonly T[]>;
export function watchWhere<T, R>(collection: RxCollection<T>, query: MangoQuery<T>, shape: (docs: T[]) => R): Observable<R>;
export function watchWhere<T, R>(collection: RxCollection<T>, query: MangoQuery<T> = {}, shape?: (docs: T[]) => R): Observable<readonly T[] | R> {
  return collection.find(query).$.pipe(
    map((docs) => {
      const plain = docs.map(plainOf);
      return shape ? shape(plain) : plain;
    }),
  );
}

/** One document (by id, or the first a query matches) as a plain object, null when absent, kept live; `shape` maps it. */
export function watchOne<T>(collection: RxCollection<T>, which: string | MangoQueryNoLimit<T>): Observable<T | null>;
export function watchOne<T, R>(collection: RxCollection<T>, which: string | MangoQueryNoLimit<T>, shape: (doc: T) => R | null): Observable<R | null>;
export function watchOne<T, R>(collection: RxCollection<T>, which: string | MangoQueryNoLimit<T>, shape?: (doc: T) => R | null): Observable<T | R | null> {
  return collection.findOne(which).$.pipe(
    map((doc) => {
      if (!doc) return null;
      const plain = plainOf(doc);
      return shape ? shape(plain) : plain;
    }),
  );
}

/** A `watchWhere` shape: each document read as a domain object by `parse`; documents it rejects (null) are left out. */
export function readEach<T, R>(parse: (doc: T) => R | null | undefined): (docs: readonly T[]) => R[] {
  // Not flatMap: a parse that returns an array (an entry, a tuple) must stay one item.
  return (docs) => {
    const read: R[] = [];
    for (const d of docs) {
      const r = parse(d);
      if (r !== null && r !== undefined) read.push(r);
    }
    return read;
  };
}

/** Applies a patch to an existing document and returns its new plain data; throws RecordNotFoundError if absent. */
export async function patchPlain<T>(collection: RxCollection<T>, id: string, patch: Partial<T>): Promise<T> {
  const doc = await collection.findOne(id).exec();
  if (!doc) throw new RecordNotFoundError(collection.name, id);
  return plainOf(await doc.incrementalPatch(patch));
}

/**
 * Refuses, below any screen, every save or remove through the collection API that `refusal` names a reason for (an
 * empty reason lets it through). Replication writes straight to storage and is guarded by the server's validate_doc_update.
 */
export function guardChanges<T>(
  collection: RxCollection<T> | undefined,
  refusal: (before: T, after: T | (T & { readonly _deleted: true })) => string | null,
  refused: (reason: string) => Error,
): void {
  if (!collection) return;
  // For updates RxDB passes the stored data as the second argument; for a new document there is none.
  collection.preSave((next: T, previous: unknown) => {
    if (typeof previous !== 'object' || previous === null) return;
    const reason = refusal(previous as T, next);
    if (reason) throw refused(reason);
  }, false);
  collection.preRemove((data: T) => {
    const reason = refusal(data, { ...data, _deleted: true });
    if (reason) throw refused(reason);
  }, false);
}

// Shared JSON-schema pieces. Indexed strings need maxLength (RxDB), so every routing string has one.
export const idField = { type: 'string', maxLength: 64 } as const;
export const instantField = { type: 'string', maxLength: 32 } as const;
export const dateField = { type: 'string', maxLength: 10 } as const;
export const sealedText = { type: 'string' } as const;
export const sealedObject = { type: 'object', additionalProperties: true } as const;
export const sealedObjectList = { type: 'array', items: { type: 'object', additionalProperties: true } } as const;
/**
 * The schema fields of RecordBase (id, author, timestamps) that every record collection stores in clear. RxDB hashes
 * a schema with its keys sorted, so spreading these where a schema listed them one by one changes no hash; each
 * collection keeps its own `required` list (array order is part of the hash).
 */
export const recordBaseFields = { id: idField, authorId: idField, createdAt: instantField, updatedAt: instantField } as const;
export function enumField<const V extends readonly string[]>(values: V) {
  return { type: 'string', enum: values, maxLength: Math.max(...values.map((v) => v.length)) } as const;
}
