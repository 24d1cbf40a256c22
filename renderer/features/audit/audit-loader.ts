import { auditRowOf, clientIdOfEvent, matchesAuditFilter, visibleInScope, type AuditDirectory, type AuditFilter, type AuditRowView, type AuditScope } from '../../../shared/audit/audit-view';
import type { AuditEvent } from '../../../shared/domain/audit';
import { cursorAfter, findAuditBefore, findAuditForEntities, findClientRecordIds, findNoteClients, pageAfter, type AuditCursor, type WaypointDatabase } from '../../db';

/** The names every event is read with (the note → client links are looked up per batch). */
export type AuditNames = Pick<AuditDirectory, 'clientNames' | 'staffNames'>;

export interface AuditQuery {
  readonly filter: AuditFilter;
  readonly scope: AuditScope;
}

export interface AuditPage {
  readonly rows: readonly AuditRowView[];
  /** Where the next (older) page starts; null when there is none. */
  readonly next: AuditCursor | null;
}

/** How many events one read takes when the store cannot filter by itself (client or role scope). */
const SCAN_BATCH = 500;

async function directoryFor(db: WaypointDatabase, names: AuditNames, events: readonly AuditEvent[]): Promise<AuditDirectory> {
  const noteIds = events.filter((e) => e.entity === 'note').map((e) => e.entityId);
  return { ...names, recordClients: await findNoteClients(db, noteIds) };
}

/** The store narrows by who, action and dates; the client and the role scope are checked on the unsealed events. */
function storeFilterOf({ actorId, action, fromAt, toAt }: AuditFilter) {
  return { ...(actorId ? { actorId } : {}), ...(action ? { action } : {}), ...(fromAt ? { fromAt } : {}), ...(toAt ? { toAt } : {}) };
}

/**
 * One client's events: the ids of the client's records first, then the events about each through the (entityId, at)
 * index — never a walk of the clinic's log. The scope is checked as for any page.
 */
async function loadClientPage(db: WaypointDatabase, names: AuditNames, query: AuditQuery & { readonly clientId: string }, start: AuditCursor | null, size: number): Promise<AuditPage> {
  const ids = await findClientRecordIds(db, query.clientId);
  const dir: AuditDirectory = { ...names, recordClients: new Map(ids.map((id) => [id, query.clientId])) };
  const events = (await findAuditForEntities(db, ids, storeFilterOf(query.filter))).filter((event) => {
    const clientId = clientIdOfEvent(event, dir);
    return visibleInScope(event, clientId, query.scope) && matchesAuditFilter(event, clientId, query.filter);
  });
  const page = pageAfter(events, start, size);
  const next = page.events.reduce<AuditCursor | null>((cursor, event) => cursorAfter(cursor, event), start);
  return { rows: page.events.map((event) => auditRowOf(event, dir)), next: page.more ? next : null };
}

/**
 * Walks the log newest first from `start` until `size` rows pass the client filter and the scope, and says where
 * the next row would start (null when no older row passes). The store-filtered clinic view reads the page itself;
 * a therapist's scope reads batches only as far as the page needs; a client filter reads that client's events only.
 */
export async function loadAuditPage(db: WaypointDatabase, names: AuditNames, query: AuditQuery, start: AuditCursor | null, size: number, now: Date): Promise<AuditPage> {
  const { clientId } = query.filter;
  if (clientId) return loadClientPage(db, names, { ...query, clientId }, start, size);
  const storeOnly = query.scope.kind === 'clinic';
  const rows: AuditRowView[] = [];
  let pos = start;
  let next: AuditCursor | null = null;
  for (;;) {
    const batch = await findAuditBefore(db, storeFilterOf(query.filter), pos, storeOnly ? size + 1 - rows.length : SCAN_BATCH, now);
    const dir = await directoryFor(db, names, batch.events);
    for (const event of batch.events) {
      const clientId = clientIdOfEvent(event, dir);
      if (visibleInScope(event, clientId, query.scope) && matchesAuditFilter(event, clientId, query.filter)) {
        if (rows.length === size) return { rows, next };
        rows.push(auditRowOf(event, dir));
        next = cursorAfter(pos, event);
      }
      pos = cursorAfter(pos, event);
    }
    if (batch.exhausted) return { rows, next: null };
  }
}

/** Every row of the filtered view (for export). */
export async function loadAllAuditRows(db: WaypointDatabase, names: AuditNames, query: AuditQuery, now: Date): Promise<AuditRowView[]> {
  const rows: AuditRowView[] = [];
  let start: AuditCursor | null = null;
  do {
    const page = await loadAuditPage(db, names, query, start, 5_000, now);
    rows.push(...page.rows);
    start = page.next;
  } while (start);
  return rows;
}
