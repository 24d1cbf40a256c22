/**
 * Pure rules of the clinician's decision (progress.md §5.4, §5.5): what a signature needs, when a supervisor must
 * co-sign, and which discharge/transfer steps the decision opens. No clock: dates are parameters.
 */
import type { FieldErrors } from '../../domain/client';
import { daysBetween } from '../plans/days';
import type { RecommendationResult } from '../recommendation/engine';
import { ratingErrors } from './structured-ratings';
import { DECISION_LABELS, type OutreachAttempt, type ReviewDecisionInput, type ReviewDecisionKind } from './review-types';

/** §5.4: a rationale of at least 20 characters (WD). */
export const MIN_RATIONALE = 20;
/** §5.5: at least 2 outreach attempts on different days before a disengagement discharge (WD). */
export const MIN_OUTREACH_DAYS = 2;

/** True when the decision is the recommendation's own outcome. */
export function agreesWithRecommendation(decision: ReviewDecisionKind | '', recommendation: RecommendationResult | null): boolean {
  return recommendation !== null && decision === recommendation.recommendation;
}

/** True when a discharge now would be the disengagement discharge of rule `discharge.disengaged`. */
export function isDisengagementDischarge(decision: ReviewDecisionKind | '', recommendation: RecommendationResult | null): boolean {
  return (
    decision === 'discharge' &&
    recommendation !== null &&
    recommendation.matchedRules.includes('discharge.disengaged') &&
    !recommendation.matchedRules.includes('discharge.goals_met')
  );
}

/** Distinct days with a documented outreach attempt. */
export function outreachDays(attempts: readonly OutreachAttempt[]): number {
  return new Set(attempts.filter((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.date)).map((a) => a.date)).size;
}

export const OUTREACH_METHOD_LABELS: Readonly<Record<OutreachAttempt['method'], string>> = {
  phone: 'Phone',
  text: 'Text message',
  letter: 'Letter',
  emergency_contact: 'Emergency contact (with consent)',
};

/** The dated outreach attempts a discharge decision relied on (§5.5), oldest first; none for any other decision. */
export function outreachReliedOn(d: ReviewDecisionInput): readonly OutreachAttempt[] {
  if (d.decision !== 'discharge') return [];
  return [...d.outreach.filter((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.date))].sort((a, b) => a.date.localeCompare(b.date));
}

/** "Outreach before discharge: Phone on 1 Dec 2026; Letter on 3 Dec 2026." or null; `day` words a date. */
export function outreachLine(d: ReviewDecisionInput, day: (iso: string) => string): string | null {
  const attempts = outreachReliedOn(d);
  if (attempts.length === 0) return null;
  return `Outreach before discharge: ${attempts.map((a) => `${OUTREACH_METHOD_LABELS[a.method]} on ${day(a.date)}`).join('; ')}.`;
}

function needsTargetLevel(d: ReviewDecisionInput): boolean {
  return d.decision === 'step_down' || d.decision === 'transfer';
}

function targetErrors(d: ReviewDecisionInput, asOfDate: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (needsTargetLevel(d) && d.targetLevelOfCare.trim() === '')
    errors.targetLevelOfCare = `${DECISION_LABELS[d.decision as ReviewDecisionKind]} needs the target level of care.`;
  if (d.targetLevelOfCare.trim() !== '' && d.targetDate === '') errors.targetDate = 'Give the date the target level should start.';
  if (d.targetDate !== '' && daysBetween(asOfDate, d.targetDate) < 0) errors.targetDate = 'The target date cannot be before the review date.';
  return errors;
}

/**
 * What stops this decision being signed, at its fields ({} when it can be signed). The decision may differ from the
 * recommendation, but then a reason is required; a disengagement discharge needs documented outreach first.
 */
export function decisionSigningErrors(d: ReviewDecisionInput, recommendation: RecommendationResult | null, asOfDate: string): FieldErrors {
  const errors: Record<string, string> = {};
  if (recommendation === null) errors.evidence = 'The evidence has not been loaded: there is no recommendation to decide on.';
  if (d.decision === '') errors.decision = 'Choose a decision.';
  if (d.rationale.trim().length < MIN_RATIONALE) errors.rationale = `Write the rationale: at least ${String(MIN_RATIONALE)} characters.`;
  if (d.decision !== '' && recommendation !== null && !agreesWithRecommendation(d.decision, recommendation) && d.overrideReason === '') {
    errors.overrideReason = `The decision differs from the recommendation (${DECISION_LABELS[recommendation.recommendation].toLowerCase()}): choose why.`;
  }
  if (isDisengagementDischarge(d.decision, recommendation) && outreachDays(d.outreach) < MIN_OUTREACH_DAYS) {
    errors.outreach = `A discharge for disengagement needs outreach documented on at least ${String(MIN_OUTREACH_DAYS)} different days first.`;
  }
  return { ...errors, ...targetErrors(d, asOfDate), ...ratingErrors(d.ratings) };
}

/**
 * §5.4: a supervisor co-signs when the author is supervised, when the decision is a discharge, and when it does not
 * follow an `intensify.*` recommendation.
 */
export function reviewNeedsCosign(authorSupervised: boolean, decision: ReviewDecisionKind | '', recommendation: RecommendationResult | null): boolean {
  if (authorSupervised || decision === 'discharge') return true;
  return recommendation !== null && recommendation.rule.startsWith('intensify.') && decision !== 'intensify';
}

/** A step the decision opens (§5.4): the review itself changes nothing, a person takes each step. */
export interface FollowUpStep {
  readonly key: 'plan_version' | 'level_change' | 'transfer_note' | 'aftercare_plan' | 'discharge_summary' | 'discharge_client';
  readonly label: string;
}

const STEPS: Readonly<Record<ReviewDecisionKind, readonly FollowUpStep[]>> = {
  continue: [],
  intensify: [{ key: 'plan_version', label: 'Revise the treatment plan (new version) for the changes decided' }],
  step_down: [
    { key: 'level_change', label: 'Record the transfer to the target level of care when it happens' },
    { key: 'plan_version', label: 'Write the treatment plan version for the target level of care' },
    { key: 'transfer_note', label: 'Write the transfer note for the receiving team' },
    { key: 'aftercare_plan', label: 'Update the aftercare (continuing-care) plan' },
  ],
  discharge: [
    { key: 'aftercare_plan', label: 'Write the aftercare (continuing-care) plan' },
    { key: 'discharge_summary', label: 'Write the discharge summary (within 15 days)' },
    { key: 'discharge_client', label: 'Discharge the client from the program' },
  ],
  transfer: [
    { key: 'level_change', label: 'Record the transfer when it happens' },
    { key: 'transfer_note', label: 'Write the transfer note for the receiving program' },
    { key: 'discharge_summary', label: 'Write the discharge summary (within 15 days)' },
    { key: 'discharge_client', label: 'Discharge the client from the program' },
  ],
};

/** The discharge/transfer or plan steps a signed decision opens; none for "continue". */
export function followUpSteps(decision: ReviewDecisionKind | ''): readonly FollowUpStep[] {
  return decision === '' ? [] : STEPS[decision];
}

export type ReviewDueState = 'overdue' | 'due_soon' | 'not_due' | 'none';

/** §1.5: due soon from 7 days before `dueOn`, overdue the day after; 'none' when no review date is set. */
export function reviewDueState(dueOn: string, today: string, dueSoonDays = 7): ReviewDueState {
  if (dueOn === '') return 'none';
  const days = daysBetween(today, dueOn);
  if (days < 0) return 'overdue';
  return days <= dueSoonDays ? 'due_soon' : 'not_due';
}

/** The next review date a signed review sets: the review's date plus the plan's cycle (30 days by default, §1.5). */
export function nextReviewDate(asOfDate: string, cycleDays = 30): string {
  const d = new Date(`${asOfDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + cycleDays);
  return d.toISOString().slice(0, 10);
}
