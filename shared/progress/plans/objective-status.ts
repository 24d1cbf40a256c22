/**
 * A clinician's judgement of an objective (progress.md §1.3–§1.4): for objectives the data cannot judge (clinician
 * judgement only) and to override the computed judgement, always with a reason. A signed version's content never
 * changes, so each judgement is an entry appended to the version's status history (who, when, why); the latest entry
 * for an objective wins, across the plan's versions (objective ids carry forward). "Computed" withdraws a judgement.
 */
import type { FieldErrors } from '../../domain/client';
import type { JsonObject } from '../../domain/records';
import type { Objective, ObjectiveStatus, TreatmentPlanVersion } from './types';

export const OBJECTIVE_STATUS_EVENT = 'objective_status';

/** What a clinician may set; "computed" goes back to the judgement from the data. */
export const CLINICIAN_OBJECTIVE_STATUSES = ['met', 'partially_met', 'not_met', 'deferred', 'discontinued', 'computed'] as const;
export type ClinicianObjectiveStatus = (typeof CLINICIAN_OBJECTIVE_STATUSES)[number];

export interface ObjectiveStatusEntry {
  readonly objectiveId: string;
  readonly status: ClinicianObjectiveStatus;
  readonly reason: string;
  /** The day the judgement was made. */
  readonly on: string;
  readonly at: string;
  readonly by: string;
}

export interface ObjectiveStatusInput {
  readonly objectiveId: string;
  readonly status: ClinicianObjectiveStatus | '';
  readonly reason: string;
}

const isClinicianStatus = (s: unknown): s is ClinicianObjectiveStatus => CLINICIAN_OBJECTIVE_STATUSES.some((c) => c === s);

/** Messages by field ("status", "reason") for a judgement as typed; empty when it can be recorded. */
export function objectiveStatusErrors(input: ObjectiveStatusInput, objectiveIds: readonly string[]): FieldErrors {
  const errors: Record<string, string> = {};
  if (!objectiveIds.includes(input.objectiveId)) errors.objectiveId = 'This objective is not in the plan version in force.';
  if (!isClinicianStatus(input.status)) errors.status = 'Choose a status.';
  if (input.reason.trim() === '') errors.reason = 'Give the reason for this judgement.';
  return errors;
}

/** The history entry a judgement appends: the version's own status stays. */
export function objectiveStatusEntry(versionStatus: string, e: ObjectiveStatusEntry): JsonObject {
  return {
    status: versionStatus,
    at: e.at,
    by: e.by,
    reason: e.reason.trim(),
    event: OBJECTIVE_STATUS_EVENT,
    objectiveId: e.objectiveId,
    objectiveStatus: e.status,
    on: e.on,
  };
}

function entryOf(e: JsonObject): ObjectiveStatusEntry | null {
  if (e.event !== OBJECTIVE_STATUS_EVENT || typeof e.objectiveId !== 'string' || !isClinicianStatus(e.objectiveStatus)) return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { objectiveId: e.objectiveId, status: e.objectiveStatus, reason: text(e.reason), on: text(e.on), at: text(e.at), by: text(e.by) };
}

/**
 * The latest judgement per objective from the histories of a plan's versions (by time recorded; later wins a tie);
 * with `asOf`, only judgements made on or before that day (what a review or report of that day showed).
 */
export function objectiveStatusesOf(lifecycles: readonly (readonly JsonObject[])[], asOf?: string): ReadonlyMap<string, ObjectiveStatusEntry> {
  const latest = new Map<string, ObjectiveStatusEntry>();
  for (const e of lifecycles.flat().flatMap((x) => entryOf(x) ?? [])) {
    if (asOf !== undefined && e.on > asOf) continue;
    const before = latest.get(e.objectiveId);
    if (!before || e.at >= before.at) latest.set(e.objectiveId, e);
  }
  return latest;
}

/** The objective as the clinician judged it (status, source, reason); unchanged without a judgement or after "computed". */
export function withClinicianStatus(objective: Objective, entry: ObjectiveStatusEntry | undefined): Objective {
  if (!entry || entry.status === 'computed') return objective;
  const status: ObjectiveStatus = entry.status;
  return { ...objective, status, statusSource: 'clinician', statusReason: entry.reason };
}

/** Every objective of a version, in plan order. */
export function objectivesOf(v: Pick<TreatmentPlanVersion, 'problems'>): readonly Objective[] {
  return v.problems.flatMap((p) => p.goals.flatMap((g) => g.objectives));
}
