import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { VaultController } from '../../renderer/app/vault-controller';
import type { VaultState } from '../../renderer/app/vault-state';
import { watchAudit } from '../../renderer/db';
import { openVaultStore } from '../../renderer/vault/vault-store';
import type { VaultDeps } from '../../renderer/vault/vault';
import { crypto } from './db-helpers';

const ALEX = { name: 'Alex Admin', passphrase: 'correct horse battery staple' };
const TESS = { id: 'tess', name: 'Tess Therapist', role: 'therapist', passphrase: 'tess keeps her own phrase' } as const;
let n = 0;
const controllers: VaultController[] = [];

// The free RxDB opens 13 collections at most: every test's database is closed (locked) before the next one opens.
afterEach(async () => {
  await Promise.all(controllers.splice(0).map((c) => c.lock('button')));
});

async function unlockedClinic(): Promise<VaultController> {
  n += 1;
  const deps: VaultDeps = {
    crypto,
    store: await openVaultStore(`vault-lock-test-${String(n)}`),
    now: () => new Date('2026-12-04T10:30:00Z'),
    argon2: { memoryKiB: 1024, iterations: 1, parallelism: 1 },
  };
  const controller = new VaultController(deps);
  controllers.push(controller);
  await controller.prepareClinic({ clinicName: 'Harbor', adminName: ALEX.name, passphrase: ALEX.passphrase });
  await controller.confirmRecovery();
  await controller.addKeyringUser(TESS, TESS.passphrase);
  return controller;
}

function unlocked(state: VaultState) {
  if (state.phase !== 'unlocked') throw new Error(`expected unlocked, was ${state.phase}`);
  return state;
}

function locked(state: VaultState) {
  if (state.phase !== 'locked') throw new Error(`expected locked, was ${state.phase}`);
  return state;
}

describe('locking waits for before-lock work', () => {
  it('runs the task while the database is still open and the keys are still there, once for two lock requests', async () => {
    const controller = await unlockedClinic();
    const { db, vault } = unlocked(controller.getState());
    const seen: { phase: string; dbClosed: boolean; keyKept: boolean }[] = [];
    controller.beforeLock(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50)); // a sealed write takes a moment
      seen.push({ phase: controller.getState().phase, dbClosed: db.closed, keyKept: vault.master.some((b) => b !== 0) });
    });
    await Promise.all([controller.lock('button'), controller.lock('idle')]);
    expect(seen).toEqual([{ phase: 'unlocked', dbClosed: false, keyKept: true }]);
    expect(db.closed).toBe(true);
    expect(locked(controller.getState()).notice).toBeNull(); // the button's lock, not the idle one
  });

  it('does not run a task that was unregistered', async () => {
    const controller = await unlockedClinic();
    let ran = false;
    const forget = controller.beforeLock(() => {
      ran = true;
      return Promise.resolve();
    });
    forget();
    await controller.lock('button');
    expect(ran).toBe(false);
  });

  it('still locks when a task fails', async () => {
    const controller = await unlockedClinic();
    controller.beforeLock(() => Promise.reject(new Error('disk full')));
    await controller.lock('button');
    expect(controller.getState().phase).toBe('locked');
  });
});

describe('who unlocked last', () => {
  it('is preselected on the lock screen, and only they count as returning', async () => {
    const controller = await unlockedClinic();
    const alexId = unlocked(controller.getState()).vault.user.id;
    expect(unlocked(controller.getState()).returning).toBe(false); // first unlock of this laptop
    await controller.lock('button');
    expect(locked(controller.getState()).lastUserId).toBe(alexId);

    expect((await controller.unlock(alexId, ALEX.passphrase)).ok).toBe(true);
    expect(unlocked(controller.getState()).returning).toBe(true);
    await controller.lock('button');

    expect((await controller.unlock(TESS.id, TESS.passphrase)).ok).toBe(true);
    expect(unlocked(controller.getState()).returning).toBe(false);
    await controller.lock('idle');
    expect(locked(controller.getState()).lastUserId).toBe(TESS.id);

    expect((await controller.unlock(alexId, ALEX.passphrase)).ok).toBe(true);
    expect(unlocked(controller.getState()).returning).toBe(false);
  });

  it('a wrong passphrase does not change who unlocked last', async () => {
    const controller = await unlockedClinic();
    const alexId = unlocked(controller.getState()).vault.user.id;
    await controller.lock('button');
    expect((await controller.unlock(TESS.id, 'not tess her phrase')).ok).toBe(false);
    await controller.load();
    expect(locked(controller.getState()).lastUserId).toBe(alexId);
  });
});

describe('passphrase changes are audited (issue 18, item 8)', () => {
  async function auditOf(controller: VaultController) {
    const { db } = unlocked(controller.getState());
    return firstValueFrom(watchAudit(db, { limit: 100 }));
  }

  it('records a passphrase set for a staff member, and one replaced with the recovery key', async () => {
    n += 1;
    const deps: VaultDeps = {
      crypto,
      store: await openVaultStore(`vault-lock-test-${String(n)}`),
      now: () => new Date('2026-12-04T10:30:00Z'),
      argon2: { memoryKiB: 1024, iterations: 1, parallelism: 1 },
    };
    const controller = new VaultController(deps);
    controllers.push(controller);
    await controller.prepareClinic({ clinicName: 'Harbor', adminName: ALEX.name, passphrase: ALEX.passphrase });
    const prepared = controller.getState();
    if (prepared.phase !== 'confirm-recovery') throw new Error('expected the recovery key step');
    await controller.confirmRecovery();
    await controller.addKeyringUser(TESS, TESS.passphrase);
    const set = (await auditOf(controller)).filter((e) => e.action === 'passphrase-changed');
    expect(set.map((e) => [e.entity, e.entityId, e.detail])).toEqual([['staff', TESS.id, 'Unlock passphrase set on this laptop']]);

    await controller.lock('button');
    expect((await controller.recover({ recoveryKey: prepared.prepared.recoveryKey, userId: TESS.id, newPassphrase: 'tess chose a new phrase' })).ok).toBe(true);
    const recovered = (await auditOf(controller)).filter((e) => e.action === 'recovery-unlock');
    expect(recovered.map((e) => [e.actorId, e.detail])).toEqual([[TESS.id, 'Unlock passphrase replaced with the recovery key']]);
  });
});
