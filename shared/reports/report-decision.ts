/**
 * The "Recommendation and decision" input of a progress report (progress.md §7.1): the latest review signed on or before
 * the period's last day, with its reason, target level and date, plan changes and signatures. Pure.
 */
import { DECISION_LABELS, OVERRIDE_REASON_LABELS, type PlanChanges, type ProgressReview, type ReviewAttachment } from '../progress/reviews/review-types';
import { latestSignedReview } from '../progress/reviews/review-overview';
import { outreachLine } from '../progress/reviews/review-decision';
import { longDate } from './report-words';
import type { ReportDecision, ReportPeriod } from './progress-report-input';

/** The plan changes a review asks for, one phrase each ([] when it asks for none). */
export function planChangeLines(changes: PlanChanges): string[] {
  return [
    ...(changes.frequency.trim() ? [`session frequency: ${changes.frequency.trim()}`] : []),
    ...(changes.newModality ? [`add ${changes.newModality}`] : []),
    ...(changes.medicationReviewRequested ? ['medication review'] : []),
    ...(changes.familyInvolvement ? ['involve family'] : []),
  ];
}

const LABELS: Readonly<Record<string, string>> = DECISION_LABELS;

function labelOf(decision: string): string {
  return LABELS[decision] ?? decision;
}

/**
 * The decision a report for `period` shows: the latest signed review dated on or before `period.to`, or null.
 * `staffName` names a signer (an unknown id reads "unknown").
 */
export function reportDecisionOf(
  reviews: readonly ProgressReview[],
  attachments: readonly ReviewAttachment[],
  period: ReportPeriod,
  staffName: (id: string) => string | undefined,
): ReportDecision | null {
  const review = latestSignedReview(reviews.filter((r) => r.asOfDate <= period.to));
  if (!review || review.decision.decision === '') return null;
  const d = review.decision;
  const cosign = attachments.filter((a) => a.reviewId === review.id && a.entry === 'cosign').at(0);
  const recommended = review.recommendation?.recommendation ?? null;
  return {
    decidedOn: review.asOfDate,
    decision: d.decision,
    decisionLabel: labelOf(d.decision),
    recommendationLabel: recommended ? labelOf(recommended) : null,
    overrideReason: d.overrideReason ? OVERRIDE_REASON_LABELS[d.overrideReason] : null,
    targetLevel: d.targetLevelOfCare || null,
    targetDate: d.targetDate || null,
    rationale: d.rationale,
    planChanges: planChangeLines(d.planChanges),
    decidedBy: staffName(review.authorId) ?? 'unknown',
    signedOn: review.signedAt.slice(0, 10),
    cosignedBy: cosign ? `${staffName(cosign.signerId) ?? 'unknown'} on ${cosign.signedAt.slice(0, 10)}` : null,
    outreach: outreachLine(d, longDate),
  };
}

/**
 * The decision as the payer report and the discharge summary print it (§7.1, §7.3): decision and recommendation,
 * target, rationale, plan changes, the outreach a discharge relied on (§5.5) and the signatures. Older decisions
 * frozen into a signed discharge summary lack the newer fields; they print what they have.
 */
export function decisionLines(d: ReportDecision): string[] {
  const recommended = d.recommendationLabel ? ` Recommendation: ${d.recommendationLabel}.` : '';
  const differs = d.overrideReason ? ` Differs from the recommendation: ${d.overrideReason}.` : '';
  const target = d.targetLevel
    ? `Target level of care: ${d.targetLevel}${d.targetDate ? ` from ${longDate(d.targetDate)}` : ''}.`
    : 'Target level of care: unchanged.';
  const signed = `Signed by ${d.decidedBy}${d.signedOn ? ` on ${longDate(d.signedOn)}` : ''}${d.cosignedBy ? `; co-signed by ${d.cosignedBy}` : ''}.`;
  return [
    `Review of ${longDate(d.decidedOn)}: decision ${d.decisionLabel ?? labelOf(d.decision)}.${recommended}${differs}`,
    target,
    `Rationale: ${d.rationale || '—'}`,
    ...(d.planChanges ? [`Plan changes: ${d.planChanges.length > 0 ? d.planChanges.join('; ') : 'none'}.`] : []),
    ...(d.outreach ? [d.outreach] : []),
    signed,
  ];
}
