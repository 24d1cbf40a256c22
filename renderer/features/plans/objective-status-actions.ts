import type { FieldErrors } from '../../../shared/domain/client';
import { objectiveStatusErrors, objectivesOf, type ObjectiveStatusInput } from '../../../shared/progress/plans/objective-status';
import { auditFor } from '../../audit';
import { getPlanVersion, PlanLockedError, recordObjectiveStatus } from '../../db';
import { writeStamp, type ActorContext } from '../../session';

/** Thrown when a judgement cannot be recorded as typed; `errors` maps "status" / "reason" to messages. */
export class ObjectiveStatusError extends Error {
  readonly code = 'objective_status_invalid';
  constructor(readonly errors: FieldErrors) {
    super(Object.values(errors)[0] ?? 'The judgement is not complete.');
    this.name = 'ObjectiveStatusError';
  }
}

/**
 * Records a clinician's judgement of an objective of the signed version in force (progress.md §1.3–§1.4), appended
 * to the version's history with the reason; audited without the reason's text.
 */
export async function setObjectiveStatus(ctx: ActorContext, versionId: string, input: ObjectiveStatusInput, day: string): Promise<void> {
  const version = await getPlanVersion(ctx.db, versionId);
  if (version?.status !== 'active') throw new PlanLockedError('An objective is judged on the signed plan version in force.');
  const errors = objectiveStatusErrors(
    input,
    objectivesOf(version).map((o) => o.objectiveId),
  );
  if (Object.keys(errors).length > 0 || input.status === '') throw new ObjectiveStatusError(errors);
  const stamp = writeStamp(ctx);
  await recordObjectiveStatus(ctx.db, versionId, { objectiveId: input.objectiveId, status: input.status, reason: input.reason.trim(), on: day }, stamp);
  const what = input.status === 'computed' ? 'back to the judgement from the data' : input.status.replace(/_/g, ' ');
  await auditFor(ctx, 'plan')(
    'edit',
    versionId,
    `Objective ${input.objectiveId} of plan version ${String(version.version)} (client ${version.clientId}) judged ${what} by the clinician (reason recorded)`,
    stamp.now,
  );
}
