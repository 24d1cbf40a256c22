/**
 * Reads, kept live, everything the dashboard computes from: the clients in view and, per client, its responses,
 * attendance, plans, homework and medications; clinic-wide the safety acknowledgements, co-signs waiting and snoozes.
 */
import { combineLatest, map, of, switchMap, type Observable } from 'rxjs';
import type { Client } from '../../../shared/domain/client';
import {
  watchAttendanceForClient, watchClients, watchClinicRecords, watchHomeworkCompletionsForClient, watchHomeworkForClient,
  watchMedicationEventsForClient, watchMedicationsForClient, watchNotesAwaitingCosign, watchPlanVersionsForClient,
  watchResponsesForClient, type ClinicRecord, type Note, type WaypointDatabase,
} from '../../db';
import type { ClientRecords } from './alert-inputs';

/** Whose caseload: one or more clinicians' primary clients, or every active client ('all'). */
export type CaseloadScope = { readonly kind: 'all' } | { readonly kind: 'clinicians'; readonly ids: readonly string[] };

export interface CaseloadData {
  readonly clients: readonly ClientRecords[];
  readonly snoozes: readonly ClinicRecord[];
}

export function inScope(client: Client, scope: CaseloadScope): boolean {
  return client.status === 'active' && (scope.kind === 'all' || scope.ids.includes(client.primaryClinicianId));
}

function byClient<T extends { readonly clientId: string }>(items: readonly T[], clientId: string): readonly T[] {
  return items.filter((i) => i.clientId === clientId);
}

function watchOneClient(db: WaypointDatabase, client: Client, shared: { acks: readonly ClinicRecord[]; cosigns: readonly Note[] }): Observable<ClientRecords> {
  const id = client.id;
  return combineLatest([
    watchResponsesForClient(db, id), watchAttendanceForClient(db, id), watchPlanVersionsForClient(db, id), watchHomeworkForClient(db, id),
    watchHomeworkCompletionsForClient(db, id), watchMedicationsForClient(db, id), watchMedicationEventsForClient(db, id),
  ]).pipe(
    map(([responses, attendance, plans, homework, homeworkCompletions, medications, medicationEvents]) => ({
      client, responses, attendance, plans, homework, homeworkCompletions, medications, medicationEvents,
      safetyAcks: shared.acks.filter((a) => a.refId === id), cosignsWaiting: byClient(shared.cosigns, id),
    })),
  );
}

/** The clients in scope (active only) with their records, and every snooze record, kept live. */
export function watchCaseload(db: WaypointDatabase, scope: CaseloadScope): Observable<CaseloadData> {
  const shared$ = combineLatest([watchClinicRecords(db, 'safety-ack'), watchNotesAwaitingCosign(db)]).pipe(map(([acks, cosigns]) => ({ acks, cosigns })));
  const clients$ = watchClients(db).pipe(map((all) => all.filter((c) => inScope(c, scope))));
  const records$ = combineLatest([clients$, shared$]).pipe(
    switchMap(([clients, shared]) => (clients.length === 0 ? of([]) : combineLatest(clients.map((c) => watchOneClient(db, c, shared))))),
  );
  return combineLatest([records$, watchClinicRecords(db, 'alert-snooze')]).pipe(map(([clients, snoozes]) => ({ clients, snoozes })));
}
