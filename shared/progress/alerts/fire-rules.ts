/**
 * The fire condition of each §6.2 alert, one function per alert. A rule returns when the condition started and what
 * fired, or null when the alert is clear. Rules read days already turned into clinic days by `AlertContext`.
 */
import { getInstrument } from '../../instruments';
import { addDays, daysBetween } from '../plans/days';
import { RULES, type RuleId } from '../recommendation/rules';
import type { AlertClientInput, AlertId, AlertParams, MeasureScore } from './types';

export interface AlertContext {
  /** Today in the clinic's time zone. */
  readonly today: string;
  readonly dayOf: (instant: string) => string;
  readonly params: AlertParams;
}

export interface Fired {
  readonly id: AlertId;
  readonly since: string;
  readonly detail: string;
}

type Rule = (c: AlertClientInput, x: AlertContext) => Fired | Fired[] | null;

const after = (a: string | null, b: string) => a !== null && a >= b;

function openAlert(c: AlertClientInput, x: AlertContext): Fired | null {
  if (!c.openSafetyAlertSince) return null;
  return { id: 'safety.open_alert', since: x.dayOf(c.openSafetyAlertSince), detail: 'Safety alert not yet answered by an assessment' };
}

function recentEvent(c: AlertClientInput, x: AlertContext): Fired | null {
  const window = (s: 'high' | 'lower') => (s === 'high' ? x.params.highSafetyDays : x.params.lowerSafetyDays);
  const open = c.safetyEvents.filter((e) => {
    const ago = daysBetween(x.dayOf(e.at), x.today);
    return ago >= 0 && ago <= window(e.severity) && !after(c.safetyPlanReviewedAt, e.at);
  });
  if (open.length === 0) return null;
  const first = [...open].sort((a, b) => a.at.localeCompare(b.at))[0];
  const high = open.some((e) => e.severity === 'high');
  return {
    id: 'safety.recent_event',
    since: x.dayOf(first?.at ?? ''),
    detail: `${high ? 'High-severity safety event' : 'Safety event'}; safety plan not reviewed since`,
  };
}

/** The rule's reason in plain words (the review screen shows it in full). */
function ruleWhy(rule: RuleId): string {
  return RULES.find((r) => r.id === rule)?.why ?? rule;
}

function recommendation(c: AlertClientInput, x: AlertContext): Fired | null {
  const r = c.recommendation;
  if (!r || r.value === 'continue' || after(c.lastReviewSignedAt, r.evidenceAt)) return null;
  const since = x.dayOf(r.evidenceAt);
  if (r.value === 'intensify') return { id: 'review.recommend_intensify', since, detail: ruleWhy(r.rule) };
  return { id: 'review.recommend_change', since, detail: ruleWhy(r.rule) };
}

function missedSessions(c: AlertClientInput, x: AlertContext): Fired | null {
  const marks = [...c.attendance].filter((m) => m.outcome !== 'excused').sort((a, b) => a.at.localeCompare(b.at));
  let streak = 0;
  while (streak < marks.length && marks[marks.length - 1 - streak]?.outcome === 'missed') streak += 1;
  const lastAttended = [...marks].reverse().find((m) => m.outcome === 'attended');
  const lastDay = lastAttended ? x.dayOf(lastAttended.at) : c.admissionDate;
  const daysSince = daysBetween(lastDay, x.today);
  // A dated outreach (a clinic day) counts from the day after the last attendance; an instant from that instant.
  const outreach = c.outreachAt.some((at) => !lastAttended || (/^\d{4}-\d{2}-\d{2}$/.test(at) ? at > lastDay : at >= lastAttended.at));
  if (outreach) return null;
  if (streak >= x.params.missedInARow) {
    const first = marks[marks.length - streak];
    return { id: 'engagement.missed_sessions', since: x.dayOf(first?.at ?? lastDay), detail: `${String(streak)} sessions missed in a row` };
  }
  if (daysSince >= x.params.daysSinceAttended) {
    const words = lastAttended ? `${String(daysSince)} days since last attended` : `No session attended in ${String(daysSince)} days since admission`;
    return { id: 'engagement.missed_sessions', since: addDays(lastDay, x.params.daysSinceAttended), detail: words };
  }
  return null;
}

function byInstrument(scores: readonly MeasureScore[]): Map<string, MeasureScore[]> {
  const map = new Map<string, MeasureScore[]>();
  for (const s of [...scores].sort((a, b) => a.at.localeCompare(b.at))) map.set(s.instrumentId, [...(map.get(s.instrumentId) ?? []), s]);
  return map;
}

/** Points of reliable change on an instrument's total; null when it has no classifiable total. */
export function reliableChangePoints(instrumentId: string): number | null {
  const change = getInstrument(instrumentId)?.change;
  if (!change || change.range === null || change.measure !== 'total') return null;
  return change.reliableChangePoints;
}

/** Change in the worsening direction (positive = worse). */
export function worsening(instrumentId: string, before: number, after: number): number {
  const direction = getInstrument(instrumentId)?.change.direction;
  return direction === 'higher_is_better' ? before - after : after - before;
}

function deterioration(c: AlertClientInput, x: AlertContext): Fired[] {
  return [...byInstrument(c.measures)].flatMap(([instrumentId, list]): Fired[] => {
    const rc = reliableChangePoints(instrumentId);
    const baseline = list[0];
    const latest = list[list.length - 1];
    if (rc === null || !baseline || !latest || list.length < 2) return [];
    if (worsening(instrumentId, baseline.score, latest.score) < rc || after(c.lastReviewSignedAt, latest.at)) return [];
    const detail = `${instrumentId} ${String(baseline.score)} → ${String(latest.score)}: reliably worse than baseline`;
    return [{ id: 'measure.reliable_deterioration', since: x.dayOf(latest.at), detail }];
  });
}

function substanceUse(c: AlertClientInput, x: AlertContext): Fired | null {
  const s = c.substanceUse;
  if (c.track === 'mh' || !s || s.last14 < 3 || s.last14 < s.prior14) return null;
  if (s.lastUseOn && after(c.lastReviewSignedAt === null ? null : x.dayOf(c.lastReviewSignedAt), s.lastUseOn)) return null;
  // Without a last-use day the condition is the 14-day window's (like alerts 10 and 12): a stable start, not today.
  return {
    id: 'substance.use_increase',
    since: s.lastUseOn ?? addDays(x.today, -13),
    detail: `Use on ${String(s.last14)} of the last 14 days (${String(s.prior14)} the 14 before)`,
  };
}

/** What the review-date alerts (7 and 14) read of a client. */
export type ReviewDateInput = Pick<AlertClientInput, 'reviewDueOn' | 'recertDueOn' | 'lastReviewSignedAt'>;

/** A signed review answers a due date when signed within the due-soon window before it, or later. */
function reviewAnswers(c: ReviewDateInput, x: AlertContext, dueOn: string): boolean {
  return c.lastReviewSignedAt !== null && x.dayOf(c.lastReviewSignedAt) >= addDays(dueOn, -x.params.reviewDueSoonDays);
}

/** `review.overdue`, `review.due_soon` and `recert.overdue` (§6.2 alerts 7 and 14); the supervisor view reuses them. */
export function reviewDates(c: ReviewDateInput, x: AlertContext): Fired[] {
  const out: Fired[] = [];
  const due = c.reviewDueOn;
  if (due && !reviewAnswers(c, x, due)) {
    const left = daysBetween(x.today, due);
    if (left < 0) out.push({ id: 'review.overdue', since: addDays(due, 1), detail: `Review was due ${due}` });
    else if (left <= x.params.reviewDueSoonDays)
      out.push({ id: 'review.due_soon', since: addDays(due, -x.params.reviewDueSoonDays), detail: `Review due ${due}` });
  }
  const recert = c.recertDueOn;
  if (recert && recert < x.today && !reviewAnswers(c, x, recert))
    out.push({ id: 'recert.overdue', since: addDays(recert, 1), detail: `Recertification was due ${recert}` });
  return out;
}

function measureOverdue(c: AlertClientInput, x: AlertContext): Fired | null {
  const missed = [...c.missedScheduledMeasures].sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  const primary = c.primaryInstrument;
  if (primary) {
    const last =
      c.measures
        .filter((m) => m.instrumentId === primary)
        .map((m) => x.dayOf(m.at))
        .sort()
        .pop() ?? null;
    const from = last ?? c.admissionDate;
    if (daysBetween(from, x.today) > x.params.measureStaleDays) {
      const detail = last ? `${primary} last given ${last}` : `${primary} never given`;
      return { id: 'measure.overdue', since: addDays(from, x.params.measureStaleDays + 1), detail };
    }
  }
  return missed ? { id: 'measure.overdue', since: missed.dueOn, detail: `${missed.instrumentId} was due ${missed.dueOn}` } : null;
}

const below = (part: number, whole: number, pct: number) => whole > 0 && part * 100 < pct * whole;

function lowAdherence(c: AlertClientInput, x: AlertContext): Fired | null {
  const m = c.medication14;
  if (!m || !below(m.taken, m.scheduled, x.params.adherencePct)) return null;
  return { id: 'medication.low_adherence', since: addDays(x.today, -13), detail: `${String(m.taken)} of ${String(m.scheduled)} doses taken in 14 days` };
}

function signatures(c: AlertClientInput, x: AlertContext): Fired | null {
  const late = c.pendingSignatures.filter((s) => {
    const limit = s.kind === 'cosign' ? x.params.cosignDays : x.params.clientAcknowledgementDays;
    return daysBetween(x.dayOf(s.requestedAt), x.today) > limit;
  });
  const first = [...late].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt))[0];
  if (!first) return null;
  const what = first.kind === 'cosign' ? 'Co-signature' : 'Client acknowledgement';
  const more = late.length > 1 ? ` (+${String(late.length - 1)} more)` : '';
  return { id: 'signature.pending', since: x.dayOf(first.requestedAt), detail: `${what} waiting since ${x.dayOf(first.requestedAt)}${more}` };
}

function homework(c: AlertClientInput, x: AlertContext): Fired | null {
  const h = c.homework14;
  if (!h || !below(h.done, h.expected, x.params.homeworkPct)) return null;
  return { id: 'homework.low_completion', since: addDays(x.today, -13), detail: `Homework ${String(h.done)} of ${String(h.expected)} done in 14 days` };
}

function checkInGap(c: AlertClientInput, x: AlertContext): Fired | null {
  if (!c.checkInsExpected || !c.lastCheckInAt) return null;
  const last = x.dayOf(c.lastCheckInAt);
  if (daysBetween(last, x.today) <= x.params.checkInGapDays) return null;
  return { id: 'checkin.gap', since: addDays(last, 1), detail: `No check-in since ${last}` };
}

/** Every rule; the order here does not matter (alerts are sorted by rank afterwards). */
export const FIRE_RULES: readonly Rule[] = [
  openAlert,
  recentEvent,
  recommendation,
  missedSessions,
  deterioration,
  substanceUse,
  reviewDates,
  measureOverdue,
  lowAdherence,
  signatures,
  homework,
  checkInGap,
];
