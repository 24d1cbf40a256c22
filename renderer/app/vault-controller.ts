import { appendAudit, closeDatabase, type WaypointDatabase } from '../db';
import { backUpClinic, openBackupFile, type BackupFile } from '../backup/backup-actions';
import { readBackupSchedule, writeBackupSchedule } from '../backup/backup-schedule-store';
import type { BackupScheduleState } from '../../shared/backup/backup-schedule';
import type { OnBackupProgress } from '../backup/backup-export';
import { RESTORE_NEEDS_EMPTY_PROFILE, restoreClinic, type RestoreClinicInput } from '../backup/restore-clinic';
import type { OpenedBackup } from '../../shared/backup/backup-seal';
import {
  connectClinic,
  enrollLaptop,
  joinClinic,
  resumeClinicSync,
  updateServer,
  type ClinicSyncState,
  type JoinInput,
  type JoinProgress,
  type UnlockedSession,
} from '../sync/clinic-admin';
import type { KeyringStaff } from '../sync/clinic-keyring';
import { serverInfoOf, startSync, type ServerInfo } from '../sync/clinic-session';
import type { SyncCredentials } from '../sync/encrypting-fetch';
import type { SyncConfig } from '../sync/sync-config';
import {
  prepareClinic,
  readClinic,
  readIdleMinutes,
  readLastUserId,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  writeIdleMinutes,
  writeLastUserId,
  type UnlockedVault,
  type UnlockResult,
  type VaultDeps,
} from '../vault/vault';
import { refuseIfDeactivated } from './deactivated-unlock';
import { createClinic, openVaultDatabase, recordEntry, type EntryAction } from './vault-entry';
import { awaitsFirstSignIn, issueSetupCodeAudited, openWithCode, setPassphraseAudited } from './staff-keyring';
import { LOCK_NOTICES, type KeyringEntry, type LockReason, type VaultState } from './vault-state';
import { errorMessage } from '../../shared/error-message';
import { closeSigningSession, makeTrustRootOnCreation, resetReplacesTrustRoot, startSigning } from '../signing';
import { changePassphraseWhileOpen } from './passphrase-change';
import { rotateSyncKeyAndStop } from './sync-key-rotation';
import type { RotationOutcome } from '../sync/key-rotation';

export type { ClinicSyncState, JoinInput, JoinProgress };

/** Longest a before-lock task may hold the lock back: a stuck write must never keep the vault open. */
export const BEFORE_LOCK_LIMIT_MS = 5_000;

/**
 * Owns the vault's life cycle outside React: first-run setup, unlock, lock. Unlocking opens the sealed database
 * with the at-rest key; locking closes it and zeroes the master key. Components subscribe with useVaultState.
 */
export class VaultController {
  private state: VaultState = { phase: 'loading' };
  private readonly listeners = new Set<() => void>();
  private readonly lockTasks = new Set<() => Promise<void>>();
  private locking: Promise<void> | null = null;

  constructor(
    private readonly deps: VaultDeps,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  getState = (): VaultState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(state: VaultState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  /** Reads this laptop's vault record and shows setup or the lock screen. */
  async load(notice: string | null = null): Promise<void> {
    try {
      const clinic = await readClinic(this.deps.store);
      if (!clinic) {
        this.set({ phase: 'setup' });
        return;
      }
      const users = clinic.users.map(({ id, name, role, wrapped }) => ({ id, name, role, ...(awaitsFirstSignIn({ wrapped }) ? { firstSignIn: true } : {}) }));
      const last = await readLastUserId(this.deps.store);
      const lastUserId = users.some((u) => u.id === last) ? last : null;
      this.set({ phase: 'locked', clinicName: clinic.clinicName, users, notice, lastUserId });
    } catch (error) {
      this.set({ phase: 'failed', message: errorMessage(error) });
    }
  }

  /** First run, step 1: creates keys in memory and shows the recovery key. */
  async prepareClinic(input: { clinicName: string; adminName: string; passphrase: string }): Promise<void> {
    const prepared = await prepareClinic(this.deps, { ...input, adminId: this.newId(), clinicId: this.newId() });
    this.set({ phase: 'confirm-recovery', prepared });
  }

  /** First run, step 2: the recovery key was confirmed; store the keyring, open the vault, record the admin. */
  async confirmRecovery(): Promise<void> {
    if (this.state.phase !== 'confirm-recovery') return;
    const { prepared } = this.state;
    const db = await createClinic(this.deps, prepared);
    await this.enter(db, prepared.vault, 'unlock');
    await makeTrustRootOnCreation(db, this.deps.now());
  }

  /** Goes back from the recovery-key step to the setup form (nothing was stored). */
  cancelSetup(): void {
    if (this.state.phase === 'confirm-recovery') {
      this.state.prepared.vault.master.fill(0);
      this.state.prepared.vault.personal.fill(0);
    }
    this.set({ phase: 'setup' });
  }

  async unlock(userId: string, passphrase: string, code?: string): Promise<UnlockResult> {
    if (code !== undefined) {
      const opened = await openWithCode(this.deps, { userId, code, passphrase });
      return opened.ok ? this.admit(opened.vault, 'unlock', opened.commit) : opened;
    }
    const result = await unlockWithPassphrase(this.deps, userId, passphrase);
    return result.ok ? this.admit(result.vault, 'unlock') : result;
  }

  /** Whether recovering `userId` here replaces the clinic's trust root (the lock screen warns first); false when no clinic. */
  async resetReplacesTrustRoot(userId: string): Promise<boolean> {
    const clinic = await readClinic(this.deps.store);
    return clinic ? resetReplacesTrustRoot(clinic.clinicId, userId) : false;
  }

  async recover(input: { recoveryKey: string; userId: string; newPassphrase: string }): Promise<UnlockResult> {
    const result = await unlockWithRecoveryKey(this.deps, input);
    return result.ok ? this.admit(result.vault, 'recovery-unlock') : result;
  }

  // The passphrase opened the vault; a deactivated member is still refused (their keyring entry stays), and a
  // first sign-in's code is used up (`commit`) only once they are let in.
  private async admit(vault: UnlockedVault, action: EntryAction, commit?: () => Promise<void>): Promise<UnlockResult> {
    const db = await openVaultDatabase(this.deps, vault);
    const refused = await refuseIfDeactivated(db, vault, this.deps.now());
    if (refused) return refused;
    await commit?.();
    await this.enter(db, vault, action);
    return { ok: true, vault };
  }

  /**
   * Registers work that needs the open vault and must finish before a lock closes it (stashing half-typed forms);
   * returns the unregister function.
   */
  beforeLock = (task: () => Promise<void>): (() => void) => {
    this.lockTasks.add(task);
    return () => {
      this.lockTasks.delete(task);
    };
  };

  /** Closes the database, drops the keys and shows the lock screen. A second request while locking joins the first. */
  lock(reason: LockReason): Promise<void> {
    if (this.state.phase !== 'unlocked') return this.locking ?? Promise.resolve();
    this.locking ??= this.lockOnce(reason).finally(() => {
      this.locking = null;
    });
    return this.locking;
  }

  private async lockOnce(reason: LockReason): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise((resolve) => (timer = setTimeout(resolve, BEFORE_LOCK_LIMIT_MS)));
    await Promise.race([Promise.allSettled([...this.lockTasks].map((task) => task())), limit]);
    clearTimeout(timer);
    if (this.state.phase !== 'unlocked') return;
    const { db, vault, sync } = this.state;
    this.set({ phase: 'loading' });
    try {
      // Replication writes into the database: it stops before the database closes.
      await sync.sync?.stop().catch(() => undefined);
      await appendAudit(db, { action: 'lock', entity: 'vault', entityId: vault.clinicId, actorId: vault.user.id, detail: reason }, { now: this.deps.now() });
    } finally {
      vault.master.fill(0);
      vault.personal.fill(0);
      closeSigningSession();
      await closeDatabase(db);
      await this.load(LOCK_NOTICES[reason]);
    }
  }

  /** Lets another staff member unlock this laptop with their own passphrase. */
  addKeyringUser(user: KeyringEntry, passphrase: string): Promise<void> {
    return setPassphraseAudited(this.deps, this.unlocked(), user, passphrase);
  }

  /** The signed-in user changes their own passphrase here; their private keys are re-sealed in the same step. */
  changePassphrase(current: string, next: string): Promise<void> {
    return changePassphraseWhileOpen(this.deps, this.unlocked(), current, next);
  }

  /** Admin: a new staff member's one-time code for their first sign-in here; they choose their own passphrase. */
  issueSetupCode(user: KeyringEntry): Promise<string> {
    return issueSetupCodeAudited(this.deps, this.unlocked(), user);
  }

  async setIdleMinutes(minutes: number): Promise<void> {
    const idleMinutes = await writeIdleMinutes(this.deps.store, minutes);
    if (this.state.phase === 'unlocked') this.set({ ...this.state, idleMinutes });
  }

  /** Admin: connects the clinic server (sync/clinic-admin), then syncs with it. */
  async connectClinic(input: { url: string; clinicId: string; admin: SyncCredentials }): Promise<ServerInfo> {
    const config = await connectClinic(this.session(), input);
    await this.runSync(config);
    return serverInfoOf(config);
  }

  /** Admin: brings the clinic server up to this version (sync/clinic-admin). */
  updateServer(admin: SyncCredentials): Promise<void> {
    return updateServer(this.session(), admin);
  }

  /** Admin: a one-time enrollment code for a staff member's new laptop (sync/clinic-admin). */
  enrollLaptop(input: { staff: KeyringStaff; account: SyncCredentials; admin: SyncCredentials }): Promise<string> {
    return enrollLaptop(this.session(), input);
  }

  /** Admin, after removing a member: rotates the sync key (issue 18 item 4d), then syncs again under the new one. */
  async rotateSyncKey(admin: SyncCredentials, remaining: readonly string[]): Promise<RotationOutcome> {
    const outcome = await rotateSyncKeyAndStop(this.deps, this.unlocked(), admin, remaining);
    const state = this.unlocked();
    this.set({ ...state, sync: await resumeClinicSync(this.deps, state.db, state.vault) });
    return outcome;
  }

  /** First run on a new laptop: join the clinic (sync/clinic-admin), then enter it once all has arrived or `startNow` settles. */
  async joinClinic(input: JoinInput, onProgress: (p: JoinProgress) => void, startNow?: Promise<void>): Promise<void> {
    if (this.state.phase !== 'setup') throw new Error('This laptop already has a clinic.');
    const joined = await joinClinic(this.deps, (v) => openVaultDatabase(this.deps, v), input, onProgress, startNow);
    await this.enter(joined.db, joined.vault, 'unlock', joined.sync);
  }

  private session(): UnlockedSession {
    const { db, vault, sync } = this.unlocked();
    return { deps: this.deps, db, vault, sync };
  }

  /** Admin: every collection sealed into one backup file's text (renderer/backup; the caller saves it, then audits where). */
  backUp(onProgress: OnBackupProgress): Promise<BackupFile> {
    return backUpClinic(this.session(), onProgress);
  }

  /** This laptop's backup schedule (vault store, not synced). */
  readBackupSchedule(): Promise<BackupScheduleState> {
    return readBackupSchedule(this.deps.store);
  }

  writeBackupSchedule(state: BackupScheduleState): Promise<void> {
    return writeBackupSchedule(this.deps.store, state);
  }

  /** First run: checks a whole backup file with its recovery key before anything is restored (renderer/backup). */
  openBackup(text: string, recoveryKey: string): Promise<OpenedBackup> {
    return openBackupFile(this.deps.crypto, text, recoveryKey);
  }

  /** First run: restores an opened backup into a fresh database, all or nothing, then unlocks as the chosen user. */
  async restoreBackup(input: RestoreClinicInput, onProgress: OnBackupProgress): Promise<void> {
    // A restore brings its own clinic key, keyring and database: it never replaces the clinic a profile already holds,
    // even one with no records yet (issue 19 item 3, docs: restore only from a first-run screen).
    if (this.state.phase !== 'setup') throw new Error(RESTORE_NEEDS_EMPTY_PROFILE);
    const { db, vault } = await restoreClinic(this.deps, input, (v) => openVaultDatabase(this.deps, v), onProgress);
    await this.enter(db, vault, 'recovery-unlock');
  }

  private unlocked(): Extract<VaultState, { phase: 'unlocked' }> {
    if (this.state.phase !== 'unlocked') throw new Error('Unlock Waypoint first.');
    return this.state;
  }

  private async runSync(config: SyncConfig): Promise<void> {
    const state = this.unlocked();
    const sync = await startSync(this.deps, state.db, state.vault.master, config);
    if (this.state !== state) {
      await sync.stop();
      return;
    }
    this.set({ ...state, sync: { sync, server: serverInfoOf(config), problem: null } });
  }

  private async enter(db: WaypointDatabase, vault: UnlockedVault, action: EntryAction, running?: ClinicSyncState): Promise<void> {
    await recordEntry(this.deps, db, vault, action);
    await startSigning(db, vault, this.deps.now());
    const returning = (await readLastUserId(this.deps.store)) === vault.user.id;
    await writeLastUserId(this.deps.store, vault.user.id);
    const sync = running ?? (await resumeClinicSync(this.deps, db, vault));
    this.set({ phase: 'unlocked', db, vault, idleMinutes: await readIdleMinutes(this.deps.store), sync, returning });
  }
}
