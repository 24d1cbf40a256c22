import { z } from 'zod';
import type { KeyGeneration } from '../../shared/crypto/key-generations';
import { deriveKey } from '../../shared/crypto/keys';
import { clinicDbName } from '../../shared/sync/couch-names';
import type { WaypointDatabase } from '../db';
import { SYNC_PLANS } from '../db/sync-plan';
import { pickUpSyncKeys } from '../member-keys/pickup';
import { currentSigningSession } from '../signing/signing-session';
import type { VaultDeps } from '../vault/vault';
import { connectAsAdmin, provisionClinic } from './clinic-server';
import {
  createEnrollment,
  putClinicUser,
  randomPassword,
  retirePassphraseWrappings,
  uploadKeyring,
  type ClinicKeyring,
  type KeyringStaff,
} from './clinic-keyring';
import { createCouchHttp } from './couch-http';
import type { FetchLike, SyncCredentials } from './encrypting-fetch';
import { createPendingWriter, readPending } from './pending-store';
import { startClinicSync, type ClinicSync } from './replication';
import { readSyncConfig, writeSyncConfig, type SyncConfig } from './sync-config';

/**
 * The clinic-server steps the vault controller runs: connect (admin), enroll a laptop (admin), start sync after
 * unlock. Admin credentials pass through once and are never stored; each laptop syncs as its own CouchDB user.
 */

/** The vault's own dependencies (its store, clock, crypto and the host's server allowance) plus the network. */
export interface SyncSessionDeps extends Pick<VaultDeps, 'crypto' | 'store' | 'now' | 'allowServer'> {
  readonly fetch?: FetchLike;
}

/** What the UI may show about the configured server (no password). */
export interface ServerInfo {
  readonly url: string;
  readonly clinicId: string;
  readonly username: string;
}

export const serverInfoOf = (config: SyncConfig): ServerInfo => ({ url: config.url, clinicId: config.clinicId, username: config.credentials.username });

/** Starts live sync with the stored settings; null when this laptop has no clinic server. */
export async function startConfiguredSync(
  deps: SyncSessionDeps,
  db: WaypointDatabase,
  master: Uint8Array,
): Promise<{ sync: ClinicSync; config: SyncConfig } | null> {
  const config = await readSyncConfig(deps.store, deps.crypto, master);
  if (!config) return null;
  // A laptop connected before main held the server's origin asks once here (main confirms it with the user).
  await deps.allowServer?.(config.url);
  return { sync: await startSync(deps, db, master, config), config };
}

/** The rotated sync keys this laptop holds, after fetching any waiting for it (none while its signing key is closed). */
async function rotatedKeysFor(
  deps: SyncSessionDeps,
  db: WaypointDatabase,
  master: Uint8Array,
  config: SyncConfig,
  held: readonly KeyGeneration[],
): Promise<readonly KeyGeneration[]> {
  const signing = currentSigningSession();
  if (!signing) return held;
  const target = { url: config.url, clinicId: config.clinicId, credentials: config.credentials, ...(deps.fetch ? { fetch: deps.fetch } : {}) };
  return pickUpSyncKeys(db, signing, master, target, { crypto: deps.crypto, now: deps.now() });
}

/** `held`: rotated keys to use while no signing session is open (a laptop joining with an enrollment code). */
export async function startSync(
  deps: SyncSessionDeps,
  db: WaypointDatabase,
  master: Uint8Array,
  config: SyncConfig,
  held: readonly KeyGeneration[] = [],
): Promise<ClinicSync> {
  const syncKey = await deriveKey(deps.crypto, master, 'sync');
  const rotatedKeys = await rotatedKeysFor(deps, db, master, config, held);
  const sync = startClinicSync({
    db,
    url: config.url,
    clinicId: config.clinicId,
    credentials: config.credentials,
    crypto: deps.crypto,
    syncKey,
    rotatedKeys,
    now: deps.now,
    // Twelve listeners take turns on four slots: 600 ms turns bring another laptop's change in about 3 s at worst.
    longPollTimeoutMs: 600,
    retryTimeMs: 1_000,
    initialPending: await readPending(deps.store),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  // "Not synced" marks outlive the session: the status changes whenever the pending count does.
  const writer = createPendingWriter(deps.store);
  const saving = sync.status$.subscribe(() => {
    writer.save(sync.pendingSnapshot());
  });
  return {
    ...sync,
    async stop() {
      await sync.stop();
      saving.unsubscribe();
      writer.save(sync.pendingSnapshot());
      await writer.flush();
    },
  };
}

export interface ConnectInput {
  readonly url: string;
  readonly clinicId: string;
  readonly admin: SyncCredentials;
  /** Who is connecting; the laptop's sync account is named after the clinic and this user. */
  readonly user: KeyringStaff;
  readonly master: Uint8Array;
  readonly keyring: ClinicKeyring;
}

const accountName = (clinicId: string, deps: SyncSessionDeps): string => `${clinicId}-laptop-${randomPassword(deps.crypto).slice(0, 8).toLowerCase()}`;

/** Provisions the clinic, gives this laptop its own sync account, uploads the keyring and stores the settings. */
export async function connectClinicServer(deps: SyncSessionDeps, input: ConnectInput): Promise<SyncConfig> {
  const fetchOpt = deps.fetch ? { fetch: deps.fetch } : {};
  const clinic = await provisionClinic({ url: input.url, admin: input.admin, clinicId: input.clinicId, collections: SYNC_PLANS, ...fetchOpt });
  const admin = await connectAsAdmin({ url: clinic.url, admin: input.admin, ...fetchOpt });
  const credentials = { username: accountName(input.clinicId, deps), password: randomPassword(deps.crypto) };
  await putClinicUser(admin, input.clinicId, credentials);
  await uploadKeyring(admin, input.clinicId, input.keyring, deps.crypto, input.master);
  await retirePassphraseWrappings(admin, input.clinicId);
  const config: SyncConfig = { url: clinic.url, clinicId: input.clinicId, credentials };
  await writeSyncConfig(deps.store, deps.crypto, input.master, config);
  return config;
}

/**
 * Admin: runs provisioning again on the connected clinic (idempotent, keeps the data): databases, `_security` and the
 * guards of this version of Waypoint, e.g. the keyring guard for a clinic connected before it existed; and moves out
 * of the keyring the passphrase wrappings earlier versions kept there. Returns how many wrappings were removed.
 */
export async function updateClinicServer(deps: SyncSessionDeps, server: ServerInfo, admin: SyncCredentials): Promise<number> {
  const fetchOpt = deps.fetch ? { fetch: deps.fetch } : {};
  const clinic = await provisionClinic({ url: server.url, admin, clinicId: server.clinicId, collections: SYNC_PLANS, ...fetchOpt });
  return retirePassphraseWrappings(await connectAsAdmin({ url: clinic.url, admin, ...fetchOpt }), server.clinicId);
}

export interface EnrollInput {
  readonly server: ServerInfo;
  readonly admin: SyncCredentials;
  readonly staff: KeyringStaff;
  /** The staff member's own account on the server (they type it on the new laptop). */
  readonly account: SyncCredentials;
  readonly master: Uint8Array;
  /** The clinic's pinned signing trust root, sealed into the enrollment ('' when this laptop has none). */
  readonly rootKeyId?: string;
  /** The rotated sync keys this laptop holds, sealed into the enrollment under the code. */
  readonly generations?: ReadonlyMap<number, Uint8Array>;
}

/** Creates the staff member's sync account and a one-time enrollment code (returned once, never stored). */
export async function enrollLaptop(deps: SyncSessionDeps, input: EnrollInput): Promise<string> {
  const admin = await connectAsAdmin({ url: input.server.url, admin: input.admin, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  return createEnrollment(admin, {
    crypto: deps.crypto,
    clinicId: input.server.clinicId,
    master: input.master,
    staff: input.staff,
    credentials: input.account,
    now: deps.now(),
    ...(input.rootKeyId ? { rootKeyId: input.rootKeyId } : {}),
    ...(input.generations ? { generations: input.generations } : {}),
  });
}

const dbInfo = z.looseObject({ doc_count: z.number() });

/** How many documents the clinic holds on the server (design documents left out), for a first sync's progress. */
export async function serverDocumentCount(config: SyncConfig, deps: Pick<SyncSessionDeps, 'fetch'> = {}): Promise<number> {
  const http = createCouchHttp({ url: config.url, credentials: config.credentials, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  let total = 0;
  for (const { collection } of SYNC_PLANS) {
    const info = dbInfo.safeParse((await http.request('GET', `/${encodeURIComponent(clinicDbName(config.clinicId, collection))}`)).json);
    // Each database holds one design document, the guard, which never reaches a laptop.
    if (info.success) total += Math.max(0, info.data.doc_count - 1);
  }
  return total;
}
