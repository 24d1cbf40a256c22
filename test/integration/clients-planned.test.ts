import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { insertClient, dischargeClient, getClient, setClientLevelOfCare, updateClient } from '../../renderer/db';
import { COLLECTION_SPECS, SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import type { ClientInput } from '../../shared/domain/client';
import { closeDb, crypto, newKey, openDb } from './db-helpers';

const T0 = '2026-11-20T15:00:00.000Z';
const ctx = (now = T0) => ({ authorId: 'u1', now: new Date(now) });

const INPUT: ClientInput = {
  firstName: 'Rowan',
  lastName: 'Example',
  preferredName: '',
  pronouns: '',
  dateOfBirth: '1990-04-02',
  levelOfCare: 'IOP',
  program: 'Adolescent',
  primaryClinicianId: 'u1',
  admissionDate: '2026-11-01',
  contacts: [],
};

// The v1 schema: the level of care was one of PHP, IOP and OP.
function v1Schema(): RxJsonSchema<Record<string, unknown>> {
  const schema = COLLECTION_SPECS.clients.schema as unknown as RxJsonSchema<Record<string, unknown>> & { properties: Record<string, unknown> };
  return { ...schema, version: 1, properties: { ...schema.properties, levelOfCare: { type: 'string', enum: ['PHP', 'IOP', 'OP'] } } };
}

// The v0 schema: statuses were active and discharged only.
function v0Schema(): RxJsonSchema<Record<string, unknown>> {
  const schema = COLLECTION_SPECS.clients.schema as unknown as RxJsonSchema<Record<string, unknown>> & { properties: Record<string, unknown> };
  return { ...schema, version: 0, properties: { ...schema.properties, status: { type: 'string', enum: ['active', 'discharged'], maxLength: 16 } } };
}

describe('client status: planned admissions', () => {
  it('migrates v0 clients to v1 unchanged: active stays active, discharged stays discharged', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'migrate-clients', storage, multiInstance: false });
    const c = await old.addCollections({ clients: { schema: v0Schema() } });
    const base = { ...INPUT, authorId: 'u1', createdAt: T0, updatedAt: T0, dischargeNote: '', dischargeReason: null, dischargeDate: null };
    await c.clients.insert({ ...base, id: 'c-active', status: 'active' });
    await c.clients.insert({ ...base, id: 'c-gone', status: 'discharged', dischargeDate: '2026-11-10', dischargeReason: 'Completed program' });
    await old.close();

    const db = await openDb('migrate-clients', key);
    expect(await getClient(db, 'c-active')).toMatchObject({ status: 'active', firstName: 'Rowan', admissionDate: '2026-11-01' });
    expect(await getClient(db, 'c-gone')).toMatchObject({ status: 'discharged', dischargeDate: '2026-11-10' });
    await closeDb(db);
  });

  it('migrates v1 clients to v2 unchanged, and v2 holds one of the clinic’s own levels (RES)', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'migrate-clients-v2', storage, multiInstance: false });
    const c = await old.addCollections({ clients: { schema: v1Schema(), migrationStrategies: { 1: (d: Record<string, unknown>) => d } } });
    const base = { ...INPUT, authorId: 'u1', createdAt: T0, updatedAt: T0, dischargeNote: '', dischargeReason: null, dischargeDate: null };
    await c.clients.insert({ ...base, id: 'c-php', status: 'active', levelOfCare: 'PHP' });
    await old.close();

    const db = await openDb('migrate-clients-v2', key);
    expect(await getClient(db, 'c-php')).toMatchObject({ status: 'active', levelOfCare: 'PHP', firstName: 'Rowan' });
    const res = await insertClient(db, { ...INPUT, levelOfCare: 'IOP' }, ctx());
    await setClientLevelOfCare(db, res.id, 'RES', ctx());
    expect((await getClient(db, res.id))?.levelOfCare).toBe('RES');
    await closeDb(db);
  });

  it('stores a planned admission, admits it through an edit, and never undoes a discharge', async () => {
    const db = await openDb('clients-planned', await newKey());
    const planned = await insertClient(db, { ...INPUT, admissionDate: '2026-11-25', status: 'planned' }, ctx());
    expect(planned).toMatchObject({ status: 'planned', admissionDate: '2026-11-25' });

    const admitted = await updateClient(db, planned.id, { ...INPUT, admissionDate: '2026-11-20', status: 'active' }, ctx());
    expect(admitted).toMatchObject({ status: 'active', admissionDate: '2026-11-20' });

    await dischargeClient(db, planned.id, { dischargeDate: '2026-11-30', dischargeReason: 'Completed program', dischargeNote: '' }, ctx());
    const edited = await updateClient(db, planned.id, { ...INPUT, pronouns: 'they/them', status: 'active' }, ctx());
    expect(edited).toMatchObject({ status: 'discharged', pronouns: 'they/them', dischargeDate: '2026-11-30' });
    const noStatus = await updateClient(db, planned.id, { ...INPUT, pronouns: 'he/him' }, ctx());
    expect(noStatus).toMatchObject({ status: 'discharged', pronouns: 'he/him' });
    await closeDb(db);
  });
});
