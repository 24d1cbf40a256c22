import { combineLatest, map } from 'rxjs';
import { auditScopeOf, type AuditScope } from '../../../shared/audit/audit-view';
import { clientDisplayName, type Client } from '../../../shared/domain/client';
import type { Staff } from '../../../shared/domain/staff';
import { useLiveQuery, watchClients, watchStaff } from '../../db';
import { useSignedIn } from '../../session';
import type { AuditNames } from './audit-loader';

export interface AuditDirectoryData {
  readonly names: AuditNames;
  readonly scope: AuditScope;
  /** The clients the viewer may filter by (their own for a therapist), in list order. */
  readonly clients: readonly Client[];
  readonly staff: readonly Staff[];
}

/** Client and staff names and the signed-in user's scope, kept live. */
export function useAuditDirectory() {
  const { user } = useSignedIn();
  return useLiveQuery(
    (db) =>
      combineLatest([watchClients(db), watchStaff(db)]).pipe(
        map(([clients, staff]): AuditDirectoryData => {
          const scope = auditScopeOf(user, clients);
          return {
            names: { clientNames: new Map(clients.map((c) => [c.id, clientDisplayName(c)])), staffNames: new Map(staff.map((s) => [s.id, s.name])) },
            scope,
            clients: scope.kind === 'clinic' ? clients : clients.filter((c) => scope.clientIds.has(c.id)),
            staff,
          };
        }),
      ),
    [user.id, user.role],
  );
}
