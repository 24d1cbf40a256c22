import { describe, expect, it } from 'vitest';
import { deriveKey } from '../../shared/crypto/keys';
import { FormStash } from '../../renderer/resume/form-stash';
import { formStashStore } from '../../renderer/resume/form-stash-store';
import { openVaultStore } from '../../renderer/vault/vault-store';
import { crypto, dumpIndexedDb } from './db-helpers';

const NOW = () => new Date('2026-12-04T10:30:00Z');
const TYPED = { firstName: 'Quillon', lastName: 'Marchbanks', contacts: [{ name: 'Juniper Marchbanks' }] };
let n = 0;

// One laptop: its vault store (real IndexedDB API, in memory) and the at-rest key of the clinic.
async function laptop() {
  const store = await openVaultStore(`form-stash-test-${String((n += 1))}`);
  const key = await deriveKey(crypto, crypto.randomBytes(32), 'at-rest');
  const io = formStashStore(store, crypto, key);
  return { store, io, open: (userId: string) => FormStash.open(io, userId, NOW) };
}

/** Alex had the client form open with unsaved typing when the vault locked. */
async function lockedWithTyping(user = 'alex') {
  const l = await laptop();
  const session = await l.open(user);
  session.register('client:new', () => TYPED);
  session.register('group:new', () => undefined); // open but unchanged: nothing to keep
  await session.stashAll();
  return l;
}

describe('form stash', () => {
  it('gives the same user their typing back, once, for the same form', async () => {
    const { open } = await lockedWithTyping();
    const back = await open('alex');
    expect([...back.waitingKeys()]).toEqual(['client:new']);
    expect(back.peek('client:new')?.values).toEqual(TYPED);
    expect(back.take('client:new')).toEqual({ values: TYPED, at: '2026-12-04T10:30:00.000Z' });
    expect(back.take('client:new')).toBeNull();
  });

  it('seals the typing: the words are nowhere in IndexedDB, only the user id is in clear', async () => {
    const { store } = await lockedWithTyping();
    const raw = await dumpIndexedDb();
    for (const word of ['Quillon', 'Marchbanks', 'Juniper', 'firstName']) expect(raw).not.toContain(word);
    expect(await store.get('form-stash')).toEqual({ userId: 'alex', sealed: expect.stringMatching(/^w1\./) as unknown });
  });

  it('gives another user nothing and deletes the stash unread', async () => {
    const { open, store } = await lockedWithTyping();
    const other = await open('tess');
    expect(other.waitingKeys().size).toBe(0);
    expect(other.take('client:new')).toBeNull();
    expect(await store.get('form-stash')).toBeUndefined();
    // Gone for good: Alex unlocking afterwards gets nothing either.
    expect((await open('alex')).waitingKeys().size).toBe(0);
  });

  it('refuses a stash whose user tag was changed on disk (the tag is bound to the envelope)', async () => {
    const { open, store } = await lockedWithTyping();
    const stored = (await store.get('form-stash')) as { userId: string; sealed: string };
    await store.put('form-stash', { ...stored, userId: 'tess' });
    expect((await open('tess')).waitingKeys().size).toBe(0);
    expect(await store.get('form-stash')).toBeUndefined();
  });

  it('forgets typing once its form took it (saved or discarded there, it must not come back)', async () => {
    const { open } = await lockedWithTyping();
    const back = await open('alex');
    back.take('client:new');
    await back.stashAll(); // the form closed before the next lock
    expect((await open('alex')).waitingKeys().size).toBe(0);
  });

  it('keeps typing whose form was not opened again, together with the new typing, at the next lock', async () => {
    const { open } = await lockedWithTyping();
    const back = await open('alex');
    back.register('schedule:c1', () => ({ 'PHQ-9': { on: true, everyDays: 14 } }));
    await back.stashAll();
    expect([...(await open('alex')).waitingKeys()].sort()).toEqual(['client:new', 'schedule:c1']);
  });

  it('writes nothing when no open form holds unsaved typing', async () => {
    const { open, store } = await laptop();
    const session = await open('alex');
    const forget = session.register('client:new', () => TYPED);
    forget();
    await session.stashAll();
    expect(await store.get('form-stash')).toBeUndefined();
  });
});
