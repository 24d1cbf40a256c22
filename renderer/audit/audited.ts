import type { AuditAction, AuditEntity } from '../../shared/domain/audit';
import { appendAudit } from '../db';
import type { ActorContext } from '../session';

/** Records one audit event about `entityId`; `at` defaults to now (pass the write's instant to stamp both alike). */
export type AuditWrite = (action: AuditAction, entityId: string, detail: string, at?: Date) => Promise<void>;

/** The audit writer of one entity kind, authored by the context's actor. The detail never holds what was written. */
export function auditFor(ctx: ActorContext, entity: AuditEntity): AuditWrite {
  return async (action, entityId, detail, at = ctx.now()) => {
    await appendAudit(ctx.db, { action, entity, entityId, actorId: ctx.actor.id, detail }, { now: at });
  };
}
