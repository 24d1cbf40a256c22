import { combineLatest, map } from 'rxjs';
import type { AuditEvent } from '../../../shared/domain/audit';
import { useLiveQuery, watchAudit, watchStaff } from '../../db';

export interface AuditRow extends AuditEvent {
  readonly actorName: string;
}

/** The newest audit events with the actor's name resolved. */
export function useAuditLog(limit: number) {
  return useLiveQuery(
    (db) =>
      combineLatest([watchAudit(db, { limit }), watchStaff(db)]).pipe(
        map(([events, staff]): readonly AuditRow[] => {
          const names = new Map(staff.map((s) => [s.id, s.name]));
          return events.map((e) => ({ ...e, actorName: names.get(e.actorId) ?? 'Unknown user' }));
        }),
      ),
    [limit],
  );
}
