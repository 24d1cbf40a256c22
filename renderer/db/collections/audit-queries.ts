import type { MangoQuery, MangoQuerySelector } from 'rxdb/plugins/core';
import { map, type Observable } from 'rxjs';
import type { AuditAction, AuditEvent } from '../../../shared/domain/audit';
import type { WaypointDatabase } from '../schema-plan';
import { toAuditEvent, type AuditDoc } from './audit.collection';

/** What the store itself can narrow audit events by: plaintext routing fields only (`detail` is sealed). */
export interface AuditStoreFilter {
  readonly actorId?: string;
  readonly action?: AuditAction;
  /** Inclusive lower bound (ISO instant). */
  readonly fromAt?: string;
  /** Exclusive upper bound (ISO instant). */
  readonly toAt?: string;
}

export function selectorOf(filter: AuditStoreFilter): MangoQuerySelector<AuditDoc> {
  const at = { ...(filter.fromAt ? { $gte: filter.fromAt } : {}), ...(filter.toAt ? { $lt: filter.toAt } : {}) };
  return {
    // Always bounded on `at` so the planner walks the `at` index newest first, reading only the rows it returns.
    at: Object.keys(at).length > 0 ? at : { $gt: '' },
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
  };
}

export interface Written {
  readonly event: AuditEvent;
  readonly written: number;
}

export function eventOf(d: { toMutableJSON: (withMeta: false) => AuditDoc; toJSON: (withMeta: true) => { _meta: { lwt: number } } }): Written {
  return { event: toAuditEvent(d.toMutableJSON(false)), written: d.toJSON(true)._meta.lwt };
}

/**
 * Newest first; events with one timestamp in the order they were written (as watchAudit), then by id (as the `at`
 * index holds them), so reads of one set through different indexes agree.
 */
export function newestFirstRows(rows: readonly Written[]): Written[] {
  return [...rows].sort((a, b) => b.event.at.localeCompare(a.event.at) || b.written - a.written || a.event.id.localeCompare(b.event.id));
}

/** Newest first; events with one timestamp in the order they were written (as watchAudit). */
export function newestFirst(rows: readonly Written[]): AuditEvent[] {
  return newestFirstRows(rows).map((r) => r.event);
}

/**
 * Where a newest-first walk of the log stands: every event older than `at` is still to come, and of the events at
 * `at` exactly, those in `seen` were already read.
 */
export interface AuditCursor {
  readonly at: string;
  readonly seen: readonly string[];
}

/** The cursor just past `event` in a newest-first walk. */
export function cursorAfter(cursor: AuditCursor | null, event: Pick<AuditEvent, 'id' | 'at'>): AuditCursor {
  return cursor?.at === event.at ? { at: event.at, seen: [...cursor.seen, event.id] } : { at: event.at, seen: [event.id] };
}

/** The first window reaches back an hour; each further one four times as far, so a sparse range takes few reads. */
const FIRST_WINDOW_MS = 3_600_000;

const minus = (iso: string, ms: number) => new Date(Date.parse(iso) - ms).toISOString();

/** The oldest instant the walk can reach: the range's start, or the oldest matching event (ascending `at`: one index step). */
async function lowestAt(db: WaypointDatabase, filter: AuditStoreFilter): Promise<string | null> {
  if (filter.fromAt) return filter.fromAt;
  const oldest = await db.audit.findOne({ selector: selectorOf(filter), sort: [{ at: 'asc' }] }).exec();
  return oldest?.at ?? null;
}

/**
 * Up to `want` events matching `filter`, newest first, after `cursor` (from the newest when null). RxDB reads a
 * descending sort by loading the whole range and sorting it, so the walk reads ascending windows of `at` backwards
 * from `now` (the newest window open-ended, for clocks ahead), widening until it has enough: a page costs about its
 * own size, however long the log. `exhausted` when nothing older matches.
 */
export async function findAuditBefore(
  db: WaypointDatabase,
  filter: AuditStoreFilter,
  cursor: AuditCursor | null,
  want: number,
  now: Date,
): Promise<{ readonly events: AuditEvent[]; readonly exhausted: boolean }> {
  const { rows, exhausted } = await findAuditRowsBefore(db, filter, cursor, want, now);
  return { events: rows.map((r) => r.event), exhausted };
}

/** As findAuditBefore, each event with when it was written (to merge with other reads in the same order). */
export async function findAuditRowsBefore(
  db: WaypointDatabase,
  filter: AuditStoreFilter,
  cursor: AuditCursor | null,
  want: number,
  now: Date,
): Promise<{ readonly rows: Written[]; readonly exhausted: boolean }> {
  const lowest = await lowestAt(db, filter);
  if (lowest === null) return { rows: [], exhausted: true };
  const top = cursor ? { at: cursor.at, inclusive: true } : filter.toAt ? { at: filter.toAt, inclusive: false } : null;
  const seen = new Set(cursor?.seen ?? []);
  const events: Written[] = [];
  let hi = top;
  let width = FIRST_WINDOW_MS;
  for (;;) {
    const lo = [minus(hi?.at ?? now.toISOString(), width), lowest].sort().at(-1) ?? lowest;
    const at = { $gte: lo, ...(hi ? (hi.inclusive ? { $lte: hi.at } : { $lt: hi.at }) : {}) };
    const docs = await db.audit.find({ selector: { ...selectorOf(filter), at }, sort: [{ at: 'asc' }] }).exec();
    events.push(...newestFirstRows(docs.map(eventOf)).filter(({ event: e }) => !(e.at === cursor?.at && seen.has(e.id))));
    if (events.length >= want) return { rows: events.slice(0, want), exhausted: false };
    if (lo <= lowest) return { rows: events, exhausted: true };
    hi = { at: lo, inclusive: false };
    width *= 4;
  }
}

/** The events about one record (e.g. a client's chart), newest first, kept live, through the (entityId, at) index. */
export function watchAuditForEntity(
  db: WaypointDatabase,
  entityId: string,
  options: { readonly action?: AuditAction; readonly limit: number },
): Observable<AuditEvent[]> {
  const selector: MangoQuerySelector<AuditDoc> = { entityId, at: { $gt: '' }, ...(options.action ? { action: options.action } : {}) };
  return watchNewestFirst(db, { selector, sort: [{ at: 'desc' }], limit: options.limit });
}

/**
 * The newest `limit` events, newest first, kept live. Events with the same timestamp (one action often writes two)
 * are ordered by when they were written (RxDB's last-write time), not by their random ids.
 */
export function watchAudit(db: WaypointDatabase, options: { readonly limit: number }): Observable<readonly AuditEvent[]> {
  return watchNewestFirst(db, { sort: [{ at: 'desc' }], limit: options.limit });
}

/** Audit rows keep RxDB's write time for ordering, so they are read from the documents, not through watchWhere. */
function watchNewestFirst(db: WaypointDatabase, query: MangoQuery<AuditDoc>): Observable<AuditEvent[]> {
  return db.audit.find(query).$.pipe(map((docs) => newestFirst(docs.map(eventOf))));
}

/** The client of each note id that is a note on this laptop (ids that are not notes are left out). */
export async function findNoteClients(db: WaypointDatabase, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await db.notes.findByIds([...new Set(ids)]).exec();
  return new Map([...found.values()].map((d) => [d.id, d.clientId]));
}
