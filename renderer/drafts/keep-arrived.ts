import type { WaypointDatabase } from '../db';
import { keepOverwrittenVersion } from '../sync/sync-records';
import { arrivedSinceOpened, type VersionOf } from './form-arrival';

/** Keeps a version a save here replaces as a conflict copy (Conflicts); true when a new copy was stored. */
export function keepAsConflictCopy(db: WaypointDatabase, collection: string, record: object, now: Date): Promise<boolean> {
  const fields: readonly (readonly [string, unknown])[] = Object.entries(record);
  return keepOverwrittenVersion(db, collection, Object.fromEntries(fields), now);
}

/**
 * Before a form's save replaces the stored record: a version that arrived since the form opened (`opened`) is kept as
 * a conflict copy (Conflicts), so the save does not land on it silently. True when a copy was kept.
 */
export async function keepArrivedVersion<T extends object>(
  db: WaypointDatabase,
  collection: string,
  versions: { readonly opened: T | null; readonly stored: T | null; readonly versionOf: VersionOf<T> },
  now: Date,
): Promise<boolean> {
  const arrived = arrivedSinceOpened(versions.opened, versions.stored, versions.versionOf);
  return arrived ? keepAsConflictCopy(db, collection, arrived, now) : false;
}
