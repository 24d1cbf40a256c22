import { createRxDatabase } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { insertEpisodeEvent, watchEpisodeEventsForClient } from '../../renderer/db';
import { careplansCollection } from '../../renderer/db/collections/careplans.collection';
import { SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import { closeDb, crypto, dumpIndexedDb, newKey, openDb } from './db-helpers';

const T0 = '2026-12-01T10:00:00.000Z';
const V1_KINDS = [
  'treatment_plan',
  'safety_plan',
  'relapse_prevention_plan',
  'aftercare_plan',
  'homework',
  'progress_review',
  'progress_report',
  'discharge_summary',
];
const v1CarePlans = {
  ...careplansCollection.schema,
  version: 1,
  properties: { ...careplansCollection.schema.properties, kind: { type: 'string', enum: V1_KINDS, maxLength: 23 } },
} as const;

describe('careplans v1 → v2 (level-of-care events)', () => {
  it('keeps every v1 record as it was and then stores sealed level-of-care events', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'episodes-migrate', storage, multiInstance: false });
    const cols = await old.addCollections({ careplans: { schema: v1CarePlans, migrationStrategies: { 1: (d: unknown) => d } } });
    const review = {
      id: 'r1',
      kind: 'progress_review',
      status: 'signed',
      clientId: 'c1',
      planId: 'r1',
      version: 0,
      previousVersionId: '',
      effectiveFrom: '2026-11-20',
      reviewDueOn: '',
      contentHash: '',
      content: { decision: 'continue' },
      signatures: [],
      lifecycle: [],
      authorId: 'u1',
      createdAt: T0,
      updatedAt: T0,
    };
    await cols.careplans.insert(review);
    await old.close();

    const db = await openDb('episodes-migrate', key);
    expect((await db.careplans.findOne('r1').exec())?.toMutableJSON()).toMatchObject(review);
    await insertEpisodeEvent(
      db,
      'c1',
      { type: 'admission', occurredOn: '2026-11-01', levelOfCareCode: 'IOP', coding: null, reason: '', note: 'SECRET-note' },
      { authorId: 'u1', now: new Date(T0) },
    );
    expect((await firstValueFrom(watchEpisodeEventsForClient(db, 'c1'))).map((e) => [e.type, e.levelOfCareCode, e.occurredOn, e.note])).toEqual([
      ['admission', 'IOP', '2026-11-01', 'SECRET-note'],
    ]);
    expect(await dumpIndexedDb()).not.toContain('SECRET-');
    await closeDb(db);
  });
});
