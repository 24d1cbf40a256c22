import { openBackup, type OpenedBackup } from '../../shared/backup/backup-seal';
import type { CryptoProvider } from '../../shared/crypto/provider';
import type { WaypointDatabase } from '../db';
import { pinnedRootForBackup } from '../signing/root-pin';
import { readClinic, type UnlockedVault, type VaultDeps } from '../vault/vault';
import { createBackup, schemaVersions, type OnBackupProgress } from './backup-export';

/** A sealed backup file's text and how many records of each collection it holds. */
export interface BackupFile {
  readonly text: string;
  readonly counts: Record<string, number>;
}

/** The open vault a backup is made from. */
export interface BackupSession {
  readonly deps: VaultDeps;
  readonly db: WaypointDatabase;
  readonly vault: UnlockedVault;
}

/** Admin: every collection sealed into one backup file's text (the caller saves it, then audits where). */
export async function backUpClinic({ deps, db, vault }: BackupSession, onProgress: OnBackupProgress): Promise<BackupFile> {
  const clinic = await readClinic(deps.store);
  if (!clinic) throw new Error('No clinic is set up on this laptop.');
  // The signing trust root travels sealed in the body, so the laptop it is restored on pins the same one.
  const trustRootKeyId = await pinnedRootForBackup(vault.clinicId);
  const source = {
    crypto: deps.crypto,
    master: vault.master,
    recovery: clinic.recovery,
    clinic: { id: vault.clinicId, name: vault.clinicName, trustRootKeyId },
  };
  return createBackup(db, vault.user, deps.now(), source, onProgress);
}

/** First run: checks a whole backup file with its recovery key before anything is restored (BackupError if refused). */
export function openBackupFile(crypto: CryptoProvider, text: string, recoveryKey: string): Promise<OpenedBackup> {
  return openBackup(crypto, text, recoveryKey, schemaVersions());
}
