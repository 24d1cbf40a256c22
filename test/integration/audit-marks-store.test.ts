import { addRxPlugin, createRxDatabase } from 'rxdb/plugins/core';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { appendAudit, checkAuditTrailSinceMarks } from '../../renderer/db';
import { readVerifiedMarks } from '../../renderer/db/collections/audit-verify-incremental';
import { LEGACY_LOCAL_SEALED } from '../../renderer/db/collections/legacy-local-documents';
import { SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import type { AesKey } from '../../shared/crypto/provider';
import type { VerifiedMark } from '../../shared/audit/audit-chain-incremental';
import { closeDb, crypto, dumpIndexedDb, newKey, openDb } from './db-helpers';

const NOW = new Date('2026-12-05T09:00:00Z');

async function writeEvents(name: string, key: AesKey, n: number): Promise<void> {
  const db = await openDb(name, key);
  for (let i = 0; i < n; i++) {
    const input = { action: 'view', entity: 'client', entityId: 'client-1', actorId: 'staff-1', detail: `event ${String(i)}` } as const;
    await appendAudit(db, input, { now: new Date(NOW.getTime() + i * 60_000) });
  }
  await closeDb(db);
}

/** What a build before the local store did: the marks in an RxDB local document of the database, sealed. */
async function storeMarksTheOldWay(name: string, key: AesKey, marks: readonly VerifiedMark[]): Promise<void> {
  addRxPlugin(RxDBLocalDocumentsPlugin);
  const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: { ...SEALED_FIELDS, ...LEGACY_LOCAL_SEALED } });
  const old = await createRxDatabase({ name, storage, multiInstance: false, localDocuments: true });
  await old.upsertLocal('audit-verified-marks', { marks: [...marks] });
  await old.close();
}

/** The documents left in the old place (RxDB's local documents of the database), across every database dumped. */
function legacyDocs(dump: string): unknown[] {
  const stores = Object.entries(JSON.parse(dump) as Record<string, unknown[]>);
  return stores.filter(([name]) => name.endsWith('--plugin-local-documents-/docs')).flatMap(([, docs]) => docs);
}

function deleteIndexedDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => {
      resolve();
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB error'));
    };
  });
}

describe("the audit check's verified marks in the local store", () => {
  it('survive a lock and reopen, sealed, in the local store (no RxDB local documents left)', async () => {
    const key = await newKey();
    await writeEvents('marks-reopen', key, 6);
    const db = await openDb('marks-reopen', key);
    expect((await checkAuditTrailSinceMarks(db, NOW)).read).toBe(6);
    const [mark] = (await readVerifiedMarks(db)).values();
    expect(mark?.seq).toBe(6);
    const atRest = await dumpIndexedDb();
    expect(atRest).toContain('local-audit-marks');
    expect(legacyDocs(atRest)).toEqual([]);
    expect(atRest).not.toContain(mark?.hash ?? 'none');
    await closeDb(db);
    const reopened = await openDb('marks-reopen', key);
    expect((await checkAuditTrailSinceMarks(reopened, NOW)).read).toBe(0);
  });

  it('an upgraded laptop keeps the marks it stored the old way: read once, moved, the old place removed', async () => {
    const key = await newKey();
    await writeEvents('marks-upgrade', key, 5);
    // Take the marks this laptop would have had, then leave them only in the old place.
    const db = await openDb('marks-upgrade', key);
    await checkAuditTrailSinceMarks(db, NOW);
    const marks = [...(await readVerifiedMarks(db)).values()];
    await closeDb(db);
    await deleteIndexedDb('rxdb-dexie-marks-upgrade--0--local-audit-marks');
    await storeMarksTheOldWay('marks-upgrade', key, marks);
    expect(legacyDocs(await dumpIndexedDb())).toHaveLength(1);

    const upgraded = await openDb('marks-upgrade', key);
    expect((await checkAuditTrailSinceMarks(upgraded, NOW)).read).toBe(0);
    expect([...(await readVerifiedMarks(upgraded)).values()]).toEqual(marks);
    const atRest = await dumpIndexedDb();
    expect(legacyDocs(atRest)).toEqual([]);
    expect(atRest).not.toContain(marks[0]?.hash ?? 'none');
  });
});
