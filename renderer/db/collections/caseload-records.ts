/**
 * The caseload dashboard's reads (progress.md §6): one query per collection for the whole caseload instead of a dozen
 * per client, kept live. RxDB answers `clientId $in [...]` from the clientId index's range between the smallest and
 * largest id and filters the rest in storage, so only the listed clients' records are decrypted.
 */
import { combineLatest, distinctUntilChanged, map, switchMap, type Observable } from 'rxjs';
import type { Attendance, CarePlan, ClinicRecord, InstrumentResponse, Medication, MedicationEvent, Note, Session } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { homeworkCompletionsOf } from '../../../shared/progress/snapshot/plan-entries';
import type { EpisodeEvent } from '../../../shared/progress/episodes';
import type { HomeworkAssignment, HomeworkCompletion, TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import { planVersionOf } from './careplan-versions';
import { watchClinicRecords } from './clinic.collection';
import { watchWhere } from './collection-spec';
import { episodeEventOf } from './episode-events';
import { homeworkOf } from './plan-entries';
import { safetyPlanHistoryOf, type SafetyPlanHistory } from './safety-plan-versions';
import { watchNotesAwaitingCosign } from './note-queries';
import { watchSessionsByIds } from './sessions.collection';

/** The careplans kinds the dashboard reads: plans, homework, reviews, safety plans, level-of-care events. */
export const CASELOAD_CAREPLAN_KINDS = ['treatment_plan', 'homework', 'progress_review', 'safety_plan', 'level_of_care_event'] as const satisfies readonly CarePlan['kind'][];

export interface CaseloadRecords {
  readonly responses: readonly InstrumentResponse[];
  readonly attendance: readonly Attendance[];
  readonly sessions: readonly Session[];
  readonly careplans: readonly CarePlan[];
  readonly medications: readonly Medication[];
  readonly medicationEvents: readonly MedicationEvent[];
  readonly safetyAcks: readonly ClinicRecord[];
  readonly cosignsWaiting: readonly Note[];
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Every record behind the dashboard of these clients, in one query per collection, kept live. */
export function watchCaseloadRecords(db: WaypointDatabase, clientIds: readonly string[]): Observable<CaseloadRecords> {
  const of = { clientId: { $in: [...clientIds] } };
  const attendance$ = watchWhere(db.attendance, { selector: of, sort: [{ sessionAt: 'asc' }] });
  const sessions$ = attendance$.pipe(
    map((rows) => [...new Set(rows.map((r) => r.sessionId))].sort()),
    distinctUntilChanged(sameIds),
    switchMap((ids) => watchSessionsByIds(db, ids)),
  );
  return combineLatest([
    combineLatest([watchWhere(db.responses, { selector: of, sort: [{ completedAt: 'asc' }] }), attendance$, sessions$]),
    watchWhere(db.careplans, { selector: { ...of, kind: { $in: [...CASELOAD_CAREPLAN_KINDS] } }, sort: [{ effectiveFrom: 'asc' }] }),
    combineLatest([watchWhere(db.medications, { selector: of }), watchWhere(db.medevents, { selector: of, sort: [{ occurredOn: 'asc' }] })]),
    combineLatest([watchClinicRecords(db, 'safety-ack'), watchNotesAwaitingCosign(db)]),
  ]).pipe(
    map(([[responses, attendance, sessions], careplans, [medications, medicationEvents], [safetyAcks, cosignsWaiting]]) => ({
      responses, attendance, sessions, careplans, medications, medicationEvents, safetyAcks, cosignsWaiting,
    })),
  );
}

/** One client's share of the caseload's records, typed as the per-client reads give them. */
export interface ClientCaseloadRecords {
  readonly responses: readonly InstrumentResponse[];
  readonly attendance: readonly Attendance[];
  readonly sessions: readonly Session[];
  readonly planVersions: readonly TreatmentPlanVersion[];
  readonly homework: readonly HomeworkAssignment[];
  readonly homeworkCompletions: readonly HomeworkCompletion[];
  readonly medications: readonly Medication[];
  readonly medicationEvents: readonly MedicationEvent[];
  readonly episodes: readonly EpisodeEvent[];
  /** The client's 'progress_review' and 'safety_plan' careplans. */
  readonly reviewAndSafetyRecords: readonly CarePlan[];
  readonly reviews: readonly CarePlan[];
  readonly safetyPlans: SafetyPlanHistory;
  readonly safetyAcks: readonly ClinicRecord[];
  readonly cosignsWaiting: readonly Note[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const byPlanThenVersion = (a: { planId: string; version: number }, b: { planId: string; version: number }) => a.planId.localeCompare(b.planId) || a.version - b.version;

/** The caseload's records split per client; a client with no records gets empty lists. */
export function recordsPerClient(records: CaseloadRecords): (clientId: string) => ClientCaseloadRecords {
  const sessionById = new Map(records.sessions.map((s) => [s.id, s]));
  const responses = groupBy(records.responses, (r) => r.clientId);
  const attendance = groupBy(records.attendance, (a) => a.clientId);
  const careplans = groupBy(records.careplans, (c) => c.clientId);
  const medications = groupBy(records.medications, (m) => m.clientId);
  const medicationEvents = groupBy(records.medicationEvents, (e) => e.clientId);
  const acks = groupBy(records.safetyAcks, (a) => a.refId);
  const cosigns = groupBy(records.cosignsWaiting, (n) => n.clientId);
  return (clientId) => {
    const plans = careplans.get(clientId) ?? [];
    const marks = attendance.get(clientId) ?? [];
    const mine = responses.get(clientId) ?? [];
    const reviews = plans.filter((c) => c.kind === 'progress_review');
    const safety = plans.filter((c) => c.kind === 'safety_plan');
    return {
      responses: mine, attendance: marks,
      sessions: [...new Set(marks.map((a) => a.sessionId))].flatMap((id) => sessionById.get(id) ?? []),
      planVersions: plans.flatMap((d) => planVersionOf(d) ?? []).sort(byPlanThenVersion),
      homework: plans.flatMap((d) => homeworkOf(d) ?? []),
      homeworkCompletions: homeworkCompletionsOf(mine).map((w) => w.entry),
      medications: [...(medications.get(clientId) ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      medicationEvents: medicationEvents.get(clientId) ?? [],
      episodes: plans.flatMap((d) => episodeEventOf(d) ?? []),
      reviewAndSafetyRecords: [...safety, ...reviews].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
      reviews, safetyPlans: safetyPlanHistoryOf(safety),
      safetyAcks: acks.get(clientId) ?? [], cosignsWaiting: cosigns.get(clientId) ?? [],
    };
  };
}
