import { auditRowOf, clientIdOfEvent, matchesAuditFilter, visibleInScope, type AuditDirectory, type AuditFilter, type AuditRowView, type AuditScope } from '../../../shared/audit/audit-view';
import type { AuditEvent } from '../../../shared/domain/audit';
import { findAuditEvents, findNoteClients, type WaypointDatabase } from '../../db';

/** The names every event is read with (the note → client links are looked up per batch). */
export type AuditNames = Pick<AuditDirectory, 'clientNames' | 'staffNames'>;

export interface AuditQuery {
  readonly filter: AuditFilter;
  readonly scope: AuditScope;
}

export interface AuditPage {
  readonly rows: readonly AuditRowView[];
  /** Whether a next page has at least one event. */
  readonly hasMore: boolean;
}

/** How many events one read of the scan takes when the store cannot filter by itself (client or role scope). */
const SCAN_BATCH = 500;

async function directoryFor(db: WaypointDatabase, names: AuditNames, events: readonly AuditEvent[]): Promise<AuditDirectory> {
  const noteIds = events.filter((e) => e.entity === 'note').map((e) => e.entityId);
  return { ...names, recordClients: await findNoteClients(db, noteIds) };
}

/** The store narrows by who, action and dates; the client and the role scope are checked on the unsealed events. */
function storeFilterOf({ actorId, action, fromAt, toAt }: AuditFilter) {
  return { ...(actorId ? { actorId } : {}), ...(action ? { action } : {}), ...(fromAt ? { fromAt } : {}), ...(toAt ? { toAt } : {}) };
}

/** Reads batches newest first until `want` rows pass the client filter and the scope, or the log ends. */
async function scan(db: WaypointDatabase, names: AuditNames, query: AuditQuery, want: number): Promise<AuditRowView[]> {
  const rows: AuditRowView[] = [];
  for (let skip = 0; rows.length < want; skip += SCAN_BATCH) {
    const events = await findAuditEvents(db, storeFilterOf(query.filter), { skip, limit: SCAN_BATCH });
    const dir = await directoryFor(db, names, events);
    for (const event of events) {
      const clientId = clientIdOfEvent(event, dir);
      if (visibleInScope(event, clientId, query.scope) && matchesAuditFilter(event, clientId, query.filter)) rows.push(auditRowOf(event, dir));
    }
    if (events.length < SCAN_BATCH) break;
  }
  return rows;
}

/**
 * Page `page` (from 0) of `pageSize` rows. A clinic-wide view without a client filter is one indexed read of the
 * page itself; a client filter or a therapist's scope scans newest first only as far as the page needs.
 */
export async function loadAuditPage(db: WaypointDatabase, names: AuditNames, query: AuditQuery, page: { readonly index: number; readonly size: number }): Promise<AuditPage> {
  const end = (page.index + 1) * page.size;
  if (query.scope.kind === 'clinic' && !query.filter.clientId) {
    const events = await findAuditEvents(db, storeFilterOf(query.filter), { skip: page.index * page.size, limit: page.size + 1 });
    const dir = await directoryFor(db, names, events);
    return { rows: events.slice(0, page.size).map((e) => auditRowOf(e, dir)), hasMore: events.length > page.size };
  }
  const rows = await scan(db, names, query, end + 1);
  return { rows: rows.slice(page.index * page.size, end), hasMore: rows.length > end };
}

/** Every row of the filtered view (for export). */
export function loadAllAuditRows(db: WaypointDatabase, names: AuditNames, query: AuditQuery): Promise<AuditRowView[]> {
  return scan(db, names, query, Number.POSITIVE_INFINITY);
}
