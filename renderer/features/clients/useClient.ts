import { useEffect, useRef } from 'react';
import { combineLatest, map } from 'rxjs';
import type { Client } from '../../../shared/domain/client';
import type { Staff } from '../../../shared/domain/staff';
import { appendAudit, useDatabase, useLiveQuery, watchClient, watchStaff } from '../../db';
import { useSession } from '../../app/session-context';

export interface ClientWithStaff {
  /** null when no client has this id. */
  readonly client: Client | null;
  readonly staff: readonly Staff[];
}

/** One client, live, with the staff list for names (clinician, author). */
export function useClient(clientId: string) {
  return useLiveQuery(
    (db) =>
      combineLatest([watchClient(db, clientId), watchStaff(db)]).pipe(
        map(([client, staff]): ClientWithStaff => ({ client, staff })),
      ),
    [clientId],
  );
}

/** Every staff member, live (for the clinician picker). */
export function useStaffList() {
  return useLiveQuery((db) => watchStaff(db), []);
}

/** Records one 'view' audit event each time a chart is opened (not on every re-render or live update). */
export function useRecordChartView(clientId: string, ready: boolean): void {
  const db = useDatabase();
  const { user } = useSession();
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || recorded.current === clientId) return;
    recorded.current = clientId;
    const event = { action: 'view', entity: 'client', entityId: clientId, actorId: user.id, detail: 'Opened the chart' } as const;
    appendAudit(db, event, { now: new Date() }).catch((e: unknown) => {
      // An audit write that fails must not hide the chart; it is retried on the next open.
      recorded.current = null;
      console.error('Could not record the chart view', e);
    });
  }, [db, user.id, clientId, ready]);
}
