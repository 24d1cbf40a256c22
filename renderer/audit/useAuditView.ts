import { useEffect, useRef } from 'react';
import type { AuditEntity } from '../../shared/domain/audit';
import { useActorContext } from '../session';
import { auditFor } from './audited';

/**
 * Records one 'view' audit event each time `entityId` is opened once `ready` (not on every re-render or live update).
 * A failed audit write must not hide the screen: it is logged and retried on the next open.
 */
export function useAuditView(entity: AuditEntity, entityId: string, ready: boolean, detail: string): void {
  const ctx = useActorContext();
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || recorded.current === entityId) return;
    recorded.current = entityId;
    auditFor(ctx, entity)('view', entityId, detail).catch((e: unknown) => {
      recorded.current = null;
      console.error(`Could not record the ${entity} view`, e);
    });
  }, [ctx, entity, entityId, ready, detail]);
}
