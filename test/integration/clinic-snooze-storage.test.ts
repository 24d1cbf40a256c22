import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { findClinicRecords, watchClinicRecords } from '../../renderer/db';
import { COLLECTION_SPECS, SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import type { ClinicRecord } from '../../shared/domain/records';
import { closeDb, crypto, newKey, openDb } from './db-helpers';

const T0 = '2026-11-02T10:00:00.000Z';

// The clinic schema as v1 shipped it: the same fields, without the 'alert-snooze' kind.
function clinicSchemaV1(): RxJsonSchema<ClinicRecord> {
  const { schema } = COLLECTION_SPECS.clinic;
  const kinds = ['settings', 'conflict-copy', 'quarantine', 'schedule', 'safety-ack'];
  const kind = { ...schema.properties.kind, enum: kinds, maxLength: Math.max(...kinds.map((k) => k.length)) };
  return { ...schema, version: 1, properties: { ...schema.properties, kind } };
}

describe('clinic records v2 (alert snoozes)', () => {
  it('opens v1 records unchanged and stores an alert snooze with its reason sealed', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'clinic-v1', storage, multiInstance: false });
    const collections = await old.addCollections({ clinic: { schema: clinicSchemaV1(), migrationStrategies: { 1: (d: ClinicRecord) => d } } });
    const ack = {
      id: 'a1',
      kind: 'safety-ack',
      status: 'resolved',
      refCollection: 'clients',
      refId: 'c1',
      data: { note: 'plan reviewed' },
      reason: '',
      authorId: 'u1',
      createdAt: T0,
      updatedAt: T0,
    } as const;
    await collections.clinic.insert(ack);
    await old.close();

    const db = await openDb('clinic-v1', key);
    expect(await findClinicRecords(db, 'safety-ack')).toEqual([ack]);
    await db.clinic.insert({
      ...ack,
      id: 's1',
      kind: 'alert-snooze',
      status: 'open',
      data: { alertId: 'review.overdue', until: '2026-11-05', days: 3 },
      reason: 'Booked',
    });
    expect((await firstValueFrom(watchClinicRecords(db, 'alert-snooze'))).map((r) => r.reason)).toEqual(['Booked']);
    expect(COLLECTION_SPECS.clinic.sealed).toContain('reason');
    await closeDb(db);
  });
});
