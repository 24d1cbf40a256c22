/** Who may start and sign a client's discharge summary (progress.md §7.3; issue 16). */
import type { ExportActor } from './export-access';

export interface DischargeAuthority {
  readonly primaryClinicianId: string;
  /** Who recorded the discharge (the discharge episode event's author), or null when none is recorded. */
  readonly dischargedBy: string | null;
}

/**
 * Why this actor may not start or sign this discharge summary, or null when they may: the discharging clinician (who
 * recorded the discharge, or the client's primary clinician), a supervisor or an admin.
 */
export function dischargeSummaryRefusal(actor: ExportActor, client: DischargeAuthority): string | null {
  if (actor.role === 'supervisor' || actor.role === 'admin') return null;
  if (actor.id === client.primaryClinicianId || actor.id === client.dischargedBy) return null;
  return 'Only the discharging clinician, a supervisor or an admin can write or sign this discharge summary.';
}
