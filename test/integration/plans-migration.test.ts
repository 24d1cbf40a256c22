import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { PlanLockedError, watchPlanVersionsForClient } from '../../renderer/db';
import { responsesCollection } from '../../renderer/db/collections/responses.collection';
import { SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import { closeDb, crypto, dumpIndexedDb, newKey, openDb } from './db-helpers';

const T0 = '2026-12-01T10:00:00.000Z';

const v0CarePlans: RxJsonSchema<Record<string, unknown>> = {
  title: 'careplans',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    kind: { type: 'string', enum: ['plan', 'review'], maxLength: 6 },
    status: { type: 'string', enum: ['draft', 'signed'], maxLength: 6 },
    clientId: { type: 'string', maxLength: 64 },
    signerId: { type: 'string', maxLength: 64 },
    periodStart: { type: 'string', maxLength: 10 },
    periodEnd: { type: 'string', maxLength: 10 },
    authorId: { type: 'string', maxLength: 64 },
    createdAt: { type: 'string', maxLength: 32 },
    updatedAt: { type: 'string', maxLength: 32 },
    content: { type: 'object', additionalProperties: true },
  },
  required: ['id', 'kind', 'status', 'clientId', 'signerId', 'periodStart', 'periodEnd', 'authorId', 'createdAt', 'updatedAt'],
  indexes: [['clientId', 'kind', 'periodStart']],
};
const v1Responses = {
  ...responsesCollection.schema,
  version: 1,
  properties: { ...responsesCollection.schema.properties, kind: { type: 'string', enum: ['measure', 'check-in', 'family-feedback'], maxLength: 15 } },
} as const;

describe('careplans migration v0 → v1', () => {
  it('keeps every plan and review with what was written, and a signed one stays locked', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'plans-migrate', storage, multiInstance: false });
    const cols = await old.addCollections({ careplans: { schema: v0CarePlans }, responses: { schema: v1Responses } });
    const stamp = { authorId: 'u1', createdAt: T0, updatedAt: T0 };
    const v0 = (id: string, kind: string, status: string, signerId: string, periodStart: string, periodEnd: string, content: Record<string, unknown>) => ({
      id,
      kind,
      status,
      clientId: 'c1',
      signerId,
      periodStart,
      periodEnd,
      content,
      ...stamp,
    });
    await cols.careplans.insert(v0('p0', 'plan', 'draft', '', '2026-11-01', '2027-01-31', { goals: ['SECRET-goal'] }));
    await cols.careplans.insert(v0('p1', 'plan', 'signed', 'u2', '2026-10-01', '2026-10-31', { goals: ['old goal'] }));
    await cols.careplans.insert(v0('r1', 'review', 'signed', 'u2', '2026-10-01', '2026-10-31', { decision: 'continue' }));
    await cols.responses.insert({
      id: 'q1',
      kind: 'measure',
      instrumentId: 'PHQ-9',
      instrumentVersion: '1',
      clientId: 'c1',
      sessionId: '',
      respondent: 'client',
      completedAt: T0,
      answers: {},
      score: 12,
      band: 'moderate',
      flags: [],
      comment: '',
      supersedesId: '',
      ...stamp,
    });
    await old.close();

    const db = await openDb('plans-migrate', key);
    const all = (await db.careplans.find({ selector: { clientId: 'c1' } }).exec()).map((d) => d.toMutableJSON());
    expect(all.find((d) => d.id === 'p0')).toMatchObject({
      kind: 'treatment_plan',
      status: 'draft',
      planId: 'p0',
      version: 1,
      effectiveFrom: '2026-11-01',
      reviewDueOn: '2027-01-31',
      content: { goals: ['SECRET-goal'], legacyV0: { periodStart: '2026-11-01', periodEnd: '2027-01-31' } },
      signatures: [],
    });
    expect(all.find((d) => d.id === 'p1')).toMatchObject({ kind: 'treatment_plan', status: 'active', signatures: [{ role: 'author', signerId: 'u2' }] });
    expect(all.find((d) => d.id === 'r1')).toMatchObject({ kind: 'progress_review', status: 'signed', version: 0, content: { decision: 'continue' } });
    expect((await db.responses.findOne('q1').exec())?.score).toBe(12);
    // Old free-shape content is not passed off as a structured plan version.
    expect(await firstValueFrom(watchPlanVersionsForClient(db, 'c1'))).toEqual([]);
    await expect(
      db.careplans
        .findOne('p1')
        .exec()
        .then((d) => d?.incrementalPatch({ content: { goals: ['rewritten'] } })),
    ).rejects.toThrow(PlanLockedError);
    await expect(
      db.careplans
        .findOne('r1')
        .exec()
        .then((d) => d?.remove()),
    ).rejects.toThrow('signed and cannot change');
    expect(await dumpIndexedDb()).not.toContain('SECRET-');
    await closeDb(db);
  });
});
