/**
 * What may change in a stored careplans record (progress.md §0.3, §1.3, §1.7): a plan version is editable only as a
 * draft; once frozen its content, hash and identity never change, signatures are only appended and the status only
 * moves forward. A finished review-type record ('signed') never changes. The server's validate_doc_update mirrors it.
 */
import { jsonEqual } from '../../sync/canonical-json';
import { VERSIONED_PLAN_KINDS, type CarePlan } from '../../domain/records';
import { canTransition } from './plan-status';
import { PLAN_VERSION_STATUSES, type PlanVersionStatus } from './types';

const FIXED_WHEN_FROZEN = [
  'kind',
  'clientId',
  'planId',
  'version',
  'previousVersionId',
  'effectiveFrom',
  'reviewDueOn',
  'contentHash',
  'content',
  'authorId',
  'createdAt',
] as const;

const isPlanStatus = (s: string): s is PlanVersionStatus => PLAN_VERSION_STATUSES.some((p) => p === s);

function appended(prev: readonly unknown[], next: readonly unknown[]): boolean {
  return next.length >= prev.length && prev.every((s, i) => jsonEqual(s, next[i]));
}

function versionRefusal(before: CarePlan, after: CarePlan & { readonly _deleted?: boolean }): string | null {
  if (before.status === 'draft') {
    // A draft discarded (entered in error) was never signed: it has no hash to freeze.
    if (after.status !== 'draft' && after.status !== 'entered_in_error' && after.contentHash === '')
      return 'A plan version is frozen with its content hash when it is signed.';
    return null;
  }
  const what = `Version ${String(before.version)} of this plan is signed`;
  if (after._deleted === true) return `${what} and cannot be deleted; mark it entered in error instead.`;
  if (FIXED_WHEN_FROZEN.some((k) => !jsonEqual(before[k], after[k]))) return `${what} and cannot change; start a new version.`;
  if (!appended(before.signatures, after.signatures)) return `${what}: its signatures cannot be changed or removed.`;
  if (!appended(before.lifecycle, after.lifecycle)) return `${what}: its status history cannot be changed or removed.`;
  if (before.status !== after.status && !(isPlanStatus(before.status) && isPlanStatus(after.status) && canTransition(before.status, after.status))) {
    return `${what}: it cannot go from ${before.status} to ${after.status}.`;
  }
  return null;
}

/** Why the change from `before` to `after` is refused, or null when it is allowed. */
export function carePlanChangeRefusal(before: CarePlan, after: CarePlan & { readonly _deleted?: boolean }): string | null {
  if (before.status === 'signed') return 'This record is signed and cannot change.';
  if (before.kind === 'progress_review' && after.status === 'signed' && after.contentHash === '')
    return 'A review is frozen with its content hash when it is signed.';
  if (before.kind === 'discharge_summary' && after.status === 'signed' && after.contentHash === '')
    return 'A discharge summary is frozen with its content hash when it is signed.';
  if (VERSIONED_PLAN_KINDS.includes(before.kind)) return versionRefusal(before, after);
  return null;
}
