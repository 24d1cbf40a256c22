/**
 * Reads, kept live, everything the dashboard computes from: the clients in view and, per client, its responses,
 * attendance, plans, homework, medications, progress reviews and when its safety plan was last signed or reviewed;
 * clinic-wide the safety acknowledgements, co-signs waiting and snoozes.
 */
import { catchError, combineLatest, map, of, retry, switchMap, type Observable } from 'rxjs';
import { lastAddressedAt } from '../../../shared/progress/safety-plans';
import { buildReviewEvidence } from '../../../shared/progress/snapshot';
import type { Client } from '../../../shared/domain/client';
import {
  watchAttendanceForClient,
  watchCarePlanRecordsOfKinds,
  watchClients,
  watchClinicRecords,
  watchHomeworkCompletionsForClient,
  watchHomeworkForClient,
  watchMedicationEventsForClient,
  watchMedicationsForClient,
  watchNotesAwaitingCosign,
  watchPlanVersionsForClient,
  watchResponsesForClient,
  watchSafetyPlans,
  type ClinicRecord,
  type Note,
  type WaypointDatabase,
} from '../../db';
import { watchSnapshotRecords, type ReviewEvidenceResult } from '../../progress';
import { watchClinicTimeZone } from '../../session';
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

interface Shared {
  readonly acks: readonly ClinicRecord[];
  readonly cosigns: readonly Note[];
  /** The clinic day the evidence is computed for. */
  readonly today: string;
}

/**
 * The review evidence (progress.md §5.2), recomputed on every change. Records the builder refuses give null for that
 * state only (the next change is tried again); a read that fails is retried, then gives null.
 */
function watchEvidence(db: WaypointDatabase, clientId: string, today: string): Observable<ReviewEvidenceResult | null> {
  return combineLatest([watchSnapshotRecords(db, clientId, today), watchClinicTimeZone(db)]).pipe(
    map(([records, timeZone]) => {
      try {
        return buildReviewEvidence(records, { asOf: today, timeZone });
      } catch {
        return null;
      }
    }),
    retry({ count: 3, delay: 500 }),
    catchError(() => of(null)),
  );
}

function watchOneClient(db: WaypointDatabase, client: Client, shared: Shared): Observable<ClientRecords> {
  const id = client.id;
  const evidence$ = watchEvidence(db, id, shared.today);
  return combineLatest([
    combineLatest([watchResponsesForClient(db, id), watchAttendanceForClient(db, id), watchPlanVersionsForClient(db, id), watchHomeworkForClient(db, id)]),
    combineLatest([watchHomeworkCompletionsForClient(db, id), watchMedicationsForClient(db, id), watchMedicationEventsForClient(db, id)]),
    combineLatest([evidence$, watchCarePlanRecordsOfKinds(db, id, ['progress_review']), watchSafetyPlans(db, id, 'safety_plan')]),
  ]).pipe(
    map(([[responses, attendance, plans, homework], [homeworkCompletions, medications, medicationEvents], [evidence, reviews, safetyPlans]]) => ({
      client,
      responses,
      attendance,
      plans,
      homework,
      homeworkCompletions,
      medications,
      medicationEvents,
      evidence,
      reviews,
      safetyPlanAddressedAt: lastAddressedAt(safetyPlans.versions, safetyPlans.reviewedAt),
      safetyAcks: shared.acks.filter((a) => a.refId === id),
      cosignsWaiting: byClient(shared.cosigns, id),
    })),
  );
}

/** The clients in scope (active only) with their records and evidence on `today`, and every snooze record, kept live. */
export function watchCaseload(db: WaypointDatabase, scope: CaseloadScope, today: string): Observable<CaseloadData> {
  const shared$ = combineLatest([watchClinicRecords(db, 'safety-ack'), watchNotesAwaitingCosign(db)]).pipe(
    map(([acks, cosigns]) => ({ acks, cosigns, today })),
  );
  const clients$ = watchClients(db).pipe(map((all) => all.filter((c) => inScope(c, scope))));
  const records$ = combineLatest([clients$, shared$]).pipe(
    switchMap(([clients, shared]) => (clients.length === 0 ? of([]) : combineLatest(clients.map((c) => watchOneClient(db, c, shared))))),
  );
  return combineLatest([records$, watchClinicRecords(db, 'alert-snooze')]).pipe(map(([clients, snoozes]) => ({ clients, snoozes })));
}
