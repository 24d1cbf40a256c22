/**
 * Settle-on-read (shared/progress/alerts/client-summary.ts): a summary built on one clinic day gives, on each of the
 * following days it holds, the alerts the records give on that day. Each row is one §6.2 alert with a client whose
 * records make it fire on some days and not on others, either through a day-independent fact measured against
 * today (a date, an instant) or through a part the records give differently by day (the evidence's windows: kept per
 * day in the summary). `onDay` stands for the records read on that day.
 */
import { describe, expect, it } from 'vitest';
import { ALERT_IDS, computeClientAlerts, type AlertClientInput, type AlertId } from '../../../../shared/progress/alerts';
import {
  CLIENT_SUMMARY_VERSION,
  dayChangesOf,
  settleSummary,
  summaryDays,
  SUMMARY_HORIZON_DAYS,
  type ClientSummary,
} from '../../../../shared/progress/alerts/client-summary';
import { addDays } from '../../../../shared/progress/plans/days';
import { alertInput } from '../../../utils/alert-input';

const BUILT_ON = '2026-12-04';
const timeZone = 'UTC';
const day = (n: number) => addDays(BUILT_ON, n);
const at = (n: number, time = '12:00:00.000Z') => `${day(n)}T${time}`;
/** From `from` days on (relative to the build day), `then`; before it, `before`. */
const from = <T>(d: string, n: number, before: T, then: T): T => (d >= day(n) ? then : before);

const quiet = alertInput({
  admissionDate: day(-40),
  track: 'sud',
  recommendation: { value: 'continue', rule: 'continue.default', evidenceAt: '0000-01-01T00:00:00.000Z' },
  attendance: [{ at: at(-1), outcome: 'attended' }],
});

interface Row {
  readonly id: AlertId;
  /** The client's alert input as the records give it on clinic day `d`. */
  readonly onDay: (d: string) => AlertClientInput;
  /** Whether the alert fires on the build day (it flips within the days the summary holds). */
  readonly firesOnBuildDay: boolean;
}

const ROWS: readonly Row[] = [
  // Day-independent and firing throughout: an open alert ends with a record (then the summary is rebuilt).
  { id: 'safety.open_alert', onDay: () => ({ ...quiet, openSafetyAlertSince: at(-1) }), firesOnBuildDay: true },
  { id: 'safety.recent_event', onDay: () => ({ ...quiet, safetyEvents: [{ at: at(-12), severity: 'lower' }] }), firesOnBuildDay: true },
  {
    id: 'review.recommend_intensify',
    onDay: (d) => ({
      ...quiet,
      recommendation: from(d, 3, quiet.recommendation, { value: 'intensify', rule: 'intensify.low_attendance', evidenceAt: '0000-01-01T00:00:00.000Z' }),
    }),
    firesOnBuildDay: false,
  },
  { id: 'engagement.missed_sessions', onDay: () => ({ ...quiet, attendance: [{ at: at(-4), outcome: 'attended' }] }), firesOnBuildDay: false },
  {
    id: 'measure.reliable_deterioration',
    onDay: () => ({
      ...quiet,
      lastReviewSignedAt: at(-20),
      measures: [
        { instrumentId: 'PHQ-9', at: at(-30), score: 5, band: 'mild' },
        { instrumentId: 'PHQ-9', at: at(-2), score: 17, band: 'moderately_severe' },
      ],
    }),
    firesOnBuildDay: true,
  },
  {
    id: 'substance.use_increase',
    onDay: (d) => ({
      ...quiet,
      substanceUse: from(d, 2, { last14: 2, prior14: 1, unknown14: 0, lastUseOn: null }, { last14: 3, prior14: 1, unknown14: 0, lastUseOn: null }),
    }),
    firesOnBuildDay: false,
  },
  { id: 'review.overdue', onDay: () => ({ ...quiet, reviewDueOn: day(2) }), firesOnBuildDay: false },
  { id: 'recert.overdue', onDay: () => ({ ...quiet, recertDueOn: day(1) }), firesOnBuildDay: false },
  {
    id: 'review.recommend_change',
    onDay: (d) => ({
      ...quiet,
      recommendation: from(d, 4, { value: 'step_down', rule: 'step_down.sustained_improvement', evidenceAt: '0000-01-01T00:00:00.000Z' }, quiet.recommendation),
    }),
    firesOnBuildDay: true,
  },
  {
    id: 'measure.overdue',
    onDay: () => ({ ...quiet, primaryInstrument: 'GAD-7', measures: [{ instrumentId: 'GAD-7', at: at(-12), score: 6, band: 'mild' }] }),
    firesOnBuildDay: false,
  },
  {
    id: 'medication.low_adherence',
    onDay: (d) => ({ ...quiet, medication14: from(d, 5, { taken: 10, scheduled: 14 }, { taken: 12, scheduled: 14 }) }),
    firesOnBuildDay: true,
  },
  {
    id: 'signature.pending',
    onDay: () => ({ ...quiet, pendingSignatures: [{ kind: 'cosign', requestedAt: at(-1), refId: 'note-1' }] }),
    firesOnBuildDay: false,
  },
  {
    id: 'homework.low_completion',
    onDay: (d) => ({ ...quiet, homework14: from(d, 1, { done: 2, expected: 4 }, { done: 1, expected: 4 }) }),
    firesOnBuildDay: false,
  },
  { id: 'checkin.gap', onDay: () => ({ ...quiet, checkInsExpected: true, lastCheckInAt: at(-1) }), firesOnBuildDay: false },
  { id: 'review.due_soon', onDay: () => ({ ...quiet, reviewDueOn: day(9) }), firesOnBuildDay: false },
];

/** The summary `summarize` stores for a client whose records give `onDay(d)` on each day it holds. */
function summaryOf(onDay: (d: string) => AlertClientInput): ClientSummary {
  const { input, days } = dayChangesOf(summaryDays(BUILT_ON, SUMMARY_HORIZON_DAYS + 1).map(onDay));
  const stamp = { day: BUILT_ON, timeZone, paramsKey: 'null' };
  return { version: CLIENT_SUMMARY_VERSION, clientId: 'c1', stamp, builtAt: at(0, '07:00:00.000Z'), input, days, evidenceInstants: [at(-1)] };
}

const live = { clientName: quiet.clientName, admissionDate: quiet.admissionDate };
const firing = (input: AlertClientInput, n: number) => computeClientAlerts(input, { now: new Date(at(n)), timeZone }).map((a) => a.id);
/** The records' recommendation carries the newest evidence instant (a response the day before the build). */
const withNewestEvidence = (input: AlertClientInput): AlertClientInput => ({
  ...input,
  recommendation: input.recommendation && { ...input.recommendation, evidenceAt: at(-1) },
});
const LATER_DAYS = Array.from({ length: SUMMARY_HORIZON_DAYS + 1 }, (_, n) => n);

describe('a summary built N days before settles on the day as the records give it', () => {
  it('covers every §6.2 alert', () => {
    expect(new Set(ROWS.map((r) => r.id))).toEqual(new Set(ALERT_IDS));
  });

  it.each(ROWS)('$id', ({ id, onDay, firesOnBuildDay }) => {
    const summary = summaryOf(onDay);
    const fired = LATER_DAYS.map((n) => {
      const settled = settleSummary(summary, live, day(n), at(n));
      if (!settled) throw new Error(`the summary holds on day ${String(n)}`);
      // The same alerts (this one and any other), with the same details, as from the records on that day.
      const fromRecords = computeClientAlerts(withNewestEvidence(onDay(day(n))), { now: new Date(at(n)), timeZone });
      expect(computeClientAlerts(settled, { now: new Date(at(n)), timeZone })).toEqual(fromRecords);
      return firing(settled, n).includes(id);
    });
    // The scenario moves with the day: the alert fires on the build day or not, and later the other way (open alert,
    // deterioration: day-independent, they keep firing).
    expect(fired[0]).toBe(firesOnBuildDay);
    if (id !== 'safety.open_alert' && id !== 'measure.reliable_deterioration') expect(fired).toContain(!firesOnBuildDay);
  });

  it.each([-1, SUMMARY_HORIZON_DAYS + 1, 30])('does not hold %i days from its build day (rebuilt from the records)', (n) => {
    expect(
      settleSummary(
        summaryOf(() => quiet),
        live,
        day(n),
        at(n),
      ),
    ).toBeNull();
  });
});
