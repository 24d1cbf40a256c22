/** New plans and revisions of safety and relapse-prevention plans (progress.md §1.7, §4.3). */
import { reviewDueOn } from '../plans/plan-status';
import { startingSections } from './sections';
import { filledEntries } from './validation';
import type { SafetyPlanStart, SafetyPlanVersion } from './types';

/** Version 1 of a new plan as a draft: empty sections except the crisis lines; review due with the default cycle. */
export function newSafetyPlan(start: SafetyPlanStart): SafetyPlanVersion {
  return {
    ...start,
    version: 1,
    previousVersionId: null,
    status: 'draft',
    reviewDueOn: reviewDueOn('waypoint_default', start.effectiveFrom),
    changeSummary: '',
    createdWithClientPresent: false,
    sections: startingSections(start.kind),
    reasonsForLiving: '',
    signatures: [],
    contentHash: '',
  };
}

/** The next version as a draft: the same content to edit, no signatures, no hash, a change summary still to write. */
export function nextSafetyPlanVersion(previous: SafetyPlanVersion, start: { readonly versionId: string; readonly effectiveFrom: string }): SafetyPlanVersion {
  return {
    ...previous,
    versionId: start.versionId,
    version: previous.version + 1,
    previousVersionId: previous.versionId,
    status: 'draft',
    effectiveFrom: start.effectiveFrom,
    reviewDueOn: reviewDueOn('waypoint_default', start.effectiveFrom),
    changeSummary: '',
    createdWithClientPresent: false,
    signatures: [],
    contentHash: '',
  };
}

/** The content as it is signed: blank lines left out, text as typed. */
export function withoutBlankLines(v: SafetyPlanVersion): SafetyPlanVersion {
  return { ...v, sections: Object.fromEntries(Object.entries(v.sections).map(([id, entries]) => [id, filledEntries(entries)])) };
}

/** The version in force: the active one, or null. */
export function activeVersion(versions: readonly SafetyPlanVersion[]): SafetyPlanVersion | null {
  return versions.find((v) => v.status === 'active') ?? null;
}
