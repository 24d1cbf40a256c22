import { describe, expect, it } from 'vitest';
import { connectClinicServer, enrollLaptop, serverInfoOf, updateClinicServer } from '../../../renderer/sync/clinic-session';
import { commitClinic, prepareClinic, readClinic, unlockWithPassphrase, unlockWithRecoveryKey } from '../../../renderer/vault/vault';
import type { VaultStore } from '../../../renderer/vault/vault-store';
import { createMasterKey, unwrapMasterKey, wrapWithPassphrase, wrapWithSecretKey, WrongSecretError, type WrappedKey } from '../../../shared/crypto/keys';
import { crypto } from '../db-helpers';
import { ADMIN, rawAdmin, waitFor, testServerPerFile } from './server-fixture';

/*
 * Issue 18 item 4 (a, b): what a clinic member can read from the server gives no offline guess at anyone's master key
 * wrapping. A member signs in and reads everything it can reach (the keyring, its changes and every older revision
 * the server still answers, its own `_users` document, other users' documents), then tries each wrapped key it found
 * with the passphrases it would guess.
 */

const server = testServerPerFile();

const now = () => new Date('2026-12-05T09:00:00.000Z');
const FAST = { memoryKiB: 1024, iterations: 1, parallelism: 1 };
const OMAR_PASSPHRASE = 'omar keeps his own phrase';
const tess = { username: 'tess', password: 'tess server phrase' };
const omar = { username: 'omar', password: 'omar server phrase' };

function memoryStore(): VaultStore & { readonly raw: Map<string, unknown> } {
  const raw = new Map<string, unknown>();
  return {
    raw,
    get: (k) => Promise.resolve(raw.get(k)),
    put: (k, v) => Promise.resolve(void raw.set(k, v)),
    delete: (k) => Promise.resolve(void raw.delete(k)),
    close: () => undefined,
  };
}

async function getAs(account: { username: string; password: string }, url: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, { headers: { authorization: `Basic ${Buffer.from(`${account.username}:${account.password}`).toString('base64')}` } });
  const text = await response.text();
  try {
    return { status: response.status, json: JSON.parse(text) as unknown };
  } catch {
    return { status: response.status, json: text };
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Every object shaped like a wrapped master key anywhere in what was read. */
function wrappingsIn(value: unknown, found: WrappedKey[] = []): WrappedKey[] {
  if (Array.isArray(value)) value.forEach((v) => wrappingsIn(v, found));
  else if (isRecord(value)) {
    if ((value.kdf === 'argon2id' || value.kdf === 'hkdf-sha256') && typeof value.salt === 'string' && typeof value.envelope === 'string') {
      found.push(value as unknown as WrappedKey);
    } else Object.values(value).forEach((v) => wrappingsIn(v, found));
  }
  return found;
}

/** Everything the member can read about the keyring and the server's users, older revisions included. */
async function memberReads(account: typeof tess, clinicId: string, others: readonly string[]): Promise<{ reads: unknown[]; othersRefused: boolean }> {
  const db = `${server.url}/wp_${clinicId}_keyring`;
  const reads: unknown[] = [];
  const read = async (url: string): Promise<unknown> => {
    const { json } = await getAs(account, url);
    reads.push(json);
    return json;
  };
  const changes = await read(`${db}/_changes?include_docs=true&style=all_docs`);
  await read(`${db}/_all_docs?include_docs=true&conflicts=true`);
  const ids = isRecord(changes) && Array.isArray(changes.results) ? changes.results.map((r: unknown) => (isRecord(r) ? String(r.id) : '')) : [];
  for (const id of ids) {
    const history = await getAs(account, `${db}/${encodeURIComponent(id)}?revs_info=true&open_revs=all`);
    const revs = JSON.stringify(history.json).match(/\d+-[0-9a-f]{32}/g) ?? [];
    for (const rev of new Set(revs)) await read(`${db}/${encodeURIComponent(id)}?rev=${rev}`);
  }
  await read(`${server.url}/_users/${encodeURIComponent(`org.couchdb.user:${account.username}`)}`);
  let othersRefused = true;
  for (const name of others) {
    const other = await getAs(account, `${server.url}/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`);
    reads.push(other.json);
    if (other.status === 200) othersRefused = false;
  }
  await read(`${server.url}/_users/_all_docs?include_docs=true`);
  return { reads, othersRefused };
}

/** The wrappings among `reads` that a guessed passphrase opens. */
async function opened(reads: unknown[], guesses: readonly string[]): Promise<number> {
  let count = 0;
  for (const wrapped of wrappingsIn(reads).filter((w) => w.kdf === 'argon2id')) {
    for (const guess of guesses) {
      try {
        await unwrapMasterKey(crypto, wrapped, guess);
        count += 1;
      } catch (error) {
        if (!(error instanceof WrongSecretError)) throw error;
      }
    }
  }
  return count;
}

describe('the server keyring is no passphrase oracle', () => {
  it('a member finds no passphrase wrapping; an earlier version’s copies are moved out by “Update the server”', async () => {
    const master = createMasterKey(crypto);
    const store = memoryStore();
    const recovery = await wrapWithSecretKey(crypto, master, crypto.randomBytes(32));
    const keyring = { localClinicId: 'local-oracle', clinicName: 'Harbor Light', recovery };
    const config = await connectClinicServer(
      { crypto, store, now },
      { url: server.url, clinicId: 'oracle', admin: ADMIN, user: { id: 'admin-1', name: 'Alex', role: 'admin' }, master, keyring },
    );
    const server_ = serverInfoOf(config);
    await enrollLaptop(
      { crypto, store, now },
      { server: server_, admin: ADMIN, staff: { id: 'staff-tess', name: 'Tess', role: 'therapist' }, account: tess, master },
    );
    await enrollLaptop(
      { crypto, store, now },
      { server: server_, admin: ADMIN, staff: { id: 'staff-omar', name: 'Omar', role: 'therapist' }, account: omar, master },
    );
    const others = [omar.username, config.credentials.username];

    // (a) A clinic connected by this version: only the recovery key and the one-time codes wrap the key.
    const fresh = await memberReads(tess, 'oracle', others);
    expect(wrappingsIn(fresh.reads).map((w) => w.kdf)).not.toContain('argon2id');
    expect(wrappingsIn(fresh.reads).length).toBeGreaterThan(0);
    expect(fresh.othersRefused).toBe(true);

    // An earlier version kept each user's passphrase wrapping in the keyring: a member could guess at it offline.
    const old = await rawAdmin(`${server.url}/wp_oracle_keyring/user:staff-omar`, 'PUT', {
      sealed: 'earlier version',
      wrapped: await wrapWithPassphrase(crypto, master, OMAR_PASSPHRASE, FAST),
    });
    expect(old.status).toBe(201);
    const before = await memberReads(tess, 'oracle', others);
    expect(await opened(before.reads, ['password1234', OMAR_PASSPHRASE])).toBeGreaterThan(0);

    // (b) "Update the server's protection" removes it and compacts: not even its old revision is answered any more.
    await expect(updateClinicServer({ crypto, store, now }, server_, ADMIN)).resolves.toBe(1);
    const oldRev = (old.json as { rev: string }).rev;
    await waitFor(
      'the compacted keyring to forget the old revision',
      async () => (await rawAdmin(`${server.url}/wp_oracle_keyring/user:staff-omar?rev=${oldRev}`)).status === 404,
    );
    const after = await memberReads(tess, 'oracle', others);
    expect(await opened(after.reads, ['password1234', OMAR_PASSPHRASE])).toBe(0);
    expect(wrappingsIn(after.reads).map((w) => w.kdf)).not.toContain('argon2id');
    await expect(updateClinicServer({ crypto, store, now }, server_, ADMIN)).resolves.toBe(0);
  });

  it('a recovery-key reset retires the old passphrase: nothing on the laptop or the server opens with it', async () => {
    const deps = { crypto, store: memoryStore(), now, argon2: FAST };
    const oldPassphrase = 'correct horse battery staple';
    const prepared = await prepareClinic(deps, {
      clinicName: 'Harbor',
      adminName: 'Alex',
      passphrase: oldPassphrase,
      adminId: 'admin-1',
      clinicId: 'local-reset',
    });
    await commitClinic(deps, prepared);
    const clinic = await readClinic(deps.store);
    if (!clinic) throw new Error('no clinic');
    const keyring = { localClinicId: clinic.clinicId, clinicName: clinic.clinicName, recovery: clinic.recovery };
    const master = prepared.vault.master;
    const config = await connectClinicServer(deps, { url: server.url, clinicId: 'reset', admin: ADMIN, user: prepared.vault.user, master, keyring });
    await enrollLaptop(deps, {
      server: serverInfoOf(config),
      admin: ADMIN,
      staff: { id: 'staff-tess', name: 'Tess', role: 'therapist' },
      account: tess,
      master,
    });

    const reset = await unlockWithRecoveryKey(deps, { recoveryKey: prepared.recoveryKey, userId: 'admin-1', newPassphrase: 'a brand new passphrase' });
    expect(reset.ok).toBe(true);
    expect(await unlockWithPassphrase(deps, 'admin-1', oldPassphrase)).toMatchObject({ ok: false, reason: 'wrong-secret' });
    expect(await opened([...deps.store.raw.values()], [oldPassphrase])).toBe(0);
    expect(await opened([...deps.store.raw.values()], ['a brand new passphrase'])).toBe(1);
    const { reads } = await memberReads(tess, 'reset', [config.credentials.username]);
    expect(await opened(reads, [oldPassphrase, 'a brand new passphrase'])).toBe(0);
  });
});
