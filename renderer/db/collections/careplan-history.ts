/**
 * What is appended to a plan version's status history after it is signed (progress.md §1.2–§1.4, §4.4): a client copy
 * given, a clinician's judgement of an objective. The version's content, hash and status never change here.
 */
import { type Observable } from 'rxjs';
import { VERSIONED_PLAN_KINDS, type CarePlan, type JsonObject } from '../../../shared/domain/records';
import type { TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import { clientCopyEntry, clientCopyProvidedOn } from '../../../shared/progress/plans/client-copy-provided';
import { objectiveStatusEntry, objectiveStatusesOf, type ObjectiveStatusEntry } from '../../../shared/progress/plans/objective-status';
import type { WaypointDatabase } from '../schema-plan';
import { byPlanThenVersion, docOf, planVersionOf } from './careplan-versions';
import { PlanLockedError } from './careplans.collection';
import { findPlain, type WriteContext, readEach, watchWhere } from './collection-spec';

/** The status history of a frozen version (who moved it and why), oldest first. */
export async function planVersionLifecycle(db: WaypointDatabase, versionId: string): Promise<readonly JsonObject[]> {
  return (await findPlain(db.careplans, versionId))?.lifecycle ?? [];
}

/**
 * Records that a client copy of a signed version (treatment, safety or relapse-prevention plan) was given on `day`
 * (§1.2 clientCopyProvidedOn, §4.4): appended to its history, content and status untouched.
 */
export async function recordClientCopyProvided(db: WaypointDatabase, versionId: string, day: string, ctx: WriteContext): Promise<void> {
  const at = ctx.now.toISOString();
  await (
    await docOf(db, versionId)
  ).incrementalModify((data) => {
    if (!VERSIONED_PLAN_KINDS.includes(data.kind) || data.status === 'draft')
      throw new PlanLockedError('A client copy is given only of a signed plan version.');
    return { ...data, lifecycle: [...data.lifecycle, clientCopyEntry(data.status, day, at, ctx.authorId)], updatedAt: at };
  });
}

/** The day a client copy was last given, by version id, of every plan version of one client; kept live. */
export function watchClientCopiesProvided(db: WaypointDatabase, clientId: string): Observable<ReadonlyMap<string, string>> {
  const providedOn = (d: CarePlan) => {
    const on = clientCopyProvidedOn(d.lifecycle);
    return on === null ? null : ([d.id, on] as const);
  };
  return watchWhere(db.careplans, { selector: { clientId } }, (docs) => new Map(readEach(providedOn)(docs)));
}

/**
 * Records a clinician's judgement of an objective of a signed version in force (§1.3–§1.4): appended to its status
 * history with who, when and why; the content, its hash and the version's status are untouched.
 */
export async function recordObjectiveStatus(
  db: WaypointDatabase,
  versionId: string,
  entry: Omit<ObjectiveStatusEntry, 'at' | 'by'>,
  ctx: WriteContext,
): Promise<void> {
  const at = ctx.now.toISOString();
  await (
    await docOf(db, versionId)
  ).incrementalModify((data) => {
    if (data.kind !== 'treatment_plan' || data.status !== 'active') throw new PlanLockedError('An objective is judged on the signed plan version in force.');
    return { ...data, lifecycle: [...data.lifecycle, objectiveStatusEntry(data.status, { ...entry, at, by: ctx.authorId })], updatedAt: at };
  });
}

/** The latest clinician judgement of each objective of one client's treatment plans (all versions; made by `asOf` when given), kept live. */
export function watchObjectiveStatuses(db: WaypointDatabase, clientId: string, asOf?: string): Observable<ReadonlyMap<string, ObjectiveStatusEntry>> {
  return watchWhere(db.careplans, { selector: { clientId, kind: 'treatment_plan' } }, (docs) =>
    objectiveStatusesOf(
      docs.map((d) => d.lifecycle),
      asOf,
    ),
  );
}

/** A client's treatment-plan versions and their status histories (objective judgements), from one read, kept live. */
export function watchPlansWithHistory(
  db: WaypointDatabase,
  clientId: string,
): Observable<{ readonly versions: readonly TreatmentPlanVersion[]; readonly lifecycles: readonly (readonly JsonObject[])[] }> {
  return watchWhere(db.careplans, { selector: { clientId, kind: 'treatment_plan' } }, (docs) => ({
    versions: docs.flatMap((d) => planVersionOf(d) ?? []).sort(byPlanThenVersion),
    lifecycles: docs.map((d) => d.lifecycle),
  }));
}
