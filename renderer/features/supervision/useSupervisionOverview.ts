import { useMemo } from 'react';
import { combineLatest, map } from 'rxjs';
import { clientDisplayName } from '../../../shared/domain/client';
import { supervisionOverview, type ClinicianSupervision } from '../../../shared/progress/supervision';
import { useLiveQuery, watchClients, watchStaff, watchSupervisionRecords } from '../../db';
import { useClock } from '../dashboard';

export interface SupervisionRow extends ClinicianSupervision {
  readonly clinicianName: string;
}

/** The supervisor view's rows for the clinicians picked (null: every clinician), computed offline and kept live. */
export function useSupervisionOverview(clinicianIds: readonly string[] | null): { rows: readonly SupervisionRow[] | undefined; error: Error | null } {
  const { data, error } = useLiveQuery(
    (db) =>
      combineLatest([watchClients(db), watchStaff(db), watchSupervisionRecords(db)]).pipe(map(([clients, staff, records]) => ({ clients, staff, records }))),
    [],
  );
  // Moves every minute: a review date passes at the clinic's midnight without any record changing.
  const clock = useClock();
  const key = clinicianIds === null ? null : clinicianIds.join(',');
  const rows = useMemo(() => {
    if (!data) return undefined;
    const clients = data.clients.map((c) => ({ id: c.id, name: clientDisplayName(c), status: c.status, primaryClinicianId: c.primaryClinicianId }));
    const ids = key === null ? null : key.split(',').filter((id) => id !== '');
    const names = new Map(data.staff.map((s) => [s.id, s.name]));
    return supervisionOverview({ ...data.records, clients }, ids, clock)
      .map((r) => ({ ...r, clinicianName: names.get(r.clinicianId) ?? 'Unknown clinician' }))
      .sort((a, b) => a.clinicianName.localeCompare(b.clinicianName));
  }, [data, key, clock]);
  return { rows, error };
}
