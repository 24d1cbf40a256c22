import {
  auditRowOf,
  clientIdOfEvent,
  matchesAuditFilter,
  visibleInScope,
  type AuditDirectory,
  type AuditFilter,
  type AuditRowView,
  type AuditScope,
} from '../../../shared/audit/audit-view';
import type { AuditEvent } from '../../../shared/domain/audit';
import {
  cursorAfter,
  findAuditBefore,
  findAuditForEntities,
  findAuditInScope,
  findClientRecordIds,
  findNoteClients,
  pageAfter,
  type AuditCursor,
  type WaypointDatabase,
} from '../../db';

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
async function loadClientPage(
  db: WaypointDatabase,
  names: AuditNames,
  query: AuditQuery & { readonly clientId: string },
  start: AuditCursor | null,
  size: number,
): Promise<AuditPage> {
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

export type OwnScope = Extract<AuditScope, { readonly kind: 'own' }>;

/** Each of the clients' record ids (the client itself included) with its client, read 4 clients at a time. */
async function recordClientsOf(db: WaypointDatabase, clientIds: readonly string[]): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  for (let i = 0; i < clientIds.length; i += 4) {
    const batch = clientIds.slice(i, i + 4);
    const lists = await Promise.all(batch.map((clientId) => findClientRecordIds(db, clientId)));
    lists.forEach((ids, j) => {
      for (const id of ids) links.set(id, batch[j] ?? '');
    });
  }
  return links;
}

/**
 * A therapist's scope (own actions and their clients' events) through the indexes: the own actions through
 * (actorId, at) and the clients' events per record through (entityId, at), merged newest first — never a walk of the
 * clinic's log. Its cost follows the caseload's records, not the log: what a sparse scope needs.
 */
export async function loadIndexedScopePage(
  db: WaypointDatabase,
  names: AuditNames,
  query: AuditQuery & { readonly scope: OwnScope },
  start: AuditCursor | null,
  size: number,
  now: Date,
): Promise<AuditPage> {
  const { scope, filter } = query;
  const links = await recordClientsOf(db, [...scope.clientIds].sort());
  const actorId = !filter.actorId || filter.actorId === scope.staffId ? scope.staffId : null;
  const page = await findAuditInScope(db, { actorId, recordIds: [...links.keys()] }, storeFilterOf(filter), start, size, now);
  const own = await directoryFor(db, names, page.events);
  const dir: AuditDirectory = { ...names, recordClients: new Map([...(own.recordClients ?? []), ...links]) };
  const next = page.events.reduce<AuditCursor | null>((cursor, event) => cursorAfter(cursor, event), start);
  return { rows: page.events.map((event) => auditRowOf(event, dir)), next: page.more ? next : null };
}

/**
 * How many batches of 500 a therapist's page walks before reading through the indexes instead: a busy scope fills its
 * page from the newest few thousand events faster than its records can be listed (large, load 10: walk 0.11 s, indexes
 * 5.4 s; a budget of 1,000 events fell back to the indexes: 3.3 s); a sparse one would walk the whole log (large:
 * 14.6 s) where the indexes take 0.1 s.
 */
export const SCAN_FIRST_BATCHES = 8;

/**
 * One page of the viewer, newest first from `start`, and where the next would start (null when no older row passes).
 * A client filter reads that client's events only; a therapist's scope walks the newest `scanFirst` batches, then
 * reads through the indexes; the clinic view reads the page itself.
 */
export async function loadAuditPage(
  db: WaypointDatabase,
  names: AuditNames,
  query: AuditQuery,
  start: AuditCursor | null,
  size: number,
  now: Date,
  scanFirst = SCAN_FIRST_BATCHES,
): Promise<AuditPage> {
  const { clientId } = query.filter;
  if (clientId) return loadClientPage(db, names, { ...query, clientId }, start, size);
  const { scope } = query;
  if (scope.kind === 'clinic') return loadScannedAuditPage(db, names, query, start, size, now);
  return (await scanAuditPage(db, names, query, start, size, now, scanFirst)) ?? loadIndexedScopePage(db, names, { ...query, scope }, start, size, now);
}

/**
 * Walks the log newest first from `start` until `size` rows pass the client filter and the scope. The store-filtered
 * clinic view reads the page itself; any other scope reads batches of 500 until the page is full (how a therapist's
 * scope was read before loadIndexedScopePage; the benchmark's baseline and what the tests compare it with).
 */
export async function loadScannedAuditPage(
  db: WaypointDatabase,
  names: AuditNames,
  query: AuditQuery,
  start: AuditCursor | null,
  size: number,
  now: Date,
): Promise<AuditPage> {
  return (await scanAuditPage(db, names, query, start, size, now, Number.POSITIVE_INFINITY)) ?? { rows: [], next: null };
}

/** As loadScannedAuditPage, giving up (null) after `maxBatches` reads that did not settle the page. */
async function scanAuditPage(
  db: WaypointDatabase,
  names: AuditNames,
  query: AuditQuery,
  start: AuditCursor | null,
  size: number,
  now: Date,
  maxBatches: number,
): Promise<AuditPage | null> {
  const storeOnly = query.scope.kind === 'clinic';
  const rows: AuditRowView[] = [];
  let pos = start;
  let next: AuditCursor | null = null;
  for (let batches = 1; ; batches += 1) {
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
    if (batches >= maxBatches) return null;
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
