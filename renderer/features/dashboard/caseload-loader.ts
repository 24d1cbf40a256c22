/**
 * Reads, kept live, everything the dashboard computes from: the clients in view and their responses, attendance,
 * plans, homework, medications, progress reviews, safety plans, safety acknowledgements, co-signs waiting and the
 * clinic's snoozes — one query per collection for the whole caseload (renderer/db caseload-records), split per client
 * in memory, each client's review evidence built by the pure builder.
 */
import { combineLatest, distinctUntilChanged, map, switchMap, type Observable } from 'rxjs';
import { lastAddressedAt } from '../../../shared/progress/safety-plans';
import { buildReviewEvidence } from '../../../shared/progress/snapshot';
import type { Client } from '../../../shared/domain/client';
import { recordsPerClient, watchCaseloadRecords, watchClients, watchClinicRecords, type ClientCaseloadRecords, type ClinicRecord, type WaypointDatabase } from '../../db';
import { snapshotRecordsOf, type ReviewEvidenceResult } from '../../progress';
import { clinicTimeZone } from '../../session';
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

/** The review evidence (progress.md §5.2) of one client on `today`; null when the builder refuses its records. */
function evidenceOf(client: Client, r: ClientCaseloadRecords, today: string, timeZone: string): ReviewEvidenceResult | null {
  try {
    const acks = r.safetyAcks.filter((a) => a.refCollection === 'clients');
    const records = snapshotRecordsOf({ client, ...r, careplans: r.reviewAndSafetyRecords, acks }, today);
    return buildReviewEvidence(records, { asOf: today, timeZone });
  } catch {
    return null;
  }
}

/** One client's dashboard records from its share of the caseload's. */
export function clientRecordsOf(client: Client, r: ClientCaseloadRecords, today: string, timeZone: string): ClientRecords {
  return {
    client, responses: r.responses, attendance: r.attendance, plans: r.planVersions, homework: r.homework, homeworkCompletions: r.homeworkCompletions,
    medications: r.medications, medicationEvents: r.medicationEvents, evidence: evidenceOf(client, r, today, timeZone), reviews: r.reviews,
    safetyPlanAddressedAt: lastAddressedAt(r.safetyPlans.versions, r.safetyPlans.reviewedAt),
    safetyAcks: r.safetyAcks, cosignsWaiting: r.cosignsWaiting,
  };
}

/** The clients in scope (active only) with their records and evidence on `today`, and every snooze record, kept live. */
export function watchCaseload(db: WaypointDatabase, scope: CaseloadScope, today: string): Observable<CaseloadData> {
  const timeZone = clinicTimeZone();
  const clients$ = watchClients(db).pipe(map((all) => all.filter((c) => inScope(c, scope))));
  // Only the clients in view: discharged clients' records (most of a clinic's history) are neither read nor decrypted.
  const records$ = clients$.pipe(
    map((clients) => clients.map((c) => c.id).sort()),
    distinctUntilChanged((a, b) => a.length === b.length && a.every((id, i) => id === b[i])),
    switchMap((ids) => watchCaseloadRecords(db, ids)),
  );
  const perClient$ = combineLatest([clients$, records$]).pipe(
    map(([clients, records]) => {
      const of = recordsPerClient(records);
      return clients.map((c) => clientRecordsOf(c, of(c.id), today, timeZone));
    }),
  );
  return combineLatest([perClient$, watchClinicRecords(db, 'alert-snooze')]).pipe(map(([clients, snoozes]) => ({ clients, snoozes })));
}
