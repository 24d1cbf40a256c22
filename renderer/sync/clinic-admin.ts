import { auditFor } from '../audit';
import { recordSyncAccount, syncAccountOwner, type WaypointDatabase } from '../db';
import { countSyncedRecords } from '../db/replication';
import type { ActorContext } from '../session';
import { pinRoot, readPinnedRoot } from '../signing/private-keys';
import { currentSigningSession, signingStore } from '../signing/signing-session';
import { importGenerations, keepGenerations, readHeldGenerations } from '../member-keys/local-keys';
import { commitJoinedClinic, readClinic, type UnlockedVault, type VaultDeps } from '../vault/vault';
import { joinClinic as joinWithCode, type KeyringStaff } from './clinic-keyring';
import {
  connectClinicServer,
  enrollLaptop as createEnrollmentCode,
  serverDocumentCount,
  serverInfoOf,
  startConfiguredSync,
  startSync,
  updateClinicServer as provisionAgain,
  type ServerInfo,
} from './clinic-session';
import type { SyncCredentials } from './encrypting-fetch';
import type { ClinicSync } from './replication';
import { followInBackground, type JoinProgress } from './join-progress';
import { writeSyncConfig, type SyncConfig } from './sync-config';
import { errorMessage } from '../../shared/error-message';

/*
 * Clinic-server administration over an unlocked laptop: connect the clinic (admin), update the server (admin),
 * enroll a laptop (admin), and the first-run join of a new laptop. The vault controller keeps the vault's life cycle
 * and only hands these the unlocked session; each writes its own audit event.
 */

/** Clinic sync of the unlocked laptop: running (with its server) or not configured, or a reason it could not start. */
export interface ClinicSyncState {
  readonly sync: ClinicSync | null;
  readonly server: ServerInfo | null;
  readonly problem: string | null;
}

export type { JoinProgress };

export const NO_SYNC: ClinicSyncState = { sync: null, server: null, problem: null };

/** What administration runs over: the unlocked vault, its open database and its sync. */
export interface UnlockedSession {
  readonly deps: VaultDeps;
  readonly db: WaypointDatabase;
  readonly vault: UnlockedVault;
  readonly sync: ClinicSyncState;
}

/** A new laptop joining an existing clinic (first-run screen). */
export interface JoinInput {
  readonly url: string;
  readonly username: string;
  readonly password: string;
  readonly code: string;
  readonly passphrase: string;
}

const message = (error: unknown): string => errorMessage(error);

const actorOf = ({ db, vault, deps }: Pick<UnlockedSession, 'db' | 'vault' | 'deps'>): ActorContext => ({
  db,
  actor: { id: vault.user.id, role: vault.user.role },
  now: deps.now,
});

/** The one role check of clinic-server administration. */
export function requireAdmin(session: UnlockedSession, what: string): void {
  if (session.vault.user.role !== 'admin') throw new Error(`Only the clinic admin can ${what}.`);
}

function requireServer(session: UnlockedSession): ServerInfo {
  if (!session.sync.server) throw new Error('Connect the clinic server first.');
  return session.sync.server;
}

/**
 * Admin: provisions the clinic on its server, gives this laptop a sync account and stores the settings; the running
 * sync (if any) is stopped. Returns the settings to start syncing with.
 */
export async function connectClinic(session: UnlockedSession, input: { url: string; clinicId: string; admin: SyncCredentials }): Promise<SyncConfig> {
  requireAdmin(session, 'connect the clinic server');
  const { deps, vault } = session;
  const clinic = await readClinic(deps.store);
  if (!clinic) throw new Error('No clinic is set up on this laptop.');
  const keyring = { localClinicId: clinic.clinicId, clinicName: clinic.clinicName, recovery: clinic.recovery };
  const config = await connectClinicServer(deps, { ...input, user: vault.user, master: vault.master, keyring });
  await session.sync.sync?.stop();
  await auditFor(actorOf(session), 'vault')('create', vault.clinicId, `Connected clinic server ${config.url} (clinic ${config.clinicId})`);
  return config;
}

/** Admin: brings the clinic's databases, security and guards on the server up to this version (admin password not stored). */
export async function updateServer(session: UnlockedSession, admin: SyncCredentials): Promise<void> {
  requireAdmin(session, 'update the clinic server');
  const server = requireServer(session);
  const retired = await provisionAgain(session.deps, server, admin);
  const moved = retired > 0 ? `; removed ${retired} passphrase-wrapped ${retired === 1 ? 'key' : 'keys'} from the server keyring` : '';
  await auditFor(actorOf(session), 'vault')('settings', session.vault.clinicId, `Updated the databases, security and guards on ${server.url}${moved}`);
}

/** The rotated sync keys this laptop holds for the signed-in user (none while their signing key is closed). */
async function heldGenerations(session: UnlockedSession): Promise<ReadonlyMap<number, Uint8Array>> {
  const signing = currentSigningSession();
  if (!signing) return new Map();
  const { crypto } = session.deps;
  return readHeldGenerations({ crypto, store: signing.store, master: session.vault.master, laptopId: signing.laptopId, userId: signing.userId });
}

/** Admin: a staff member's sync account and a one-time enrollment code for their new laptop (shown once). */
export async function enrollLaptop(
  session: UnlockedSession,
  input: { staff: KeyringStaff; account: SyncCredentials; admin: SyncCredentials },
): Promise<string> {
  requireAdmin(session, 'enroll a laptop');
  const server = requireServer(session);
  const owner = await syncAccountOwner(session.db, input.account.username);
  if (owner && owner !== input.staff.id)
    throw new Error(`The server account ${input.account.username} belongs to another staff member. Choose another user name.`);
  // The trust root travels sealed in the code, so the joining laptop pins it rather than trusting on first use.
  const rootKeyId = await readPinnedRoot(await signingStore(), session.vault.clinicId);
  const generations = await heldGenerations(session);
  const code = await createEnrollmentCode(session.deps, { ...input, server, master: session.vault.master, rootKeyId, generations });
  // The staff member's server accounts are remembered so that deactivating them can disable each (issue 18 item 4d).
  await recordSyncAccount(session.db, input.staff.id, input.account.username, { authorId: session.vault.user.id, now: session.deps.now() });
  await auditFor(actorOf(session), 'staff')('create', input.staff.id, `Enrollment code issued for sync account ${input.account.username}`);
  return code;
}

/** Starts the configured sync after an unlock; a failure is kept as the reason, never blocking the unlock. */
export async function resumeClinicSync(deps: VaultDeps, db: WaypointDatabase, vault: UnlockedVault): Promise<ClinicSyncState> {
  try {
    const started = await startConfiguredSync(deps, db, vault.master);
    return started ? { sync: started.sync, server: serverInfoOf(started.config), problem: null } : NO_SYNC;
  } catch (error) {
    return { ...NO_SYNC, problem: message(error) };
  }
}

/** A joined laptop, its database open and its first pull done. */
export interface JoinedLaptop {
  readonly db: WaypointDatabase;
  readonly vault: UnlockedVault;
  readonly sync: ClinicSyncState;
}

/**
 * First run on a new laptop: join the clinic with an enrollment code, set a passphrase, store the sync settings, open
 * the database (`open`, the vault's own) and pull the clinic's data, reporting progress.
 */
export async function joinClinic(
  deps: VaultDeps,
  open: (vault: UnlockedVault) => Promise<WaypointDatabase>,
  input: JoinInput,
  onProgress: (p: JoinProgress) => void,
  startNow?: Promise<void>,
): Promise<JoinedLaptop> {
  onProgress({ step: 'keyring', done: 0, total: 0, elapsedMs: 0 });
  const credentials = { username: input.username.trim(), password: input.password };
  const joined = await joinWithCode({ url: input.url, credentials, code: input.code, crypto: deps.crypto });
  const vault = await commitJoinedClinic(deps, {
    clinicId: joined.localClinicId,
    clinicName: joined.clinicName,
    recovery: joined.recovery,
    user: joined.staff,
    master: joined.master,
    passphrase: input.passphrase,
  });
  if (joined.rootKeyId) await pinRoot(await signingStore(), vault.clinicId, joined.rootKeyId);
  const config: SyncConfig = { url: input.url.trim().replace(/\/+$/, ''), clinicId: joined.serverClinicId, credentials };
  await writeSyncConfig(deps.store, deps.crypto, vault.master, config);
  const db = await open(vault);
  // Rotated sync keys from the code (issue 18 item 4d): kept for later unlocks, used for this first pull.
  const owner = { crypto: deps.crypto, store: await signingStore(), master: vault.master, laptopId: await db.storageToken, userId: vault.user.id };
  if (joined.generations.size > 0) await keepGenerations(owner, joined.generations);
  const sync = await startSync(deps, db, vault.master, config, await importGenerations(deps.crypto, joined.generations));
  const pull = followInBackground(sync, {
    countOnServer: () => serverDocumentCount(config),
    countHeld: () => countSyncedRecords(db),
    now: deps.now,
    onProgress,
  });
  // The person may start working with what has arrived (issue 17 item 3): the rest keeps coming, its progress shown.
  await Promise.race([pull.done, startNow ?? pull.done]);
  return { db, vault, sync: { sync: pull.sync, server: serverInfoOf(config), problem: null } };
}
