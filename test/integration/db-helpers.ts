import { afterEach } from 'vitest';
import { createWebCryptoProvider } from '../../renderer/crypto/web-crypto-provider';
import { closeDatabase, createDatabase, type SignatureInput, type WaypointDatabase } from '../../renderer/db';
import { COLLECTION_SPECS } from '../../renderer/db/schema-plan';
import type { AesKey } from '../../shared/crypto/provider';
import { createConflictHandler } from '../../renderer/sync/conflict-handler';
import { idbRequest } from '../../renderer/db/idb-request';

export const crypto = createWebCryptoProvider();

/** A fresh random at-rest key. */
export function newKey(): Promise<AesKey> {
  return crypto.importAesKey(crypto.randomBytes(32));
}

const open = new Set<WaypointDatabase>();

/** Opens the sealed database over the global fake IndexedDB; closed after each test (RxDB allows 13 open collections). */
export async function openDb(name: string, key: AesKey): Promise<WaypointDatabase> {
  const db = await createDatabase({ name, key, crypto, conflictHandlerFor: createConflictHandler });
  open.add(db);
  return db;
}

/** A storage test's database: `name` sealed under a fresh key of its own (closed after each test). */
export async function openFreshDb(name: string): Promise<WaypointDatabase> {
  return openDb(name, await newKey());
}

/** What a storage write records: `authorId` writing at the instant `at`. */
export function writeAt(authorId: string, at: string): { authorId: string; now: Date } {
  return { authorId, now: new Date(at) };
}

export async function closeDb(db: WaypointDatabase): Promise<void> {
  open.delete(db);
  await closeDatabase(db);
}

afterEach(async () => {
  await Promise.all([...open].map((db) => closeDb(db)));
});

/** Every record of every IndexedDB database, read through the IndexedDB API: what really is at rest. */
export async function dumpIndexedDb(): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const idb = await idbRequest(indexedDB.open(info.name));
    for (const storeName of Array.from(idb.objectStoreNames)) {
      out[`${info.name}/${storeName}`] = await idbRequest(idb.transaction(storeName, 'readonly').objectStore(storeName).getAll());
    }
    idb.close();
  }
  return JSON.stringify(out);
}

// RxDB's Dexie storage keeps one IndexedDB database per collection and schema version, documents in store "docs".
function docsStoreName(dbName: string, collection: string): string {
  const spec = Object.entries(COLLECTION_SPECS).find(([name]) => name === collection)?.[1];
  return `rxdb-dexie-${dbName}--${String(spec?.schema.version ?? 0)}--${collection}`;
}

/** Reads one stored (sealed) document straight from IndexedDB. */
export async function readRaw(dbName: string, collection: string, id: string): Promise<Record<string, unknown>> {
  const idb = await idbRequest(indexedDB.open(docsStoreName(dbName, collection)));
  try {
    const value: unknown = await idbRequest(idb.transaction('docs', 'readonly').objectStore('docs').get(id));
    if (typeof value !== 'object' || value === null) throw new Error(`no stored ${collection}/${id}`);
    return { ...value };
  } finally {
    idb.close();
  }
}

/** Overwrites one stored document straight in IndexedDB, bypassing RxDB and the sealing layer. */
export async function writeRaw(dbName: string, collection: string, doc: Record<string, unknown>): Promise<void> {
  const idb = await idbRequest(indexedDB.open(docsStoreName(dbName, collection)));
  try {
    const tx = idb.transaction('docs', 'readwrite');
    await idbRequest(tx.objectStore('docs').put(doc));
  } finally {
    idb.close();
  }
}

/** The author's in-app signature by Dana Reyes (staff s1) at `signedAt`, attesting `attestation`. */
export function danaSigns(signedAt: string, attestation: string): SignatureInput {
  return { role: 'author', signerId: 's1', signerName: 'Dana Reyes', signedAt, method: 'in_app', attestation, shownContentHash: null };
}

/** A signed SOAP note by u1 for client c1 as schema versions before v1 stored it (migration tests add fields). */
export function oldSignedNote(id: string, at: string, html: string) {
  return {
    id,
    kind: 'note',
    status: 'signed',
    clientId: 'c1',
    sessionId: '',
    parentId: '',
    templateId: 'soap',
    cosignerId: '',
    signedAt: at,
    authorId: 'u1',
    createdAt: at,
    updatedAt: at,
    title: 'Old',
    sections: [{ key: 'subjective', heading: 'Subjective', html }],
  };
}

/** Flips one bit inside the ciphertext of a sealed envelope "w1.<iv>.<ciphertext>": the record no longer opens. */
export function flipOneByte(envelope: string): string {
  const [prefix, iv, body] = envelope.split('.');
  if (prefix === undefined || iv === undefined || body === undefined) throw new Error('not an envelope');
  const bytes = Buffer.from(body, 'base64');
  bytes[5] = (bytes[5] ?? 0) ^ 0x01;
  return `${prefix}.${iv}.${bytes.toString('base64')}`;
}
