/** Who may export a client's data (progress.md §7; issue 16: "an export of a client the user may not see is refused"). */
import type { StaffRole } from '../domain/staff';

export interface ExportActor {
  readonly id: string;
  readonly role: StaffRole;
}

/**
 * Why this actor may not export this client, or null when they may. Supervisors and clinic admins see every client;
 * a therapist or medication manager exports only clients on their own caseload (their primary clinician is them).
 */
export function exportRefusal(actor: ExportActor, client: { readonly primaryClinicianId: string } | null): string | null {
  if (!client) return 'This client is not in this vault: nothing was exported.';
  if (actor.role === 'supervisor' || actor.role === 'admin') return null;
  return client.primaryClinicianId === actor.id ? null : 'You may export only clients on your own caseload: nothing was exported.';
}

/** The clients of a list this actor may export (a caseload export leaves the others out). */
export function exportableClients<C extends { readonly primaryClinicianId: string }>(actor: ExportActor, clients: readonly C[]): readonly C[] {
  return clients.filter((c) => exportRefusal(actor, c) === null);
}
