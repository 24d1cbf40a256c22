/**
 * Which discharge summaries are still to be signed, and when each is due (progress.md §7.3: within 15 days of
 * discharge), for the dashboard. Pure: clients and summaries in, rows out (most overdue first).
 */
import { dischargeSummaryDue } from './discharge-content';
import type { DischargeSummary } from './discharge-record';

export interface DischargedClient {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly dischargeDate: string | null;
  readonly primaryClinicianId: string;
}

export interface DischargeSummaryDueRow {
  readonly clientId: string;
  readonly name: string;
  readonly dischargeDate: string;
  readonly dueOn: string;
  /** Negative: overdue by that many days. */
  readonly daysLeft: number;
  readonly started: boolean;
}

/**
 * Discharged clients (of `clinicianIds`, or every clinician's when null) whose summary for their discharge is not
 * signed: not started or a draft.
 */
export function dischargeSummariesDue(
  clients: readonly DischargedClient[],
  summaries: readonly Pick<DischargeSummary, 'clientId' | 'dischargeDate' | 'status'>[],
  clinicianIds: readonly string[] | null,
  today: string,
): DischargeSummaryDueRow[] {
  return clients
    .flatMap((c) => {
      if (c.status !== 'discharged' || c.dischargeDate === null) return [];
      if (clinicianIds !== null && !clinicianIds.includes(c.primaryClinicianId)) return [];
      const summary = summaries.find((s) => s.clientId === c.id && s.dischargeDate === c.dischargeDate);
      if (summary?.status === 'signed') return [];
      const { dueOn, daysLeft } = dischargeSummaryDue(c.dischargeDate, today);
      return [{ clientId: c.id, name: c.name, dischargeDate: c.dischargeDate, dueOn, daysLeft, started: summary !== undefined }];
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.name.localeCompare(b.name));
}
