import type { AuditEvent } from '../../../shared/domain/audit';
import type { WaypointDatabase } from '../schema-plan';
import { eventOf, findAuditRowsBefore, newestFirst, selectorOf, type AuditCursor, type AuditStoreFilter, type Written } from './audit-queries';

/**
 * The ids of one client's records on this laptop — the client itself, its notes (addenda and co-signs included),
 * plan records (plans, safety plans, homework, reviews), measures, medications and their events, its sessions, the
 * clinic records that refer to it (safety acknowledgements, schedules) —
 * i.e. every entityId an audit event about this client can carry. Each read goes through a clientId index.
 */
export async function findClientRecordIds(db: WaypointDatabase, clientId: string): Promise<string[]> {
  const ids = (docs: readonly { readonly id: string }[]) => docs.map((d) => d.id);
  const lists = await Promise.all([
    db.notes.find({ selector: { clientId } }).exec().then(ids),
    db.careplans.find({ selector: { clientId } }).exec().then(ids),
    db.responses.find({ selector: { clientId } }).exec().then(ids),
    db.medications.find({ selector: { clientId } }).exec().then(ids),
    db.medevents.find({ selector: { clientId } }).exec().then(ids),
    db.sessions.find({ selector: { clientId } }).exec().then(ids),
    // Clinic records about the client (safety acknowledgements, schedules): their events name the client only in the sealed detail.
    db.clinic
      .find({ selector: { refCollection: 'clients', refId: clientId } })
      .exec()
      .then(ids),
  ]);
  return [...new Set([clientId, ...lists.flat()])];
}

/** How many (entityId, at) reads run at once. */
const PARALLEL = 16;

/**
 * Every event about one of `entityIds` that matches the store filter, newest first: one read of the (entityId, at)
 * index per id, so the cost follows the client's own events, not the length of the clinic's log. (RxDB turns
 * `$in` into one range from the smallest to the largest id — with random ids, most of the index.)
 */
export async function findAuditForEntities(db: WaypointDatabase, entityIds: readonly string[], filter: AuditStoreFilter): Promise<AuditEvent[]> {
  return newestFirst(await findAuditRowsForEntities(db, entityIds, filter));
}

async function findAuditRowsForEntities(db: WaypointDatabase, entityIds: readonly string[], filter: AuditStoreFilter): Promise<Written[]> {
  const base = selectorOf(filter);
  const rows: Written[] = [];
  for (let i = 0; i < entityIds.length; i += PARALLEL) {
    const reads = entityIds.slice(i, i + PARALLEL).map((entityId) => db.audit.find({ selector: { ...base, entityId }, sort: [{ at: 'asc' }] }).exec());
    for (const docs of await Promise.all(reads)) rows.push(...docs.map(eventOf));
  }
  return rows;
}

/** Whose events a scoped read merges: one staff member's own actions (null: none) and the events about some records. */
export interface AuditReadScope {
  readonly actorId: string | null;
  readonly recordIds: readonly string[];
}

/**
 * Up to `want` events after `cursor`, newest first, that are `scope.actorId`'s own actions (the (actorId, at) index,
 * read only as far as the page needs) or about one of `scope.recordIds` (one (entityId, at) read per record), each
 * matching the store filter once; `more` when an older one is left. Never a walk of the clinic's log.
 */
export async function findAuditInScope(
  db: WaypointDatabase,
  scope: AuditReadScope,
  filter: AuditStoreFilter,
  cursor: AuditCursor | null,
  want: number,
  now: Date,
): Promise<{ readonly events: AuditEvent[]; readonly more: boolean }> {
  const own = scope.actorId === null ? [] : (await findAuditRowsBefore(db, { ...filter, actorId: scope.actorId }, cursor, want + 1, now)).rows;
  const about = await findAuditRowsForEntities(db, scope.recordIds, filter);
  const byId = new Map([...own, ...about].map((row) => [row.event.id, row]));
  return pageAfter(newestFirst([...byId.values()]), cursor, want);
}

/** Up to `size` of `events` (newest first) after `cursor`, and whether any is left after them. */
export function pageAfter(events: readonly AuditEvent[], cursor: AuditCursor | null, size: number): { readonly events: AuditEvent[]; readonly more: boolean } {
  const seen = new Set(cursor?.seen ?? []);
  const after = cursor ? events.filter((e) => e.at < cursor.at || (e.at === cursor.at && !seen.has(e.id))) : events;
  return { events: after.slice(0, size), more: after.length > size };
}
