import type { MangoQuerySelector } from 'rxdb/plugins/core';
import { map, type Observable } from 'rxjs';
import type { AuditAction, AuditEvent } from '../../../shared/domain/audit';
import type { WaypointDatabase } from '../schema-plan';
import type { AuditDoc } from './audit.collection';

/** What the store itself can narrow audit events by: plaintext routing fields only (`detail` is sealed). */
export interface AuditStoreFilter {
  readonly actorId?: string;
  readonly action?: AuditAction;
  /** Inclusive lower bound (ISO instant). */
  readonly fromAt?: string;
  /** Exclusive upper bound (ISO instant). */
  readonly toAt?: string;
}

function selectorOf(filter: AuditStoreFilter): MangoQuerySelector<AuditDoc> {
  const at = { ...(filter.fromAt ? { $gte: filter.fromAt } : {}), ...(filter.toAt ? { $lt: filter.toAt } : {}) };
  return {
    // Always bounded on `at` so the planner walks the `at` index newest first, reading only the rows it returns.
    at: Object.keys(at).length > 0 ? at : { $gt: '' },
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
  };
}

interface Written {
  readonly event: AuditEvent;
  readonly written: number;
}

function eventOf(d: { toMutableJSON: (withMeta: false) => AuditDoc; toJSON: (withMeta: true) => { _meta: { lwt: number } } }): Written {
  const { id, action, entity, entityId, actorId, at, detail } = d.toMutableJSON(false);
  return { event: { id, action, entity, entityId, actorId, at, detail }, written: d.toJSON(true)._meta.lwt };
}

/** Newest first; events with one timestamp in the order they were written (as watchAudit). */
function newestFirst(rows: readonly Written[]): AuditEvent[] {
  return [...rows].sort((a, b) => b.event.at.localeCompare(a.event.at) || b.written - a.written).map((r) => r.event);
}

/**
 * One slice of the audit events matching `filter`, newest first: `skip` events passed over, at most `limit` read.
 * The `at` index orders and bounds the read, so a page costs its own size, not the log's.
 */
export async function findAuditEvents(db: WaypointDatabase, filter: AuditStoreFilter, range: { readonly skip: number; readonly limit: number }): Promise<AuditEvent[]> {
  const docs = await db.audit.find({ selector: selectorOf(filter), sort: [{ at: 'desc' }], skip: range.skip, limit: range.limit }).exec();
  return newestFirst(docs.map(eventOf));
}

/** The events about one record (e.g. a client's chart), newest first, kept live, through the (entityId, at) index. */
export function watchAuditForEntity(db: WaypointDatabase, entityId: string, options: { readonly action?: AuditAction; readonly limit: number }): Observable<AuditEvent[]> {
  const selector: MangoQuerySelector<AuditDoc> = { entityId, at: { $gt: '' }, ...(options.action ? { action: options.action } : {}) };
  return db.audit.find({ selector, sort: [{ at: 'desc' }], limit: options.limit }).$.pipe(map((docs) => newestFirst(docs.map(eventOf))));
}

/** The client of each note id that is a note on this laptop (ids that are not notes are left out). */
export async function findNoteClients(db: WaypointDatabase, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await db.notes.findByIds([...new Set(ids)]).exec();
  return new Map([...found.values()].map((d) => [d.id, d.clientId]));
}
