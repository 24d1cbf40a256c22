import type { BackupBody } from '../../shared/backup/backup-format';
import { makeBackup } from '../../shared/backup/backup-seal';
import type { WrappedKey } from '../../shared/crypto/keys';
import type { CryptoProvider } from '../../shared/crypto/provider';
import { appendAudit, auditDeviceId, collectionSchemaVersions, readChainHead, type CollectionName, type WaypointDatabase } from '../db';

/** How far a backup or restore is: documents done of total, and the collection being worked on. */
export interface BackupProgress {
  readonly done: number;
  readonly total: number;
  readonly collection: CollectionName | null;
}

export type OnBackupProgress = (progress: BackupProgress) => void;

const VERSIONS = collectionSchemaVersions();

export const BACKUP_COLLECTIONS = Object.keys(VERSIONS).filter((n): n is CollectionName => n in VERSIONS);

/** The schema version of every collection this app reads and writes. */
export function schemaVersions(): Record<string, number> {
  return { ...VERSIONS };
}

async function countAll(db: WaypointDatabase): Promise<number> {
  const counts = await Promise.all(BACKUP_COLLECTIONS.map((name) => db[name].count().exec()));
  return counts.reduce((a, b) => a + b, 0);
}

/** Every document of every collection, opened by the sealed storage as the app reads them. */
export async function readAllCollections(db: WaypointDatabase, onProgress: OnBackupProgress): Promise<BackupBody['collections']> {
  const total = await countAll(db);
  const out: Record<string, Record<string, unknown>[]> = {};
  let done = 0;
  for (const name of BACKUP_COLLECTIONS) {
    onProgress({ done, total, collection: name });
    const docs = await db[name].find().exec();
    out[name] = docs.map((doc): Record<string, unknown> => ({ ...doc.toMutableJSON(false) }));
    done += docs.length;
  }
  onProgress({ done, total, collection: null });
  return out;
}

export interface BackupActor {
  readonly id: string;
  readonly role: string;
}

export interface BackupSource {
  readonly crypto: CryptoProvider;
  readonly master: Uint8Array;
  readonly recovery: WrappedKey;
  readonly clinic: { readonly id: string; readonly name: string; readonly trustRootKeyId?: string };
}

/** A file name that sorts by date: waypoint-backup-2026-12-04-2315.json. */
export function backupFileName(now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return `waypoint-backup-${stamp}.json`;
}

/** Admin: seals every collection into one backup file's text and audits it. */
export async function createBackup(
  db: WaypointDatabase,
  actor: BackupActor,
  now: Date,
  source: BackupSource,
  onProgress: OnBackupProgress,
): Promise<{ readonly text: string; readonly counts: Record<string, number> }> {
  if (actor.role !== 'admin') throw new Error('Only a clinic admin can back up the clinic.');
  const collections = await readAllCollections(db, onProgress);
  // This laptop's chain head as backed up (read after the events, so the event it names is in the file).
  const deviceId = await auditDeviceId(db);
  const head = await readChainHead(db, deviceId);
  const body: BackupBody = { clinic: source.clinic, collections, ...(head ? { auditHead: { deviceId, ...head } } : {}) };
  const text = await makeBackup(source.crypto, {
    master: source.master,
    recovery: source.recovery,
    body,
    madeBy: actor.id,
    now,
    schemaVersions: schemaVersions(),
  });
  const counts = Object.fromEntries(Object.entries(collections).map(([name, docs]) => [name, docs.length]));
  return { text, counts };
}

/** Records in the audit log that a backup was saved (where, and how many records). */
export async function auditBackup(
  db: WaypointDatabase,
  actor: BackupActor,
  now: Date,
  input: { clinicId: string; path: string; records: number; scheduled?: boolean },
): Promise<void> {
  const detail = `${input.scheduled === true ? 'Scheduled backup' : 'Backup'} of ${input.records} records saved to ${input.path}`;
  await appendAudit(db, { action: 'backup', entity: 'vault', entityId: input.clinicId, actorId: actor.id, detail }, { now });
}
