import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createClinic, openVaultDatabase, recordEntry } from '../../renderer/app/vault-entry';
import { closeDatabase, getStaff, type WaypointDatabase } from '../../renderer/db';
import { prepareClinic, readPendingAudit, recordFailure, type VaultDeps } from '../../renderer/vault/vault';
import { openVaultStore } from '../../renderer/vault/vault-store';
import { crypto } from './db-helpers';
import { auditTrail } from './vault-helpers';

const PASS = 'correct horse battery staple';
let n = 0;
const open: WaypointDatabase[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => closeDatabase(db)));
});

async function newClinic() {
  n += 1;
  const deps: VaultDeps = {
    crypto,
    store: await openVaultStore(`vault-entry-test-${String(n)}`, new IDBFactory()),
    now: () => new Date('2026-12-05T09:00:00Z'),
    argon2: { memoryKiB: 1024, iterations: 1, parallelism: 1 },
  };
  const prepared = await prepareClinic(deps, { clinicName: 'Harbor', adminName: 'Alex', passphrase: PASS, adminId: 'alex', clinicId: `c${String(n)}` });
  const db = await createClinic(deps, prepared);
  open.push(db);
  return { deps, db, vault: prepared.vault };
}

describe('entering the vault (app/vault-entry)', () => {
  it('creates the clinic: its admin gets a staff record and the creation is audited', async () => {
    const { db } = await newClinic();
    expect(await getStaff(db, 'alex')).toMatchObject({ name: 'Alex', role: 'admin' });
    expect(await auditTrail(db)).toEqual([{ action: 'create', entity: 'vault', actorId: 'alex', detail: 'Clinic "Harbor" set up' }]);
  });

  it('writes the failed unlocks held while locked before the unlock itself, then empties the held list', async () => {
    const { deps, db, vault } = await newClinic();
    await recordFailure(deps, 'tess', 'wrong passphrase');
    await recordEntry(deps, db, vault, 'unlock');
    expect((await auditTrail(db)).slice(1)).toEqual([
      { action: 'unlock-failed', entity: 'vault', actorId: 'tess', detail: 'wrong passphrase' },
      { action: 'unlock', entity: 'vault', actorId: 'alex', detail: '' },
    ]);
    expect(await readPendingAudit(deps.store)).toEqual([]);
  });

  it('gives a keyring member with no staff record one, and says a recovery-key entry replaced the passphrase', async () => {
    const { deps, db, vault } = await newClinic();
    const tess = { ...vault, user: { ...vault.user, id: 'tess', name: 'Tess', role: 'therapist' as const } };
    await recordEntry(deps, db, tess, 'recovery-unlock');
    expect(await getStaff(db, 'tess')).toMatchObject({ name: 'Tess', role: 'therapist' });
    await recordEntry(deps, db, tess, 'unlock'); // her record exists now: no second one is made
    expect((await auditTrail(db)).slice(1).map((e) => e.detail)).toEqual(['Unlock passphrase replaced with the recovery key', '']);
  });

  it('opens the same sealed database again from the same master key', async () => {
    const { deps, db, vault } = await newClinic();
    await closeDatabase(db);
    open.splice(0);
    const again = await openVaultDatabase(deps, vault);
    open.push(again);
    expect(await getStaff(again, 'alex')).toMatchObject({ name: 'Alex' });
  });
});
