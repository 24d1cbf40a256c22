/** What each alert is called on screen and which screen resolves it (progress.md §6.1 "each alert links"). */
import type { AlertId } from '../../../shared/progress/alerts';

export const ALERT_LABELS: Readonly<Record<AlertId, string>> = {
  'safety.open_alert': 'Safety alert open',
  'safety.recent_event': 'Recent safety event',
  'review.recommend_intensify': 'Review suggests intensifying',
  'engagement.missed_sessions': 'Missed sessions',
  'measure.reliable_deterioration': 'Reliable deterioration',
  'substance.use_increase': 'Substance use increase',
  'review.overdue': 'Review overdue',
  'recert.overdue': 'Recertification overdue',
  'review.recommend_change': 'Review suggests a change of care',
  'measure.overdue': 'Measure overdue',
  'medication.low_adherence': 'Low medication adherence',
  'signature.pending': 'Signature waiting',
  'homework.low_completion': 'Low homework completion',
  'checkin.gap': 'No recent check-in',
  'review.due_soon': 'Review due soon',
};

/**
 * The chart tabs that resolve each alert, best first: the first one the app has is opened (features merged later add
 * Overview with reviews, Plan, Homework, Behaviours); none present opens the chart on its first tab.
 */
const RESOLVING_TABS: Readonly<Record<AlertId, readonly string[]>> = {
  'safety.open_alert': ['measures'],
  'safety.recent_event': ['safety-plan', 'measures'],
  'review.recommend_intensify': ['overview', 'plan'],
  'engagement.missed_sessions': ['sessions'],
  'measure.reliable_deterioration': ['measures'],
  'substance.use_increase': ['behaviours', 'overview'],
  'review.overdue': ['overview', 'plan'],
  'recert.overdue': ['overview', 'plan'],
  'review.recommend_change': ['overview', 'plan'],
  'measure.overdue': ['measures'],
  'medication.low_adherence': ['medications'],
  'signature.pending': ['notes', 'plan'],
  'homework.low_completion': ['homework', 'plan'],
  'checkin.gap': ['checkins'],
  'review.due_soon': ['overview', 'plan'],
};

/** Alerts a signed progress review answers: they open the client's review (its draft, or the one now due). */
const REVIEW_ALERTS: ReadonlySet<AlertId> = new Set([
  'review.overdue',
  'review.due_soon',
  'recert.overdue',
  'review.recommend_intensify',
  'review.recommend_change',
]);

/**
 * Where the user goes to resolve an alert, given the chart tabs the app has: a review alert opens the review (the
 * reviews feature, present with its Overview tab, starts or continues it), any other the chart tab that resolves it.
 */
export function alertLink(alertId: AlertId, clientId: string, tabs: readonly string[]): string {
  if (REVIEW_ALERTS.has(alertId) && tabs.includes('overview')) return `/reviews/for/${encodeURIComponent(clientId)}`;
  const tab = RESOLVING_TABS[alertId].find((t) => tabs.includes(t));
  return tab ? `/clients/${clientId}?tab=${tab}` : `/clients/${clientId}`;
}
