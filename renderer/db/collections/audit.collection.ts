import { map, type Observable } from 'rxjs';
import type { RxJsonSchema } from 'rxdb/plugins/core';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditAction, type AuditEntity, type AuditEvent, type AuditEventInput } from '../../../shared/domain/audit';
import type { WaypointDatabase } from '../schema-plan';
import { enumField, idField, instantField, newId, sealedText, type CollectionSpec } from './collection-spec';

/** An audit event as stored. Append-only: this module has no update or delete. */
export interface AuditDoc {
  id: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  actorId: string;
  at: string;
  detail: string;
}

const schema: RxJsonSchema<AuditDoc> = {
  title: 'audit',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    action: enumField(AUDIT_ACTIONS),
    entity: enumField(AUDIT_ENTITIES),
    entityId: idField,
    actorId: idField,
    at: instantField,
    detail: sealedText,
  },
  required: ['id', 'action', 'entity', 'entityId', 'actorId', 'at'],
  indexes: ['at', ['entityId', 'at']],
};

export const auditCollection = {
  name: 'audit',
  schema,
  sealed: ['detail'],
  migrationStrategies: {},
} as const satisfies CollectionSpec<AuditDoc>;

function toAuditEvent(d: AuditDoc): AuditEvent {
  return { id: d.id, action: d.action, entity: d.entity, entityId: d.entityId, actorId: d.actorId, at: d.at, detail: d.detail };
}

/** Records one event at `ctx.now`. */
export async function appendAudit(db: WaypointDatabase, e: AuditEventInput, ctx: { readonly now: Date; readonly id?: string }): Promise<AuditEvent> {
  const doc: AuditDoc = { ...e, id: newId(ctx), at: ctx.now.toISOString() };
  const inserted = await db.audit.insert(doc);
  return toAuditEvent(inserted.toMutableJSON(false));
}

/**
 * The newest `limit` events, newest first, kept live. Events with the same timestamp (one action often writes two)
 * are ordered by when they were written (RxDB's last-write time), not by their random ids.
 */
export function watchAudit(db: WaypointDatabase, options: { readonly limit: number }): Observable<readonly AuditEvent[]> {
  return db.audit.find({ sort: [{ at: 'desc' }], limit: options.limit }).$.pipe(
    map((docs) =>
      docs
        .map((d) => ({ event: toAuditEvent(d.toMutableJSON(false)), written: d.toJSON(true)._meta.lwt }))
        .sort((a, b) => b.event.at.localeCompare(a.event.at) || b.written - a.written)
        .map(({ event }) => event),
    ),
  );
}
