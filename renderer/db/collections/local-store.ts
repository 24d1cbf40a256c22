/**
 * A store kept on this laptop only: one storage instance of the sealed storage beside the collections, not an RxDB
 * collection, so it is never replicated, never backed up and has nothing to merge. Each entry is a JSON value under
 * an id, sealed at rest like every record (its `value` field is in the envelope). Opened once per database and closed
 * with it, so lock drops whatever it decrypted. Derived data only: anything lost here is rebuilt from the records.
 */
import {
  createRevision,
  fillWithDefaultSettings,
  normalizeMangoQuery,
  now,
  prepareQuery,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorageInstance,
} from 'rxdb/plugins/core';
import { isStorageFull } from '../../../shared/storage-full';
import type { WaypointDatabase } from '../schema-plan';
import { SealedRecordError } from '../sealed-storage';

export interface LocalEntry {
  readonly id: string;
  readonly value: unknown;
}

type Instance = RxStorageInstance<LocalEntry, unknown, unknown>;

/** The local stores by name and the fields they seal, for the sealed storage (renderer/db/database.ts). */
export const LOCAL_STORE_SEALED: Readonly<Record<string, readonly string[]>> = { 'local-caseload-summaries': ['value'], 'local-audit-marks': ['value'] };

/** The dashboard's per-client summaries; the audit integrity check's verified marks (audit-verify-incremental.ts). */
export type LocalStoreName = 'local-caseload-summaries' | 'local-audit-marks';

const schema: RxJsonSchema<LocalEntry> = {
  title: 'local-store',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id: { type: 'string', maxLength: 128 }, value: { type: 'object' } },
  required: ['id', 'value'],
};

const opened = new WeakMap<WaypointDatabase, Map<LocalStoreName, Promise<Instance>>>();

async function openInstance(db: WaypointDatabase, name: LocalStoreName): Promise<Instance> {
  const instance = await db.storage.createStorageInstance<LocalEntry>({
    databaseInstanceToken: db.token,
    databaseName: db.name,
    collectionName: name,
    schema: fillWithDefaultSettings(schema),
    // The database is created without storage options (renderer/db/database.ts).
    options: {},
    multiInstance: false,
    devMode: false,
  });
  db.onClose.push(() => instance.close().catch(() => undefined));
  return instance;
}

function instanceOf(db: WaypointDatabase, name: LocalStoreName): Promise<Instance> {
  if (db.closed) return Promise.reject(new Error('The database is closed.'));
  const byName = opened.get(db) ?? new Map<LocalStoreName, Promise<Instance>>();
  opened.set(db, byName);
  const existing = byName.get(name);
  if (existing) return existing;
  const created = openInstance(db, name);
  byName.set(name, created);
  return created;
}

/** A local store's entries as stored, by id (RxDB's bookkeeping kept for the next write). */
export type LocalEntries = ReadonlyMap<string, RxDocumentData<LocalEntry>>;

/**
 * Every entry of a local store. A store that does not open (left by a database made anew under another key, or
 * altered) is removed and started empty: it only holds what can be rebuilt.
 */
export async function readLocalEntries(db: WaypointDatabase, name: LocalStoreName): Promise<LocalEntries> {
  const instance = await instanceOf(db, name);
  const query = normalizeMangoQuery<RxDocumentData<LocalEntry>>(instance.schema, { selector: { _deleted: { $eq: false } }, sort: [{ id: 'asc' }] });
  try {
    const all = await instance.query(prepareQuery(instance.schema, query));
    return new Map(all.documents.map((d) => [d.id, d]));
  } catch (error) {
    if (!(error instanceof SealedRecordError)) throw error;
    opened.get(db)?.delete(name);
    await instance.remove();
    await instanceOf(db, name);
    return new Map();
  }
}

/**
 * Writes entries (value) and removes others (value null), each against the stored version in `known`; returns the
 * entries as now stored. A write that lost a race is left out (the store is derived; the next build redoes it), and
 * so is a write the full disk refused: nothing is stored (one transaction), the caller goes on with what it built and
 * the next build writes it again.
 */
export async function writeLocalEntries(
  db: WaypointDatabase,
  name: LocalStoreName,
  known: LocalEntries,
  changes: readonly { readonly id: string; readonly value: unknown }[],
): Promise<LocalEntries> {
  if (changes.length === 0) return known;
  const instance = await instanceOf(db, name);
  try {
    return await writeRows(db, instance, known, changes);
  } catch (error) {
    if (isStorageFull(error)) return known;
    throw error;
  }
}

async function writeRows(
  db: WaypointDatabase,
  instance: Instance,
  known: LocalEntries,
  changes: readonly { readonly id: string; readonly value: unknown }[],
): Promise<LocalEntries> {
  const rows = changes.flatMap(({ id, value }) => {
    const previous = known.get(id);
    if (value === null && !previous) return [];
    const document: RxDocumentData<LocalEntry> = {
      id,
      value: value ?? previous?.value ?? {},
      _deleted: value === null,
      _attachments: {},
      _rev: createRevision(db.token, previous),
      _meta: { lwt: now() },
    };
    return [{ document, previous }];
  });
  const first = await instance.bulkWrite(rows, 'local-store');
  // An entry removed earlier is stored as deleted, and readLocalEntries leaves those out: writing it anew conflicts
  // with that tombstone, so it is written once more on top of it.
  const overTombstones = first.error.flatMap((e) => {
    const row = rows.find((r) => r.document.id === e.documentId);
    if (e.status !== 409 || !e.documentInDb._deleted || !row || row.document._deleted) return [];
    return [{ document: { ...row.document, _rev: createRevision(db.token, e.documentInDb) }, previous: e.documentInDb }];
  });
  const second = overTombstones.length > 0 ? await instance.bulkWrite(overTombstones, 'local-store') : { error: [] };
  const rewritten = new Set(overTombstones.map((r) => r.document.id));
  const result = { error: [...first.error.filter((e) => !rewritten.has(e.documentId)), ...second.error] };
  const next = new Map(known);
  for (const { document } of [...rows.filter((r) => !rewritten.has(r.document.id)), ...overTombstones]) {
    if (document._deleted) next.delete(document.id);
    else next.set(document.id, document);
  }
  // A lost race: keep what is stored for the next write; its value is no longer ours to trust.
  for (const error of result.error) {
    const stored = error.status === 409 ? error.documentInDb : undefined;
    if (stored && !stored._deleted) next.set(error.documentId, { ...stored, value: null });
    else next.delete(error.documentId);
  }
  return next;
}
