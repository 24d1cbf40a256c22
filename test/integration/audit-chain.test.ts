import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { appendAudit, checkAuditTrail, closeDatabase, createDatabase, type WaypointDatabase } from '../../renderer/db';
import { createConflictHandler } from '../../renderer/sync/conflict-handler';
import { COLLECTION_SPECS, SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import { chainIntact } from '../../shared/audit/audit-chain';
import type { AuditEventInput } from '../../shared/domain/audit';
import { closeDb, crypto, newKey, openDb, readRaw } from './db-helpers';

const NOW = new Date('2026-12-05T09:00:00Z');
const view = (detail: string): AuditEventInput => ({ action: 'view', entity: 'client', entityId: 'client-1', actorId: 'staff-1', detail });
const at = (minute: number) => ({ now: new Date(NOW.getTime() + minute * 60_000) });

/** The audit schema as it was before the chain (v0): no device, number or link; two indexes. */
function v0AuditSchema(): RxJsonSchema<Record<string, unknown>> {
  const { schema } = COLLECTION_SPECS.audit;
  const properties = Object.fromEntries(Object.entries(schema.properties).filter(([name]) => !['deviceId', 'seq', 'prevHash'].includes(name)));
  return {
    ...schema,
    version: 0,
    properties,
    required: ['id', 'action', 'entity', 'entityId', 'actorId', 'at'],
    indexes: ['at', ['entityId', 'at']],
  } as RxJsonSchema<Record<string, unknown>>;
}

async function writeInOrder(db: WaypointDatabase, n: number, from = 0) {
  // Started together, as two screens auditing at once would: the writer must still number them in call order.
  return Promise.all(Array.from({ length: n }, (_, i) => appendAudit(db, view(`event ${String(from + i)}`), at(from + i))));
}

describe('the audit hash chain on real sealed storage', () => {
  it('numbers concurrent writes in call order, links each to the one before and continues after a lock', async () => {
    const key = await newKey();
    const db = await openDb('chain-order', key);
    const events = await writeInOrder(db, 12);
    expect(events.map((e) => [e.detail, e.chain?.seq])).toEqual(events.map((_, i) => [`event ${String(i)}`, i + 1]));
    expect(events[0]?.chain?.prevHash).toBe('');
    const raw = await readRaw('chain-order', 'audit', events[3]?.id ?? '');
    expect(raw).toMatchObject({ deviceId: events[0]?.chain?.deviceId, seq: 4 });
    expect(raw).not.toHaveProperty('prevHash'); // sealed with the detail
    await closeDb(db);

    const reopened = await openDb('chain-order', key);
    const [next] = await writeInOrder(reopened, 1, 12);
    expect(next?.chain).toMatchObject({ deviceId: events[0]?.chain?.deviceId, seq: 13 });
    const check = await checkAuditTrail(reopened, NOW);
    expect(check.devices.map((d) => [d.deviceId === check.thisDeviceId, d.events, chainIntact(d)])).toEqual([[true, 13, true]]);
  });

  it('finds an event edited or removed by someone holding the key, on this laptop', async () => {
    const db = await openDb('chain-tamper', await newKey());
    const events = await writeInOrder(db, 6);
    await (await db.audit.findOne(events[1]?.id ?? '').exec())?.incrementalPatch({ detail: 'nothing happened' });
    await (await db.audit.findOne(events[4]?.id ?? '').exec())?.remove();
    const [device] = (await checkAuditTrail(db, NOW)).devices;
    expect(device).toMatchObject({ events: 5, edits: [3], gaps: [{ fromSeq: 5, toSeq: 5 }], reorderings: [] });
  });

  it('checks another laptop’s synced events on its own chain', async () => {
    // Two laptops in one process: audit only (RxDB's free build opens at most 13 collections per process).
    const laptop = async (name: string) =>
      createDatabase({ name, key: await newKey(), crypto, conflictHandlerFor: createConflictHandler, collections: ['audit'] });
    const a = await laptop('chain-laptop-a');
    const b = await laptop('chain-laptop-b');
    await writeInOrder(a, 3);
    const fromB = await writeInOrder(b, 4, 1);
    // What sync would bring: B's events as B stored them.
    await a.audit.bulkInsert((await b.audit.find().exec()).map((d) => d.toMutableJSON(false)));
    const check = await checkAuditTrail(a, NOW);
    expect(check.devices.map((d) => [d.deviceId === check.thisDeviceId, d.events, chainIntact(d)])).toEqual([
      [false, 4, true],
      [true, 3, true],
    ]);
    expect(check.devices[0]?.deviceId).toBe(fromB[0]?.chain?.deviceId);
    await Promise.all([closeDatabase(a), closeDatabase(b)]);
  });
});

describe('audit storage migration to v1 (the chain and the new names)', () => {
  it('opens v0 events unchanged as written before the chain, then chains new events after them', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'audit-v0', storage, multiInstance: false });
    const c = await old.addCollections({ audit: { schema: v0AuditSchema() } });
    await c.audit.insert({
      id: 'old-1',
      action: 'view',
      entity: 'client',
      entityId: 'caseload',
      actorId: 'staff-1',
      at: '2026-11-01T09:00:00.000Z',
      detail: 'Opened the caseload dashboard',
    });
    await c.audit.insert({
      id: 'old-2',
      action: 'sign',
      entity: 'note',
      entityId: 'note-1',
      actorId: 'staff-1',
      at: '2026-11-01T09:05:00.000Z',
      detail: 'Co-signed the note',
    });
    await old.close();

    const db = await openDb('audit-v0', key);
    const migrated = (await db.audit.find({ sort: [{ at: 'asc' }] }).exec()).map((d) => d.toMutableJSON(false));
    expect(migrated).toEqual([
      {
        id: 'old-1',
        action: 'view',
        entity: 'client',
        entityId: 'caseload',
        actorId: 'staff-1',
        at: '2026-11-01T09:00:00.000Z',
        detail: 'Opened the caseload dashboard',
        deviceId: '',
        seq: 0,
        prevHash: '',
      },
      {
        id: 'old-2',
        action: 'sign',
        entity: 'note',
        entityId: 'note-1',
        actorId: 'staff-1',
        at: '2026-11-01T09:05:00.000Z',
        detail: 'Co-signed the note',
        deviceId: '',
        seq: 0,
        prevHash: '',
      },
    ]);
    const added = await appendAudit(db, { action: 'cosign', entity: 'note', entityId: 'note-2', actorId: 'staff-1', detail: 'Co-signed the note' }, at(0));
    expect(added).toMatchObject({ action: 'cosign', chain: { seq: 1, prevHash: '' } });
    const check = await checkAuditTrail(db, NOW);
    expect(check.beforeChain).toBe(2);
    expect(check.devices.map((d) => [d.events, chainIntact(d)])).toEqual([[1, true]]);
  });
});
