import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { VaultController } from '../../renderer/app/vault-controller';
import type { VaultState } from '../../renderer/app/vault-state';
import { watchAudit } from '../../renderer/db';
import { ADMIN as ALEX, setUpClinic, TESS } from './vault-helpers';

/** A clinic set up by Alex, with Tess able to unlock this laptop too. */
async function unlockedClinic(): Promise<VaultController> {
  const { controller } = await setUpClinic();
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
    const { controller, recoveryKey } = await setUpClinic();
    await controller.addKeyringUser(TESS, TESS.passphrase);
    const set = (await auditOf(controller)).filter((e) => e.action === 'passphrase-changed');
    expect(set.map((e) => [e.entity, e.entityId, e.detail])).toEqual([['staff', TESS.id, 'Unlock passphrase set on this laptop']]);

    await controller.lock('button');
    expect((await controller.recover({ recoveryKey, userId: TESS.id, newPassphrase: 'tess chose a new phrase' })).ok).toBe(true);
    const recovered = (await auditOf(controller)).filter((e) => e.action === 'recovery-unlock');
    expect(recovered.map((e) => [e.actorId, e.detail])).toEqual([[TESS.id, 'Unlock passphrase replaced with the recovery key']]);
  });
});
