import type { TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import { versionHistory } from '../../../shared/progress/plans/versioning';

/** The versions of the client's current plan (the plan of the newest version), oldest first. */
export function currentPlanVersions(all: readonly TreatmentPlanVersion[]): readonly TreatmentPlanVersion[] {
  const newest = [...all].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version)[0];
  return newest ? [...versionHistory(all, newest.planId)].reverse() : [];
}
