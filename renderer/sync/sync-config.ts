import { z } from 'zod';
import { openJson, sealJson } from '../../shared/crypto/envelope';
import { deriveKey } from '../../shared/crypto/keys';
import type { CryptoProvider } from '../../shared/crypto/provider';
import type { VaultStore } from '../vault/vault-store';
import type { SyncCredentials } from './encrypting-fetch';

/**
 * This laptop's clinic server: where to sync and as whom. The password of the laptop's own CouchDB user is sealed
 * under the at-rest key (it never lies on disk in clear); url, clinic id and user name are routing facts.
 */

export const SYNC_CONFIG_KEY = 'clinic-server';
const AAD = 'waypoint/sync-credentials/v1';

const storedSchema = z.object({
  url: z.string().min(1),
  clinicId: z.string().min(1),
  username: z.string().min(1),
  sealedPassword: z.string().min(1),
});

export interface SyncConfig {
  readonly url: string;
  /** The clinic's id on the server (database and role names), chosen when the admin connected it. */
  readonly clinicId: string;
  readonly credentials: SyncCredentials;
}

/** Thrown when the stored server settings are damaged or sealed under another key. */
export class SyncConfigError extends Error {
  constructor(detail: string) {
    super(`This laptop's clinic server settings cannot be read (${detail}). Connect the clinic server again in Settings.`);
    this.name = 'SyncConfigError';
  }
}

/** Seals and stores the server settings. */
export async function writeSyncConfig(store: VaultStore, crypto: CryptoProvider, master: Uint8Array, config: SyncConfig): Promise<void> {
  const key = await deriveKey(crypto, master, 'at-rest');
  const sealedPassword = await sealJson(crypto, key, config.credentials.password, `${AAD}/${config.credentials.username}`);
  await store.put(SYNC_CONFIG_KEY, { url: config.url, clinicId: config.clinicId, username: config.credentials.username, sealedPassword });
}

/** The server settings, or null when this laptop does not sync. */
export async function readSyncConfig(store: VaultStore, crypto: CryptoProvider, master: Uint8Array): Promise<SyncConfig | null> {
  const raw = await store.get(SYNC_CONFIG_KEY);
  if (raw === undefined) return null;
  const parsed = storedSchema.safeParse(raw);
  if (!parsed.success) throw new SyncConfigError('damaged record');
  const { url, clinicId, username, sealedPassword } = parsed.data;
  const key = await deriveKey(crypto, master, 'at-rest');
  let password: unknown;
  try {
    password = await openJson(crypto, key, sealedPassword, `${AAD}/${username}`);
  } catch {
    throw new SyncConfigError('sealed under another key');
  }
  if (typeof password !== 'string') throw new SyncConfigError('damaged password');
  return { url, clinicId, credentials: { username, password } };
}
