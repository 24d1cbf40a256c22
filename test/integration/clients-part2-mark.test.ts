import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { getClient, insertClient, updateClient } from '../../renderer/db';
import { COLLECTION_SPECS, SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import { isPart2Client } from '../../shared/reports';
import { clientInput } from '../utils/client-input';
import { closeDb, crypto, newKey, openDb, readRaw } from './db-helpers';

const T0 = '2026-11-20T15:00:00.000Z';
const ctx = { authorId: 'u1', now: new Date(T0) };

// The v2 schema: no explicit 42 CFR Part 2 mark; the program's track decided.
function v2Schema(): RxJsonSchema<Record<string, unknown>> {
  const schema = COLLECTION_SPECS.clients.schema as unknown as RxJsonSchema<Record<string, unknown>> & { properties: Record<string, unknown> };
  const properties = Object.fromEntries(Object.entries(schema.properties).filter(([name]) => name !== 'part2'));
  return { ...schema, version: 2, properties };
}

describe('clients v3: the explicit 42 CFR Part 2 mark', () => {
  it('migrates v2 clients with no mark, so their program’s track still decides; the mark is stored sealed and read back', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'migrate-clients-v3', storage, multiInstance: false });
    const identity = (d: Record<string, unknown>) => d;
    const c = await old.addCollections({ clients: { schema: v2Schema(), migrationStrategies: { 1: identity, 2: identity } } });
    const base = {
      ...clientInput(),
      authorId: 'u1',
      createdAt: T0,
      updatedAt: T0,
      dischargeNote: '',
      dischargeReason: null,
      dischargeDate: null,
      status: 'active',
    };
    await c.clients.insert({ ...base, id: 'c-sud', program: 'Substance use' });
    await c.clients.insert({ ...base, id: 'c-adult' });
    await old.close();

    const db = await openDb('migrate-clients-v3', key);
    const sud = await getClient(db, 'c-sud');
    expect(sud?.part2).toBeUndefined();
    expect(sud && isPart2Client(sud)).toBe(true);
    const adult = await getClient(db, 'c-adult');
    expect(adult && isPart2Client(adult)).toBe(false);

    const marked = await insertClient(db, clientInput({ part2: true }), ctx);
    expect((await getClient(db, marked.id))?.part2).toBe(true);
    expect(Object.keys(await readRaw('migrate-clients-v3', 'clients', marked.id))).not.toContain('part2');
    await updateClient(db, 'c-sud', { ...clientInput({ program: 'Substance use' }), part2: false }, ctx);
    const unmarked = await getClient(db, 'c-sud');
    expect(unmarked?.part2).toBe(false);
    expect(unmarked && isPart2Client(unmarked)).toBe(false);
    await closeDb(db);
  });
});
