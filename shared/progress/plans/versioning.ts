/** Plan revisions (progress.md §1.7): a new version is a copy carrying every id forward; the old one is superseded. */
import { reviewDueOn } from './plan-status';
import type { TreatmentPlanVersion } from './types';

/** What revision rules read of a version (treatment, safety or relapse-prevention plan). */
export type RevisableVersion = Pick<TreatmentPlanVersion, 'planId' | 'status' | 'version'>;

/** What a revision starts from; ids and dates are parameters. */
export interface RevisionStart {
  readonly versionId: string;
  readonly effectiveFrom: string;
  readonly basedOnReviewId: string | null;
}

/** Open versions (draft or awaiting signatures) of one plan. */
export function openVersions<V extends RevisableVersion>(versions: readonly V[], planId: string): readonly V[] {
  return versions.filter((v) => v.planId === planId && (v.status === 'draft' || v.status === 'awaiting_signatures'));
}

/** A refusal message when a revision cannot start: an unsigned one is still open, or the base is not the active one. */
export function revisionRefusal(versions: readonly RevisableVersion[], base: RevisableVersion): string | null {
  const open = openVersions(versions, base.planId)[0];
  if (open) return `Version ${String(open.version)} is still unsigned: finish or discard it before starting another revision.`;
  if (base.status !== 'active') return 'Only the active version can be revised.';
  return null;
}

/**
 * A draft of the next version: the same problems, goals, objectives and interventions with the same ids (so each
 * objective keeps one history), no signatures, no hash, and a change summary still to write.
 */
export function newVersionFrom(previous: TreatmentPlanVersion, start: RevisionStart): TreatmentPlanVersion {
  return {
    ...previous,
    versionId: start.versionId,
    version: previous.version + 1,
    previousVersionId: previous.versionId,
    status: 'draft',
    effectiveFrom: start.effectiveFrom,
    reviewDueOn: reviewDueOn(previous.reviewPreset, start.effectiveFrom, start.basedOnReviewId ? start.effectiveFrom : null),
    basedOnReviewId: start.basedOnReviewId,
    changeSummary: '',
    signatures: [],
    contentHash: '',
  };
}

/** The previous version once its successor becomes active (never otherwise edited). */
export function supersede(previous: TreatmentPlanVersion): TreatmentPlanVersion {
  return { ...previous, status: 'superseded' };
}

/** Versions of one plan, newest first. */
export function versionHistory<V extends RevisableVersion>(versions: readonly V[], planId: string): readonly V[] {
  return versions.filter((v) => v.planId === planId).sort((a, b) => b.version - a.version);
}
