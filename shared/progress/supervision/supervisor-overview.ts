/**
 * The supervisor view of the caseload dashboard (progress.md §6.1 item 4): per clinician, the plan versions and
 * progress reviews still to sign or co-sign, the signed reviews whose decision differs from the engine's
 * recommendation over a recent window, and the reviews overdue (the same rule as alert 7, §6.2). Clients count under
 * their primary clinician, as the dashboard's clinician filter does. Pure: the clock is a parameter.
 */
import { addDays } from '../plans/days';
import type { TreatmentPlanVersion } from '../plans/types';
import { alertContext, reviewDates, type AlertClock } from '../alerts';
import { cosignStateOf, nextReviewDue } from '../reviews/review-overview';
import { agreesWithRecommendation } from '../reviews/review-decision';
import type { ProgressReview, ReviewAttachment, ReviewDecisionKind } from '../reviews/review-types';
import type { Recommendation } from '../recommendation/rules';

/** Signed reviews are counted for disagreement over this many days, today included. */
export const DISAGREEMENT_WINDOW_DAYS = 90;

export interface SupervisedClient {
  readonly id: string;
  readonly name: string;
  readonly status: 'active' | 'planned' | 'discharged';
  readonly primaryClinicianId: string;
}

/** Everything the view is computed from: all clients, plan versions, reviews and their co-sign/addendum records. */
export interface SupervisionRecords {
  readonly clients: readonly SupervisedClient[];
  readonly plans: readonly TreatmentPlanVersion[];
  readonly reviews: readonly ProgressReview[];
  readonly attachments: readonly ReviewAttachment[];
}

export interface PlanToSign {
  readonly clientId: string;
  readonly clientName: string;
  readonly versionId: string;
  readonly version: number;
  /** 'draft': the author has not signed; 'awaiting_signatures': a co-sign is owed. */
  readonly status: 'draft' | 'awaiting_signatures';
}

export interface ReviewToSign {
  readonly clientId: string;
  readonly clientName: string;
  readonly reviewId: string;
  readonly asOfDate: string;
  readonly state: 'draft' | 'awaiting_cosign';
}

export interface Disagreement {
  readonly clientId: string;
  readonly clientName: string;
  readonly reviewId: string;
  readonly asOfDate: string;
  readonly decision: ReviewDecisionKind;
  readonly recommendation: Recommendation;
}

export interface OverdueReview {
  readonly clientId: string;
  readonly clientName: string;
  readonly dueOn: string;
}

/** One clinician's row; every list sorted by client name. */
export interface ClinicianSupervision {
  readonly clinicianId: string;
  readonly plansToSign: readonly PlanToSign[];
  readonly reviewsToSign: readonly ReviewToSign[];
  readonly disagreements: readonly Disagreement[];
  readonly reviewsOverdue: readonly OverdueReview[];
}

const byName = <T extends { readonly clientName: string; readonly clientId: string }>(a: T, b: T) =>
  a.clientName.localeCompare(b.clientName) || a.clientId.localeCompare(b.clientId);

/** Plan versions not yet in force: drafts and versions awaiting a co-sign, of active clients. */
export function plansToSign(client: SupervisedClient, plans: readonly TreatmentPlanVersion[]): PlanToSign[] {
  if (client.status !== 'active') return [];
  return plans.flatMap((p) =>
    p.clientId === client.id && (p.status === 'draft' || p.status === 'awaiting_signatures')
      ? [{ clientId: client.id, clientName: client.name, versionId: p.versionId, version: p.version, status: p.status }]
      : [],
  );
}

/** Review drafts of active clients, and signed reviews awaiting their supervisor co-sign (of any client: a discharge decision is co-signed after). */
export function reviewsToSign(client: SupervisedClient, reviews: readonly ProgressReview[], attachments: readonly ReviewAttachment[]): ReviewToSign[] {
  return reviews.flatMap((r): ReviewToSign[] => {
    if (r.clientId !== client.id) return [];
    const state =
      r.status === 'draft' ? (client.status === 'active' ? 'draft' : null) : cosignStateOf(r, attachments).state === 'awaiting' ? 'awaiting_cosign' : null;
    return state ? [{ clientId: client.id, clientName: client.name, reviewId: r.id, asOfDate: r.asOfDate, state }] : [];
  });
}

/** Signed reviews dated within the window ending `today` whose decision is not the engine's recommendation. */
export function disagreements(client: SupervisedClient, reviews: readonly ProgressReview[], today: string): Disagreement[] {
  const from = addDays(today, -(DISAGREEMENT_WINDOW_DAYS - 1));
  return reviews.flatMap((r): Disagreement[] => {
    const d = r.decision.decision;
    if (r.clientId !== client.id || r.status !== 'signed' || r.recommendation === null || d === '') return [];
    if (r.asOfDate < from || r.asOfDate > today || agreesWithRecommendation(d, r.recommendation)) return [];
    return [
      { clientId: client.id, clientName: client.name, reviewId: r.id, asOfDate: r.asOfDate, decision: d, recommendation: r.recommendation.recommendation },
    ];
  });
}

/**
 * The review overdue of an active client, by alert 7's rule: the review date is the later of the active plan's and
 * the one the latest signed review set; a review signed within the due-soon window before it answers it.
 */
export function reviewOverdue(
  client: SupervisedClient,
  plans: readonly TreatmentPlanVersion[],
  reviews: readonly ProgressReview[],
  clock: AlertClock,
): OverdueReview | null {
  if (client.status !== 'active') return null;
  const mine = reviews.filter((r) => r.clientId === client.id);
  const activePlan = plans.filter((p) => p.clientId === client.id && p.status === 'active').sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  const dueOn = nextReviewDue(activePlan ?? null, mine);
  const lastReviewSignedAt =
    mine
      .filter((r) => r.status === 'signed')
      .map((r) => r.signedAt || r.updatedAt)
      .sort()
      .at(-1) ?? null;
  const fired = reviewDates({ reviewDueOn: dueOn || null, recertDueOn: null, lastReviewSignedAt }, alertContext(clock));
  return fired.some((f) => f.id === 'review.overdue') ? { clientId: client.id, clientName: client.name, dueOn } : null;
}

/** `items` grouped by `key`, in their order: each list of the clinic is walked once, not once per client. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Each client's plans, reviews and its reviews' attachments, from the clinic's lists indexed once. */
function perClientRecords(records: SupervisionRecords): (clientId: string) => Omit<SupervisionRecords, 'clients'> {
  const plans = groupBy(records.plans, (p) => p.clientId);
  const reviews = groupBy(records.reviews, (r) => r.clientId);
  const attachments = groupBy(records.attachments, (a) => a.reviewId);
  return (clientId) => {
    const mine = reviews.get(clientId) ?? [];
    return { plans: plans.get(clientId) ?? [], reviews: mine, attachments: mine.flatMap((r) => attachments.get(r.id) ?? []) };
  };
}

/**
 * One row per clinician: the ones picked (`clinicianIds`, each shown even with nothing to do), or, for every
 * clinician (null), each one who is the primary clinician of a client with something counted.
 */
export function supervisionOverview(records: SupervisionRecords, clinicianIds: readonly string[] | null, clock: AlertClock): ClinicianSupervision[] {
  const today = alertContext(clock).today;
  const recordsOf = perClientRecords(records);
  const perClient = records.clients
    .filter((c) => clinicianIds === null || clinicianIds.includes(c.primaryClinicianId))
    .map((c) => {
      const { plans, reviews, attachments } = recordsOf(c.id);
      const overdue = reviewOverdue(c, plans, reviews, clock);
      return {
        clinicianId: c.primaryClinicianId,
        plansToSign: plansToSign(c, plans),
        reviewsToSign: reviewsToSign(c, reviews, attachments),
        disagreements: disagreements(c, reviews, today),
        reviewsOverdue: overdue ? [overdue] : [],
      };
    });
  const counted = perClient.filter((c) => c.plansToSign.length + c.reviewsToSign.length + c.disagreements.length + c.reviewsOverdue.length > 0);
  const ids = clinicianIds ?? [...new Set(counted.map((c) => c.clinicianId))];
  const byClinician = groupBy(perClient, (c) => c.clinicianId);
  return [...new Set(ids)].map((id) => {
    const of = byClinician.get(id) ?? [];
    return {
      clinicianId: id,
      plansToSign: of.flatMap((c) => c.plansToSign).sort(byName),
      reviewsToSign: of.flatMap((c) => c.reviewsToSign).sort(byName),
      disagreements: of.flatMap((c) => c.disagreements).sort(byName),
      reviewsOverdue: of.flatMap((c) => c.reviewsOverdue).sort(byName),
    };
  });
}
