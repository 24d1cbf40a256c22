import { describe, expect, it } from 'vitest';
import { appendAudit, checkAuditTrail, checkAuditTrailSinceMarks, closeDatabase, createDatabase, type WaypointDatabase } from '../../renderer/db';
import type { AuditDoc } from '../../renderer/db/collections/audit.collection';
import { readVerifiedMarks } from '../../renderer/db/collections/audit-verify-incremental';
import { createConflictHandler } from '../../renderer/sync/conflict-handler';
import { chainIntact } from '../../shared/audit/audit-chain';
import type { AuditEventInput } from '../../shared/domain/audit';
import { closeDb, crypto, dumpIndexedDb, newKey, openDb } from './db-helpers';

const NOW = new Date('2026-12-05T09:00:00Z');
const view = (detail: string): AuditEventInput => ({ action: 'view', entity: 'client', entityId: 'client-1', actorId: 'staff-1', detail });
const write = (db: WaypointDatabase, n: number, from = 0) =>
  Promise.all(Array.from({ length: n }, (_, i) => appendAudit(db, view(`event ${String(from + i)}`), { now: new Date(NOW.getTime() + (from + i) * 60_000) })));
const summary = (check: Awaited<ReturnType<typeof checkAuditTrail>>) =>
  check.devices.map((d) => ({ events: d.events, lastSeq: d.lastSeq, gaps: d.gaps, edits: d.edits, intact: chainIntact(d) }));

describe('the incremental integrity check on real sealed storage', () => {
  it('reads only the events after the remembered mark, and the marks stay on this laptop, sealed', async () => {
    const key = await newKey();
    const db = await openDb('incr-basic', key);
    await write(db, 10);
    const first = await checkAuditTrailSinceMarks(db, NOW);
    expect(first).toMatchObject({ scope: 'since-last', read: 10 });
    await write(db, 3, 10);
    const second = await checkAuditTrailSinceMarks(db, NOW);
    expect(second.read).toBe(3);
    expect(summary(second)).toEqual(summary(await checkAuditTrail(db, NOW)));
    expect(summary(second)).toEqual([{ events: 13, lastSeq: 13, gaps: [], edits: [], intact: true }]);
    expect([...(await readVerifiedMarks(db)).values()].map((m) => m.seq)).toEqual([13]);
    // The mark's hash is not on disk in clear.
    const hash = [...(await readVerifiedMarks(db)).values()][0]?.hash ?? 'none';
    expect(await dumpIndexedDb()).not.toContain(hash);
    await closeDb(db);
    // Remembered across a lock.
    const reopened = await openDb('incr-basic', key);
    expect((await checkAuditTrailSinceMarks(reopened, NOW)).read).toBe(0);
    await closeDb(reopened);
  });

  it('counts events without a chain (migrated v0, or synced from a build before the chain) as the full check does', async () => {
    const db = await openDb('incr-before-chain', await newKey());
    await write(db, 3);
    const old = { action: 'view', entity: 'client', entityId: 'c1', actorId: 's1', at: NOW.toISOString(), detail: 'old' } as const;
    await db.audit.insert({ ...old, id: 'v0-migrated', deviceId: '', seq: 0, prevHash: '' });
    // What a laptop on a build before the chain pushes: no deviceId, seq or prevHash at all.
    await db.audit.bulkInsert([{ ...old, id: 'from-old-build' } as unknown as AuditDoc]);
    expect((await checkAuditTrailSinceMarks(db, NOW)).beforeChain).toBe(2);
    expect((await checkAuditTrail(db, NOW)).beforeChain).toBe(2);
  });

  it('a removal at or before the mark, or a changed marked event, sends that laptop back to a whole read', async () => {
    const db = await openDb('incr-tamper', await newKey());
    const events = await write(db, 8);
    await checkAuditTrailSinceMarks(db, NOW);
    await (await db.audit.findOne(events[2]?.id ?? '').exec())?.remove();
    const afterRemoval = await checkAuditTrailSinceMarks(db, NOW);
    expect(afterRemoval.read).toBe(7);
    expect(summary(afterRemoval)).toEqual([{ events: 7, lastSeq: 8, gaps: [{ fromSeq: 3, toSeq: 3 }], edits: [], intact: false }]);
    // Seen again the next time (the mark went back to before the gap).
    expect(summary(await checkAuditTrailSinceMarks(db, NOW))[0]?.gaps).toEqual([{ fromSeq: 3, toSeq: 3 }]);
  });

  it('an older event changed in place is beyond the incremental check; Check everything finds it and moves the mark back', async () => {
    const db = await openDb('incr-edit', await newKey());
    const events = await write(db, 8);
    await checkAuditTrailSinceMarks(db, NOW);
    await (await db.audit.findOne(events[2]?.id ?? '').exec())?.incrementalPatch({ detail: 'nothing happened' });
    expect(summary(await checkAuditTrailSinceMarks(db, NOW))[0]?.intact).toBe(true);
    const full = await checkAuditTrail(db, NOW);
    expect(full.scope).toBe('everything');
    expect(summary(full)[0]).toMatchObject({ edits: [4], intact: false });
    expect([...(await readVerifiedMarks(db)).values()].map((m) => m.seq)).toEqual([2]);
    expect(summary(await checkAuditTrailSinceMarks(db, NOW))[0]).toMatchObject({ edits: [4], intact: false });
  });

  it('another laptop’s events arriving out of order are checked when the late ones come', async () => {
    const laptop = async (name: string) =>
      createDatabase({ name, key: await newKey(), crypto, conflictHandlerFor: createConflictHandler, collections: ['audit'] });
    const a = await laptop('incr-laptop-a');
    const b = await laptop('incr-laptop-b');
    await write(a, 2);
    await write(b, 10);
    const fromB = (await b.audit.find({ sort: [{ seq: 'asc' }] }).exec()).map((d) => d.toMutableJSON(false));
    await a.audit.bulkInsert(fromB.filter((d) => d.seq <= 3 || d.seq > 6));
    const early = await checkAuditTrailSinceMarks(a, NOW);
    const bOf = (c: typeof early) => summary({ ...c, devices: c.devices.filter((d) => d.deviceId !== c.thisDeviceId) });
    expect(bOf(early)).toEqual([{ events: 7, lastSeq: 10, gaps: [{ fromSeq: 4, toSeq: 6 }], edits: [], intact: false }]);
    await a.audit.bulkInsert(fromB.filter((d) => d.seq > 3 && d.seq <= 6));
    const late = await checkAuditTrailSinceMarks(a, NOW);
    expect(bOf(late)).toEqual([{ events: 10, lastSeq: 10, gaps: [], edits: [], intact: true }]);
    expect(late.read).toBe(7); // B from its mark at #3; A had nothing new
    // A lower-numbered event arriving after the mark passed it (a forged duplicate of #2): B is read whole again.
    const second = fromB[1];
    if (!second) throw new Error('no event #2');
    await a.audit.insert({ ...second, id: 'forged-2', detail: 'forged' });
    const forged = await checkAuditTrailSinceMarks(a, NOW);
    expect(bOf(forged)[0]).toMatchObject({ events: 11, edits: [2], intact: false });
    expect(forged.read).toBe(11);
    await Promise.all([closeDatabase(a), closeDatabase(b)]);
  });
});
