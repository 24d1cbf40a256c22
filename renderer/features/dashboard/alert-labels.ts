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

/** The chart tab that resolves each alert (the chart opens on it). */
const RESOLVING_TAB: Readonly<Record<AlertId, string>> = {
  'safety.open_alert': 'measures',
  'safety.recent_event': 'measures',
  'review.recommend_intensify': 'plan',
  'engagement.missed_sessions': 'sessions',
  'measure.reliable_deterioration': 'measures',
  'substance.use_increase': 'plan',
  'review.overdue': 'plan',
  'recert.overdue': 'plan',
  'review.recommend_change': 'plan',
  'measure.overdue': 'measures',
  'medication.low_adherence': 'medications',
  'signature.pending': 'notes',
  'homework.low_completion': 'plan',
  'checkin.gap': 'checkins',
  'review.due_soon': 'plan',
};

/** Where the user goes to resolve an alert. */
export function alertLink(alertId: AlertId, clientId: string): string {
  return `/clients/${clientId}?tab=${RESOLVING_TAB[alertId]}`;
}
