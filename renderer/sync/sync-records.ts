import type { RxReplicationConflict } from 'rxdb/plugins/core';
import { getClinicRecord, insertClinicRecord, type WaypointDatabase } from '../db';
import { setClinicRecordStatus } from '../db/collections/clinic.collection';
import { canonicalJson, shortDigest } from '../../shared/sync/canonical-json';
import type { RejectedDocument, UnreadableRow } from '../../shared/sync/couch-transform';
import { hasSyncedRecord, type SyncedDoc } from '../db/replication';
import { conflictCopyOf, conflictLoser } from './conflict-handler';

/**
 * Side effects of sync that keep what people typed: conflict copies and quarantined documents, both clinic
 * records (sealed at rest; replicated like everything else). Ids are derived from content so a retried write is
 * a no-op, not a duplicate.
 */

const SYNC_AUTHOR = 'sync';

async function insertOnce(db: WaypointDatabase, id: string, write: () => Promise<unknown>): Promise<boolean> {
  if (await getClinicRecord(db, id)) return false;
  await write();
  return true;
}

/** Saves the losing side of a resolved conflict; false when nothing was lost (both sides equal). */
export async function saveConflictCopy(db: WaypointDatabase, collection: string, conflict: RxReplicationConflict<SyncedDoc>, now: Date): Promise<boolean> {
  const loser = conflictLoser(conflict.input, conflict.output);
  if (!loser) return false;
  const { id, input } = conflictCopyOf(collection, loser, conflict.output);
  return insertOnce(db, id, () => insertClinicRecord(db, input, { authorId: SYNC_AUTHOR, now, id }));
}

/** Opens the reason of a copy kept by keepOverwrittenVersion (the Conflicts screen words those differently). */
export const OVERWRITTEN_REASON_START = 'Arrived while this laptop had unsaved typing open';

/**
 * Keeps a version that arrived (from another laptop, or a merge) while an editor here held unsaved typing on an older
 * version: the typing is saved over it, so the arrived version becomes a conflict copy, shown in Conflicts.
 */
export async function keepOverwrittenVersion(db: WaypointDatabase, collection: string, arrived: SyncedDoc, now: Date): Promise<boolean> {
  const { id, input } = conflictCopyOf(collection, arrived, arrived);
  const reason = `${OVERWRITTEN_REASON_START} on an older version: the typing was saved over this version (${collection}/${input.refId}), so it is kept here.`;
  return insertOnce(db, id, () => insertClinicRecord(db, { ...input, reason }, { authorId: SYNC_AUTHOR, now, id }));
}

/** The plain document as the app stores it: CouchDB's `_id` back to `id`, no CouchDB meta. */
function appDoc(doc: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { id: doc._id };
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_')) out[key] = value;
  return out;
}

/** Keeps a document the server refused, with the server's reason, so it can be shown and fixed. */
export async function quarantine(db: WaypointDatabase, rejected: RejectedDocument, now: Date): Promise<boolean> {
  const data = appDoc(rejected.doc);
  const id = `q-${shortDigest(`${rejected.collection}/${rejected.id}`)}-${shortDigest(canonicalJson(data))}`;
  const input = {
    kind: 'quarantine',
    status: 'open',
    refCollection: rejected.collection,
    refId: rejected.id,
    data,
    reason: `The server refused this change (${rejected.error}): ${rejected.reason}`,
  } as const;
  // Refused again after "Send again": the same version is listed again (same id, since the id follows the content).
  const existing = await getClinicRecord(db, id);
  if (existing?.status === 'resolved') {
    await setClinicRecordStatus(db, id, 'open', { authorId: SYNC_AUTHOR, now });
    return true;
  }
  return insertOnce(db, id, () => insertClinicRecord(db, input, { authorId: SYNC_AUTHOR, now, id }));
}

/** What a pulled document set aside was: `data.problem` of its quarantine record (the Conflicts screen offers choices by it). */
export type PulledProblem = 'unreadable' | 'deleted-on-server';

function pulledReason(row: UnreadableRow): string {
  if (row.deleted) {
    return `This record (${row.collection}/${row.id}) was deleted on the server by someone else, not by Waypoint. This laptop kept its copy. Put it back on the server, or leave it deleted there and keep this laptop's copy.`;
  }
  return `A ${row.collection} document on the server (${row.id}) could not be opened: ${row.problem}. It was set aside and nothing of it was imported; the rest of the clinic's data kept syncing. Ask the clinic admin whether someone changed the server by hand.`;
}

/**
 * Keeps a record of a pulled document that could not be opened: its id, revision and the reason, nothing of its content.
 * A deletion nobody here can see (no copy on this laptop) is nothing to decide, so it is not listed.
 */
export async function quarantinePulled(db: WaypointDatabase, row: UnreadableRow, now: Date): Promise<boolean> {
  if (row.deleted && !(await hasSyncedRecord(db, row.collection, row.id))) return false;
  const problem: PulledProblem = row.deleted ? 'deleted-on-server' : 'unreadable';
  const id = `q-${shortDigest(`${row.collection}/${row.id}`)}-${shortDigest(row.rev)}`;
  const input = {
    kind: 'quarantine',
    status: 'open',
    refCollection: row.collection,
    refId: row.id,
    data: { problem, rev: row.rev },
    reason: pulledReason(row),
  } as const;
  try {
    return await insertOnce(db, id, () => insertClinicRecord(db, input, { authorId: SYNC_AUTHOR, now, id }));
  } catch (error) {
    // Every laptop lists the same row under the same id: the copy pulled from another laptop meanwhile is the same record.
    if (await getClinicRecord(db, id)) return false;
    throw error;
  }
}
