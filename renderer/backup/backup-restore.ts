import type { BackupBody } from '../../shared/backup/backup-format';
import type { CollectionName, WaypointDatabase } from '../db';
import { BACKUP_COLLECTIONS, type OnBackupProgress } from './backup-export';

/** Why a restore stopped; nothing it wrote is left behind. */
export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreError';
  }
}

const CHUNK = 200;

type Doc = Record<string, unknown>;

function isKnown(name: string): name is CollectionName {
  return BACKUP_COLLECTIONS.some((n) => n === name);
}

/** Refuses a database that already holds anything: a restore never merges into records it would overwrite. */
async function assertEmpty(db: WaypointDatabase): Promise<void> {
  for (const name of BACKUP_COLLECTIONS) {
    if ((await db[name].count().exec()) > 0) {
      throw new RestoreError('This profile already holds records. A backup can only be restored into an empty profile.');
    }
  }
}

function entriesOf(body: BackupBody): (readonly [CollectionName, Doc[]])[] {
  return Object.entries(body.collections).map(([name, docs]) => {
    if (!isKnown(name)) throw new RestoreError(`This backup holds an unknown collection "${name}".`);
    return [name, docs] as const;
  });
}

async function insertChunk(db: WaypointDatabase, name: CollectionName, docs: Doc[]): Promise<void> {
  // The restore writes whole documents as they were backed up; RxDB checks each against the collection's schema.
  const collection = db[name] as unknown as { bulkInsert: (d: Doc[]) => Promise<{ error: readonly unknown[] }> };
  const result = await collection.bulkInsert(docs);
  if (result.error.length > 0) throw new RestoreError(`${result.error.length} ${name} records could not be written.`);
}

/** Verification: every collection has the backed-up count and every record opens and matches by id. */
async function verify(db: WaypointDatabase, entries: readonly (readonly [CollectionName, Doc[]])[]): Promise<void> {
  for (const [name, docs] of entries) {
    const stored = await db[name].find().exec();
    const ids = new Set(stored.map((d) => d.primary));
    if (stored.length !== docs.length || docs.some((d) => !ids.has(String(d.id)))) {
      throw new RestoreError(`The restored ${name} do not match the backup (${stored.length} of ${docs.length}).`);
    }
  }
}

/** Removes everything a failed restore wrote, so the profile is as empty as it was. */
async function undo(db: WaypointDatabase): Promise<void> {
  for (const name of BACKUP_COLLECTIONS) {
    await db[name].find().remove();
  }
}

/**
 * Restores an opened backup into an EMPTY database, all or nothing: every collection is written in chunks, then
 * counted and every record read back (opened by the sealed storage); on any failure what was written is removed.
 */
export async function restoreIntoEmpty(db: WaypointDatabase, body: BackupBody, onProgress: OnBackupProgress): Promise<Record<string, number>> {
  const entries = entriesOf(body);
  await assertEmpty(db);
  const total = entries.reduce((n, [, docs]) => n + docs.length, 0);
  let done = 0;
  try {
    for (const [name, docs] of entries) {
      for (let i = 0; i < docs.length; i += CHUNK) {
        onProgress({ done, total, collection: name });
        const chunk = docs.slice(i, i + CHUNK);
        await insertChunk(db, name, chunk);
        done += chunk.length;
      }
    }
    await verify(db, entries);
  } catch (error) {
    await undo(db);
    throw error;
  }
  onProgress({ done, total, collection: null });
  return Object.fromEntries(entries.map(([name, docs]) => [name, docs.length]));
}
