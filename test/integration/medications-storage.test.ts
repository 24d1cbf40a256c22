import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  insertMedication,
  insertMedicationEvent,
  updateMedication,
  watchMedicationEventsForClient,
  watchMedicationEventsSince,
  watchMedicationsByStatus,
  watchMedicationsForClient,
} from '../../renderer/db';
import { SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import { sertralineRecord } from '../utils/medication-input';
import { closeDb, crypto, dumpIndexedDb, newKey, openDb, openFreshDb, writeAt } from './db-helpers';

const T0 = '2026-11-02T10:00:00.000Z';
const ctx = writeAt('u1', T0);
const SERTRALINE = sertralineRecord('c1', { name: 'SECRET-Sertraline', indication: 'SECRET-depression' });

// The v0 schemas as they shipped: dose and schedule as text, events without sessionId.
const v0Medications: RxJsonSchema<Record<string, unknown>> = {
  title: 'medications',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    clientId: { type: 'string', maxLength: 64 },
    status: { type: 'string', enum: ['active', 'stopped'], maxLength: 7 },
    prescriberId: { type: 'string', maxLength: 64 },
    authorId: { type: 'string', maxLength: 64 },
    createdAt: { type: 'string', maxLength: 32 },
    updatedAt: { type: 'string', maxLength: 32 },
    name: { type: 'string' },
    dose: { type: 'string' },
    schedule: { type: 'string' },
    indication: { type: 'string' },
    startedOn: { type: 'string' },
    stoppedOn: { type: ['string', 'null'] },
  },
  required: ['id', 'clientId', 'status', 'prescriberId', 'authorId', 'createdAt', 'updatedAt'],
  indexes: [['clientId', 'status']],
};
const v0Events: RxJsonSchema<Record<string, unknown>> = {
  title: 'medevents',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    kind: { type: 'string', enum: ['adherence', 'side-effect', 'dose-change'], maxLength: 11 },
    clientId: { type: 'string', maxLength: 64 },
    medicationId: { type: 'string', maxLength: 64 },
    occurredOn: { type: 'string', maxLength: 10 },
    authorId: { type: 'string', maxLength: 64 },
    createdAt: { type: 'string', maxLength: 32 },
    updatedAt: { type: 'string', maxLength: 32 },
    detail: { type: 'object', additionalProperties: true },
    note: { type: 'string' },
  },
  required: ['id', 'kind', 'clientId', 'medicationId', 'occurredOn', 'authorId', 'createdAt', 'updatedAt'],
  indexes: [
    ['clientId', 'occurredOn'],
    ['medicationId', 'occurredOn'],
  ],
};

describe('medications storage', () => {
  it('migrates v0 medications (text dose and schedule) and events (no sessionId) to v1', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'meds-migrate', storage, multiInstance: false });
    const cols = await old.addCollections({ medications: { schema: v0Medications }, medevents: { schema: v0Events } });
    const stamp = { authorId: 'u1', createdAt: T0, updatedAt: T0 };
    await cols.medications.insert({
      id: 'm0',
      clientId: 'c1',
      status: 'active',
      prescriberId: 'u1',
      name: 'Sertraline',
      dose: '100 mg',
      schedule: 'twice daily',
      indication: 'Depression',
      startedOn: '2026-10-01',
      stoppedOn: null,
      ...stamp,
    });
    await cols.medevents.insert({
      id: 'e0',
      kind: 'side-effect',
      clientId: 'c1',
      medicationId: 'm0',
      occurredOn: '2026-10-05',
      detail: { effect: 'nausea' },
      note: 'kept',
      ...stamp,
    });
    await old.close();

    const db = await openDb('meds-migrate', key);
    const [med] = await firstValueFrom(watchMedicationsForClient(db, 'c1'));
    expect(med).toMatchObject({
      id: 'm0',
      name: 'Sertraline',
      dose: 100,
      doseUnit: 'mg',
      schedule: { asNeeded: false, timesPerDay: 2, times: [] },
      route: 'oral',
      stopReason: '',
    });
    const [ev] = await firstValueFrom(watchMedicationEventsForClient(db, 'c1'));
    expect(ev).toMatchObject({ id: 'e0', sessionId: '', detail: { effect: 'nausea' }, note: 'kept' });
    await closeDb(db);
  });

  it('seals the prescription and events at rest, updates the current state and watches by status and by kind since a date', async () => {
    const db = await openFreshDb('meds-watch');
    const med = await insertMedication(db, SERTRALINE, ctx);
    await insertMedicationEvent(
      db,
      {
        kind: 'dose-change',
        clientId: 'c1',
        medicationId: med.id,
        sessionId: '',
        occurredOn: '2026-11-10',
        detail: { fromDose: 50, toDose: 100, unit: 'mg', reason: 'SECRET-reason' },
        note: '',
      },
      ctx,
    );
    await insertMedicationEvent(
      db,
      { kind: 'adherence', clientId: 'c2', medicationId: 'mx', sessionId: '', occurredOn: '2026-11-01', detail: { taken: 1 }, note: '' },
      ctx,
    );
    await insertMedicationEvent(
      db,
      { kind: 'adherence', clientId: 'c1', medicationId: med.id, sessionId: '', occurredOn: '2026-11-12', detail: { taken: 1 }, note: '' },
      ctx,
    );
    const changed = await updateMedication(db, med.id, { dose: 100 }, { now: new Date('2026-11-10T09:00:00.000Z') });
    expect(changed).toMatchObject({ dose: 100, updatedAt: '2026-11-10T09:00:00.000Z', createdAt: T0 });

    expect((await firstValueFrom(watchMedicationsByStatus(db, 'active'))).map((m) => m.id)).toEqual([med.id]);
    const since = await firstValueFrom(watchMedicationEventsSince(db, ['adherence'], '2026-11-05'));
    expect(since.map((e) => [e.clientId, e.occurredOn])).toEqual([['c1', '2026-11-12']]);
    expect(await dumpIndexedDb()).not.toContain('SECRET-');
  });
});
