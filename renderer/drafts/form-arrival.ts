/*
 * Forms that edit a synced record (client, medication, session, group, measures schedule) follow versions of it that
 * arrive while they are open, by the editors' one rule (arrival-policy.ts): loaded into an unchanged form, held over
 * unsaved changes. Saving then keeps a version that arrived since the form opened as a conflict copy, so a save never
 * lands silently on a version nobody on this laptop saw being replaced.
 */

/** What an open form shows about a version that arrived: none, loaded into the form, or held (typing here wins). */
export type FormArrival = 'none' | 'loaded' | 'kept';

/** How a record's versions are told apart (e.g. its `updatedAt`, or the id of an append-only record). */
export type VersionOf<T> = (record: T) => string;

/** The stored version a save is about to replace, when it is not the one the form opened with; null otherwise. */
export function arrivedSinceOpened<T>(opened: T | null, stored: T | null, versionOf: VersionOf<T>): T | null {
  if (!stored) return null;
  if (!opened) return stored;
  return versionOf(stored) === versionOf(opened) ? null : stored;
}

/** The version key of a record that carries `updatedAt` (every synced record does). */
export const updatedVersion: VersionOf<{ readonly updatedAt: string }> = (record) => record.updatedAt;
