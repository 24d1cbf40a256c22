import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { insertClient, dischargeClient, getClient, SealedQueryError, SealedRecordError, updateClient, watchClients } from '../../renderer/db';
import { createLiveStore } from '../../renderer/db/live-store';
import type { ClientInput } from '../../shared/domain/client';
import { closeDb, dumpIndexedDb, flipOneByte, newKey, openDb, readRaw, writeRaw } from './db-helpers';

const NOTE = 'Prefers morning groups; sister drives on Thursdays';
const now = new Date('2026-11-27T09:00:00Z');
const ctx = (id?: string) => ({ authorId: 'staff-1', now, ...(id === undefined ? {} : { id }) });

function quincy(overrides: Partial<ClientInput> = {}): ClientInput {
  return {
    firstName: 'Quincy',
    lastName: 'Testperson',
    preferredName: 'Q',
    pronouns: 'they/them',
    dateOfBirth: '1990-04-12',
    levelOfCare: 'IOP',
    program: 'Adult mental health',
    primaryClinicianId: 'staff-1',
    admissionDate: '2026-11-02',
    contacts: [{ name: 'Rosalind Testperson', relation: 'Sibling', phone: '+1 555 010 2030', email: '' }],
    ...overrides,
  };
}

describe('sealed storage', () => {
  it('reads everything back after close and reopen with the right key', async () => {
    const key = await newKey();
    let db = await openDb('reopen', key);
    const created = await insertClient(db, quincy(), ctx());
    const updated = await updateClient(db, created.id, quincy({ preferredName: 'Quin' }), ctx());
    await closeDb(db);
    db = await openDb('reopen', key);
    const read = await getClient(db, created.id);
    expect(read).toEqual(updated);
    expect(read).toMatchObject({ firstName: 'Quincy', lastName: 'Testperson', preferredName: 'Quin' });
    expect(read?.contacts[0]?.name).toBe('Rosalind Testperson');
  });

  it('keeps names, contacts and notes out of IndexedDB while ids stay readable', async () => {
    const db = await openDb('at-rest', await newKey());
    const client = await insertClient(db, quincy(), ctx());
    await updateClient(db, client.id, quincy(), ctx());
    await dischargeClient(db, client.id, { dischargeDate: '2026-11-27', dischargeReason: 'Other', dischargeNote: NOTE }, ctx());
    const dump = await dumpIndexedDb();
    expect(dump).toContain(client.id);
    for (const secret of ['Quincy', 'Testperson', 'Rosalind', '555 010', 'they/them', '1990-04-12', NOTE]) {
      expect(dump).not.toContain(secret);
    }
  });

  it('refuses to show records sealed under another key, naming the record', async () => {
    let db = await openDb('wrong-key', await newKey());
    const client = await insertClient(db, quincy(), ctx());
    await closeDb(db);
    db = await openDb('wrong-key', await newKey());
    const error: unknown = await getClient(db, client.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SealedRecordError);
    expect(error).toMatchObject({ collection: 'clients', documentId: client.id });
    expect(String(error)).toContain(`Record clients/${client.id} could not be decrypted`);
    // A live list reports the failure as a value, not as an uncaught exception.
    const store = createLiveStore(() => watchClients(db));
    const unsubscribe = store.subscribe(() => undefined);
    await expect.poll(() => store.getSnapshot().error).toBeInstanceOf(SealedRecordError);
    unsubscribe();
  });

  it('detects one altered byte of a sealed record and still reads the others', async () => {
    const key = await newKey();
    let db = await openDb('tamper', key);
    const victim = await insertClient(db, quincy(), ctx());
    const bystander = await insertClient(db, quincy({ firstName: 'Ursula' }), ctx());
    await closeDb(db);
    const raw = await readRaw('tamper', 'clients', victim.id);
    await writeRaw('tamper', 'clients', { ...raw, phi: flipOneByte(String(raw.phi)) });
    db = await openDb('tamper', key);
    await expect(getClient(db, victim.id)).rejects.toMatchObject({ name: 'SealedRecordError', documentId: victim.id });
    expect((await getClient(db, bystander.id))?.firstName).toBe('Ursula');
  });

  it('does not open ciphertext copied from one record onto another', async () => {
    const key = await newKey();
    let db = await openDb('moved', key);
    const a = await insertClient(db, quincy({ firstName: 'Alma' }), ctx('client-a'));
    const b = await insertClient(db, quincy({ firstName: 'Bert' }), ctx('client-b'));
    await closeDb(db);
    const rawA = await readRaw('moved', 'clients', a.id);
    const rawB = await readRaw('moved', 'clients', b.id);
    await writeRaw('moved', 'clients', { ...rawB, phi: rawA.phi });
    db = await openDb('moved', key);
    await expect(getClient(db, b.id)).rejects.toMatchObject({ name: 'SealedRecordError', documentId: 'client-b' });
    expect((await getClient(db, a.id))?.firstName).toBe('Alma');
  });

  it('uses a fresh IV for every write, even of the same content', async () => {
    const db = await openDb('fresh-iv', await newKey());
    const client = await insertClient(db, quincy(), ctx());
    const first = String((await readRaw('fresh-iv', 'clients', client.id)).phi);
    await updateClient(db, client.id, quincy(), ctx());
    const second = String((await readRaw('fresh-iv', 'clients', client.id)).phi);
    expect(second).not.toBe(first);
    expect(second.split('.')[1]).not.toBe(first.split('.')[1]);
  });

  it('refuses queries and sorts on sealed fields with a clear error', async () => {
    const db = await openDb('query', await newKey());
    await insertClient(db, quincy(), ctx());
    await expect(db.clients.find({ selector: { lastName: 'Testperson' } }).exec()).rejects.toThrow(SealedQueryError);
    await expect(db.clients.find({ selector: { $or: [{ status: 'active' }, { contacts: { $elemMatch: { name: 'x' } } }] } }).exec()).rejects.toThrow(
      /Cannot query clients by contacts: sealed fields are encrypted at rest/,
    );
    await expect(db.clients.find({ sort: [{ lastName: 'asc' }] }).exec()).rejects.toThrow(SealedQueryError);
    expect(await db.clients.find({ selector: { status: 'active' } }).exec()).toHaveLength(1);
  });

  it('survives lock and unlock cycles with the same name in one process', async () => {
    const key = await newKey();
    let db = await openDb('cycle', key);
    const client = await insertClient(db, quincy(), ctx());
    for (let i = 0; i < 3; i++) {
      await closeDb(db);
      db = await openDb('cycle', key);
      const list = await firstValueFrom(watchClients(db));
      expect(list.map((c) => c.id)).toEqual([client.id]);
    }
  });
});
