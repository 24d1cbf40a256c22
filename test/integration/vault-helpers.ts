import { firstValueFrom } from 'rxjs';
import { afterEach, expect } from 'vitest';
import { VaultController } from '../../renderer/app/vault-controller';
import type { VaultState } from '../../renderer/app/vault-state';
import { watchAudit, type WaypointDatabase } from '../../renderer/db';
import { openVaultStore } from '../../renderer/vault/vault-store';
import type { VaultDeps } from '../../renderer/vault/vault';
import { crypto } from './db-helpers';

export const ADMIN = { name: 'Alex Admin', passphrase: 'correct horse battery staple' };
export const TESS = { id: 'tess', name: 'Tess Therapist', role: 'therapist', passphrase: 'tess keeps her own phrase' } as const;
let n = 0;
const controllers: VaultController[] = [];

// The free RxDB opens 13 collections at most: every test's database is closed (locked) before the next one opens.
afterEach(async () => {
  await Promise.all(controllers.splice(0).map((c) => c.lock('button')));
});

/** A vault controller on a fresh vault store (real IndexedDB through fake-indexeddb) with a clock the test moves. */
export async function newController() {
  n += 1;
  const clock = { at: new Date('2026-12-04T10:30:00Z').getTime() };
  const deps: VaultDeps = {
    crypto,
    store: await openVaultStore(`vault-controller-test-${String(n)}`),
    now: () => new Date(clock.at),
    argon2: { memoryKiB: 1024, iterations: 1, parallelism: 1 },
  };
  const controller = new VaultController(deps);
  controllers.push(controller);
  await controller.load();
  return { controller, clock, deps };
}

export function inPhase<P extends VaultState['phase']>(state: VaultState, phase: P): Extract<VaultState, { phase: P }> {
  if (state.phase !== phase) throw new Error(`expected ${phase}, was ${state.phase}`);
  return state as Extract<VaultState, { phase: P }>;
}

export async function auditTrail(db: WaypointDatabase) {
  const events = await firstValueFrom(watchAudit(db, { limit: 100 }));
  return [...events].reverse().map(({ action, entity, actorId, detail }) => ({ action, entity, actorId, detail }));
}

export async function setUpClinic() {
  const made = await newController();
  const { controller } = made;
  expect(controller.getState().phase).toBe('setup');
  await controller.prepareClinic({ clinicName: 'Harbor', adminName: ADMIN.name, passphrase: ADMIN.passphrase });
  const { recoveryKey } = inPhase(controller.getState(), 'confirm-recovery').prepared;
  await controller.confirmRecovery();
  const adminId = inPhase(controller.getState(), 'unlocked').vault.user.id;
  return { ...made, recoveryKey, adminId };
}
