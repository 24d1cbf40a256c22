import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { appendAudit, checkAuditTrail, checkAuditTrailSinceMarks, findClinicRecords, readAuditCheckpoints, type WaypointDatabase } from '../../../renderer/db';
import { clinicCollection } from '../../../renderer/db/collections/clinic.collection';
import { SEALED_FIELDS } from '../../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../../renderer/db/sealed-storage';
import { checkpointVerifier } from '../../../renderer/signing/audit-checkpoint-verify';
import { writeAuditCheckpoint } from '../../../renderer/signing/audit-checkpoints';
import { auditEventHash, toAuditEvent } from '../../../renderer/db/collections/audit.collection';
import { nextChainLink } from '../../../shared/audit/audit-chain';
import { checkpointText } from '../../../shared/audit/audit-chain-text';
import { checkpointsIntact } from '../../../shared/audit/audit-checkpoint';
import { closeDb, crypto, newKey, openDb } from '../db-helpers';
import { ADMIN, inPhase, setUpClinic } from '../vault-helpers';

const names = (id: string) => (id === '' ? '' : ADMIN.name);

async function checkpointFindings(db: WaypointDatabase) {
  // The incremental check (on opening the log) compares the checkpoints as the full one does.
  const sinceMarks = await checkAuditTrailSinceMarks(db, new Date(), await checkpointVerifier(db));
  const check = await checkAuditTrail(db, new Date(), await checkpointVerifier(db));
  const report = check.checkpoints.get(check.thisDeviceId);
  if (!report) throw new Error('no checkpoint report for this laptop');
  expect(sinceMarks.checkpoints.get(check.thisDeviceId)).toEqual(report);
  return { report, text: checkpointText(report, names) };
}

describe('signed audit checkpoints on real storage', () => {
  it('a lock signs a checkpoint of the chain head; removing the newest events afterwards is reported', async () => {
    const { controller, adminId } = await setUpClinic();
    const first = inPhase(controller.getState(), 'unlocked');
    for (let i = 0; i < 3; i++) {
      const detail = `viewed ${String(i)}`;
      await appendAudit(first.db, { action: 'view', entity: 'client', entityId: 'c1', actorId: adminId, detail }, { now: new Date() });
    }
    await controller.lock('button');
    expect((await controller.unlock(adminId, ADMIN.passphrase)).ok).toBe(true);
    const { db } = inPhase(controller.getState(), 'unlocked');

    const [checkpoint] = await readAuditCheckpoints(db);
    expect(checkpoint).toMatchObject({ seq: 6, signerId: adminId, signature: { purpose: 'audit-checkpoint', signerId: adminId } }); // create, unlock, 3 views, lock
    const before = await checkpointFindings(db);
    expect(before.report.finding).toMatchObject({ state: 'vouched', seq: 6 });
    expect(checkpointsIntact(before.report)).toBe(true);

    // Someone holding the clinic key removes the newest events: the last view, the lock and the unlock after it.
    const newest = await db.audit.find({ selector: { seq: { $gte: 5 } } }).exec();
    for (const doc of newest) await doc.remove();
    const after = await checkpointFindings(db);
    expect(after.text[0]).toBe(`The chain ends at #4 but a checkpoint signed by ${ADMIN.name} vouches for #6: events removed.`);
    expect(checkpointsIntact(after.report)).toBe(false);
  });

  it('reports a checkpoint whose signed head was changed in storage as not verifying', async () => {
    const { controller, adminId } = await setUpClinic();
    await controller.lock('button');
    expect((await controller.unlock(adminId, ADMIN.passphrase)).ok).toBe(true);
    const { db } = inPhase(controller.getState(), 'unlocked');
    const record = (await db.clinic.find({ selector: { kind: 'audit-checkpoint' } }).exec())[0];
    if (!record) throw new Error('no checkpoint record');
    await record.incrementalPatch({ data: { ...record.toMutableJSON(false).data, seq: 99 } });
    const { report, text } = await checkpointFindings(db);
    expect(report.bad).toMatchObject([{ seq: 99, reason: 'content-changed' }]);
    expect(text.at(-1)).toContain('does not verify');
  });

  it('refuses a checkpoint for another laptop’s chain signed with a key issued for this laptop', async () => {
    const { controller, adminId } = await setUpClinic();
    const { db } = inPhase(controller.getState(), 'unlocked');
    // Laptop B's chain as sync brings it: two events, linked.
    const heads: { seq: number; hash: string }[] = [];
    for (let i = 0; i < 2; i++) {
      const link = nextChainLink('laptop-b', heads.at(-1) ?? null);
      const doc = {
        id: `b-${String(i)}`,
        action: 'view',
        entity: 'client',
        entityId: 'c1',
        actorId: adminId,
        at: new Date().toISOString(),
        detail: 'x',
        ...link,
      } as const;
      await db.audit.insert(doc);
      heads.push({ seq: link.seq, hash: await auditEventHash({ ...toAuditEvent(doc), chain: link }) });
    }
    const head = heads.at(-1);
    if (!head) throw new Error('no head');
    // This laptop's user signs a checkpoint claiming laptop B's chain: the key's certificate names this laptop.
    expect(await writeAuditCheckpoint(db, { deviceId: 'laptop-b', ...head }, new Date())).toBe(true);
    const check = await checkAuditTrail(db, new Date(), await checkpointVerifier(db));
    const report = check.checkpoints.get('laptop-b');
    expect(report).toMatchObject({ finding: { state: 'none' }, bad: [{ seq: 2, reason: 'other-laptop' }] });
    if (!report) throw new Error('no report for laptop B');
    expect(checkpointsIntact(report)).toBe(false);
    expect(checkpointText(report, names).at(-1)).toContain('the signing key was issued for another laptop');
    // Its own laptop's checkpoints still verify.
    await controller.lock('button');
    expect((await controller.unlock(adminId, ADMIN.passphrase)).ok).toBe(true);
    expect((await checkpointFindings(inPhase(controller.getState(), 'unlocked').db)).report.finding.state).toBe('vouched');
  });

  it('migrates the clinic collection v3 → the current version (v4 adds the checkpoint kind) with its records unchanged', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'checkpoint-migrate', storage, multiInstance: false });
    const kinds = ['settings', 'conflict-copy', 'quarantine', 'schedule', 'safety-ack', 'alert-snooze', 'signing-key', 'key-certificate'];
    const properties = { ...clinicCollection.schema.properties, kind: { type: 'string', enum: kinds, maxLength: 15 } };
    const schema = { ...clinicCollection.schema, version: 3, properties } as unknown as RxJsonSchema<unknown>;
    const same = <D>(doc: D) => doc;
    const cols = await old.addCollections({ clinic: { schema, migrationStrategies: { 1: same, 2: same, 3: same } } });
    const T = '2026-12-01T10:00:00.000Z';
    const base = { status: 'open', refCollection: 'staff', refId: 'u1', authorId: 'u1', createdAt: T, updatedAt: T, reason: '' };
    await cols.clinic.insert({ ...base, id: 'signing-key.k1', kind: 'signing-key', data: { keyId: 'k1' } });
    await old.close();

    const db = await openDb('checkpoint-migrate', key);
    expect(await findClinicRecords(db, 'signing-key')).toMatchObject([{ id: 'signing-key.k1', data: { keyId: 'k1' } }]);
    expect(await readAuditCheckpoints(db)).toEqual([]);
    await closeDb(db);
  });
});
