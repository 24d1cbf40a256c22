import { describe, expect, it } from 'vitest';
import {
  arrangeCaseloadAlerts,
  caseloadFigures,
  clinicDayOf,
  computeClientAlerts,
  snoozeProblems,
  type AlertClientInput,
  type AlertId,
  type AlertSnooze,
} from '../../../../shared/progress/alerts';
import { alertInput } from '../../../utils/alert-input';

// 09:00 in Chicago on Friday 4 December 2026.
const clock = { now: new Date('2026-12-04T15:00:00Z'), timeZone: 'America/Chicago' };
const at = (day: string, time = '16:00') => `${day}T${time}:00Z`;

/** A client with nothing to flag. */
const quiet = alertInput({
  clientName: 'Avery Quinn',
  reviewDueOn: '2026-12-30',
  attendance: [
    { at: at('2026-12-01'), outcome: 'attended' },
    { at: at('2026-12-03'), outcome: 'attended' },
  ],
  measures: [
    { instrumentId: 'PHQ-9', at: at('2026-11-02'), score: 18, band: 'moderately_severe' },
    { instrumentId: 'PHQ-9', at: at('2026-12-01'), score: 12, band: 'moderate' },
  ],
  primaryInstrument: 'PHQ-9',
  medication14: { taken: 13, scheduled: 14 },
  homework14: { done: 6, expected: 10 },
  checkInsExpected: true,
  lastCheckInAt: at('2026-12-03'),
});

const ids = (patch: Partial<AlertClientInput>) => computeClientAlerts({ ...quiet, ...patch }, clock).map((a) => a.id);

describe('a quiet client', () => {
  it('has no alerts', () => {
    expect(ids({})).toEqual([]);
  });
});

type Case = readonly [name: string, patch: Partial<AlertClientInput>, fires: AlertId | null];

const intensify = { value: 'intensify', rule: 'intensify.low_attendance', evidenceAt: at('2026-12-02') } as const;
const stepDown = { value: 'step_down', rule: 'step_down.sustained_improvement', evidenceAt: at('2026-12-02') } as const;
const missed2 = [
  { at: at('2026-11-30'), outcome: 'attended' },
  { at: at('2026-12-02'), outcome: 'missed' },
  { at: at('2026-12-03'), outcome: 'missed' },
] as const;
const worse = [...quiet.measures, { instrumentId: 'PHQ-9', at: at('2026-12-03'), score: 24, band: 'severe' }] as const;
const gadWorse = [
  ...quiet.measures,
  { instrumentId: 'GAD-7', at: at('2026-11-02'), score: 5, band: 'mild' },
  { instrumentId: 'GAD-7', at: at('2026-12-02'), score: 9, band: 'mild' },
] as const;
const use = { last14: 4, prior14: 2, unknown14: 0, lastUseOn: '2026-12-02' } as const;

const cases: readonly Case[] = [
  ['1 fires: an open safety alert', { openSafetyAlertSince: at('2026-12-02') }, 'safety.open_alert'],
  ['1 clears: alert answered', { openSafetyAlertSince: null }, null],
  ['2 fires: high event 30 days ago, plan not reviewed', { safetyEvents: [{ at: at('2026-11-04'), severity: 'high' }] }, 'safety.recent_event'],
  ['2 clears: high event 31 days ago', { safetyEvents: [{ at: at('2026-11-03'), severity: 'high' }] }, null],
  ['2 fires: lower event 14 days ago', { safetyEvents: [{ at: at('2026-11-20'), severity: 'lower' }] }, 'safety.recent_event'],
  ['2 clears: lower event 15 days ago', { safetyEvents: [{ at: at('2026-11-19'), severity: 'lower' }] }, null],
  [
    '2 clears: safety plan reviewed after the event',
    { safetyEvents: [{ at: at('2026-11-20'), severity: 'lower' }], safetyPlanReviewedAt: at('2026-11-21') },
    null,
  ],
  ['3 fires: intensify recommended, no review', { recommendation: intensify }, 'review.recommend_intensify'],
  ['3 clears: review signed after the evidence', { recommendation: intensify, lastReviewSignedAt: at('2026-12-03') }, null],
  ['3 fires again: review signed before newer evidence', { recommendation: intensify, lastReviewSignedAt: at('2026-12-01') }, 'review.recommend_intensify'],
  ['4 fires: 2 missed in a row', { attendance: missed2 }, 'engagement.missed_sessions'],
  ['4 fires: 7 days since last attended', { attendance: [{ at: at('2026-11-27'), outcome: 'attended' }] }, 'engagement.missed_sessions'],
  ['4 clears: 6 days since last attended', { attendance: [{ at: at('2026-11-28'), outcome: 'attended' }] }, null],
  [
    '4 clears: excused absences do not count',
    {
      attendance: [
        { at: at('2026-12-01'), outcome: 'attended' },
        { at: at('2026-12-02'), outcome: 'excused' },
        { at: at('2026-12-03'), outcome: 'missed' },
      ],
    },
    null,
  ],
  ['4 clears: attended after the misses', { attendance: [...missed2, { at: at('2026-12-04', '14:00'), outcome: 'attended' }] }, null],
  ['4 clears: outreach documented after the last attended', { attendance: missed2, outreachAt: [at('2026-12-03', '20:00')] }, null],
  ['4 clears: outreach dated (a review decision’s day) after the last attended day', { attendance: missed2, outreachAt: ['2026-12-03'] }, null],
  ['4 fires: outreach dated the day of the last attendance', { attendance: missed2, outreachAt: ['2026-11-30'] }, 'engagement.missed_sessions'],
  // Attended 21:00 on 1 December in Chicago (03:00 UTC on the 2nd); a call dated the 2nd is after it.
  [
    '4 clears: a dated outreach compares clinic days, not UTC',
    { attendance: [{ at: at('2026-12-02', '03:00'), outcome: 'attended' }, missed2[1], missed2[2]], outreachAt: ['2026-12-02'] },
    null,
  ],
  ['5 fires: primary reliably worse than baseline', { measures: worse }, 'measure.reliable_deterioration'],
  ['5 fires: a non-primary instrument reliably worse', { measures: gadWorse }, 'measure.reliable_deterioration'],
  [
    '5 clears: next score not deteriorated',
    { measures: [...worse, { instrumentId: 'PHQ-9', at: at('2026-12-04', '14:00'), score: 20, band: 'severe' }] },
    null,
  ],
  ['5 clears: review signed after the score', { measures: worse, lastReviewSignedAt: at('2026-12-03', '20:00') }, null],
  ['6 fires: use on ≥ 3 days, not fewer than before', { track: 'sud', substanceUse: use }, 'substance.use_increase'],
  ['6 clears: fewer days than the 14 before', { track: 'sud', substanceUse: { ...use, prior14: 5 } }, null],
  ['6 clears: mental-health track', { track: 'mh', substanceUse: use }, null],
  ['6 clears: review signed after the last use', { track: 'co', substanceUse: use, lastReviewSignedAt: at('2026-12-03') }, null],
  ['7 fires: review past its due date', { reviewDueOn: '2026-12-03' }, 'review.overdue'],
  ['7 clears: review signed', { reviewDueOn: '2026-12-03', lastReviewSignedAt: at('2026-12-02') }, null],
  ['7 fires: recertification past due', { recertDueOn: '2026-12-01' }, 'recert.overdue'],
  ['7 clears: recertification due today', { recertDueOn: '2026-12-04' }, null],
  ['8 fires: step down recommended, no review', { recommendation: stepDown }, 'review.recommend_change'],
  ['8 clears: review signed', { recommendation: stepDown, lastReviewSignedAt: at('2026-12-03') }, null],
  ['8 clears: continue recommended', { recommendation: { ...stepDown, value: 'continue', rule: 'continue.default' } }, null],
  ['9 fires: primary not given in 15 days', { measures: [{ instrumentId: 'PHQ-9', at: at('2026-11-19'), score: 12, band: 'moderate' }] }, 'measure.overdue'],
  ['9 clears: primary given 14 days ago', { measures: [{ instrumentId: 'PHQ-9', at: at('2026-11-20'), score: 12, band: 'moderate' }] }, null],
  ['9 fires: a scheduled administration missed', { missedScheduledMeasures: [{ instrumentId: 'GAD-7', dueOn: '2026-12-02' }] }, 'measure.overdue'],
  ['10 fires: adherence 79 %', { medication14: { taken: 79, scheduled: 100 } }, 'medication.low_adherence'],
  ['10 clears: adherence 80 %', { medication14: { taken: 80, scheduled: 100 } }, null],
  ['11 fires: co-sign waiting 4 days', { pendingSignatures: [{ kind: 'cosign', requestedAt: at('2026-11-30'), refId: 'n1' }] }, 'signature.pending'],
  ['11 clears: co-sign waiting 3 days', { pendingSignatures: [{ kind: 'cosign', requestedAt: at('2026-12-01'), refId: 'n1' }] }, null],
  [
    '11 fires: client acknowledgement waiting 8 days',
    { pendingSignatures: [{ kind: 'client_acknowledgement', requestedAt: at('2026-11-26'), refId: 'p1' }] },
    'signature.pending',
  ],
  [
    '11 clears: client acknowledgement waiting 7 days',
    { pendingSignatures: [{ kind: 'client_acknowledgement', requestedAt: at('2026-11-27'), refId: 'p1' }] },
    null,
  ],
  ['12 fires: homework 49 %', { homework14: { done: 49, expected: 100 } }, 'homework.low_completion'],
  ['12 clears: homework 50 %', { homework14: { done: 50, expected: 100 } }, null],
  ['13 fires: no check-in for 4 days', { lastCheckInAt: at('2026-11-30') }, 'checkin.gap'],
  ['13 clears: checked in 3 days ago', { lastCheckInAt: at('2026-12-01') }, null],
  ['13 clears: client does not do check-ins', { checkInsExpected: false, lastCheckInAt: null }, null],
  ['14 fires: review due in 7 days', { reviewDueOn: '2026-12-11' }, 'review.due_soon'],
  ['14 clears: review due in 8 days', { reviewDueOn: '2026-12-12' }, null],
  ['14 clears: review signed in the due-soon window', { reviewDueOn: '2026-12-11', lastReviewSignedAt: at('2026-12-04', '14:00') }, null],
];

describe('each alert fires and clears (§6.2)', () => {
  it.each(cases)('%s', (_name, patch, fires) => {
    expect(ids(patch)).toEqual(fires === null ? [] : [fires]);
  });
});

describe('alert details', () => {
  it('say why the engine recommends a change, in plain words', () => {
    const [alert] = computeClientAlerts({ ...quiet, recommendation: { ...intensify, rule: 'intensify.reliable_deterioration' } }, clock);
    expect(alert?.detail).toMatch(/^The primary measure got reliably worse since baseline/);
  });
});

describe('clinic time zone', () => {
  it('reads an instant as the clinic day, not the UTC day', () => {
    expect(clinicDayOf('2026-12-04T03:00:00Z', 'America/Chicago')).toBe('2026-12-03');
    expect(clinicDayOf('2026-12-04T03:00:00Z', 'Europe/Berlin')).toBe('2026-12-04');
  });
  it('counts days since attended in the clinic zone', () => {
    // 27 Nov 23:30 in Chicago is 28 Nov in UTC: 7 clinic days ago, so the alert fires.
    expect(ids({ attendance: [{ at: '2026-11-28T05:30:00Z', outcome: 'attended' }] })).toEqual(['engagement.missed_sessions']);
  });
});

describe('precedence (§6.1)', () => {
  const loud: AlertClientInput = {
    ...quiet,
    openSafetyAlertSince: at('2026-12-03'),
    recommendation: intensify,
    attendance: missed2,
    measures: worse,
    reviewDueOn: '2026-12-01',
    medication14: { taken: 1, scheduled: 14 },
    lastCheckInAt: at('2026-11-20'),
  };
  it('orders one client’s alerts by rank', () => {
    expect(computeClientAlerts(loud, clock).map((a) => a.rank)).toEqual([1, 3, 4, 5, 7, 10, 13]);
  });
  it('orders clients’ alerts by rank, then age, then name', () => {
    const b = { ...quiet, clientId: 'c2', clientName: 'Blake Ross', reviewDueOn: '2026-11-20' };
    const a = { ...quiet, clientId: 'c3', clientName: 'Ari Stone', reviewDueOn: '2026-11-20' };
    const older = { ...quiet, clientId: 'c4', clientName: 'Zed Young', reviewDueOn: '2026-11-10' };
    const first = { ...quiet, clientId: 'c5', clientName: 'Zoe Young', attendance: missed2 };
    const out = arrangeCaseloadAlerts([b, a, older, first], [], clock);
    expect(out.needsAction.map((x) => `${x.id} ${x.clientName}`)).toEqual([
      'engagement.missed_sessions Zoe Young',
      'review.overdue Zed Young',
      'review.overdue Ari Stone',
      'review.overdue Blake Ross',
    ]);
  });
  it('puts alerts 1–2 in the safety strip, 3–9 in needs action, 10–14 below', () => {
    const out = arrangeCaseloadAlerts([loud], [], clock);
    expect(out.safety.map((a) => a.id)).toEqual(['safety.open_alert']);
    expect(out.needsAction.map((a) => a.rank)).toEqual([3, 4, 5, 7]);
    expect(out.other.map((a) => a.rank)).toEqual([10, 13]);
    expect(out.topByClient.get('c1')?.id).toBe('safety.open_alert');
  });
});

describe('snoozes', () => {
  const snooze = (alertId: AlertId, until: string, id = 's1', snoozedOn = '2026-12-02'): AlertSnooze => ({
    id,
    clientId: 'c1',
    alertId,
    until,
    snoozedOn,
    reason: 'Away',
    authorId: 'u1',
    createdAt: at(snoozedOn),
  });
  const loud = { ...quiet, openSafetyAlertSince: at('2026-12-03'), reviewDueOn: '2026-12-01' };
  it('hides a snoozed alert until its end day; the top alert moves on', () => {
    const out = arrangeCaseloadAlerts(
      [{ ...quiet, reviewDueOn: '2026-12-01', lastCheckInAt: at('2026-11-20') }],
      [snooze('review.overdue', '2026-12-05')],
      clock,
    );
    expect(out.needsAction).toEqual([]);
    expect(out.snoozed.map((s) => s.alert.id)).toEqual(['review.overdue']);
    expect(out.topByClient.get('c1')?.id).toBe('checkin.gap');
  });
  it('shows the alert again on the end day', () => {
    expect(arrangeCaseloadAlerts([loud], [snooze('review.overdue', '2026-12-04')], clock).needsAction.map((a) => a.id)).toEqual(['review.overdue']);
  });
  // Per occurrence: review.overdue for a review due 1 Dec starts 2 Dec; the snooze was made that day.
  it.each([
    ['the occurrence it snoozed stays hidden', '2026-12-01', '2026-12-02', []],
    ['an occurrence that started before the snooze stays hidden', '2026-11-28', '2026-12-02', []],
    ['cleared (review signed, next due 2 Dec) and fired again on 3 Dec: shows again', '2026-12-02', '2026-12-02', ['review.overdue']],
    ['a record that does not say when it was made hides any occurrence until its end', '2026-12-02', '', []],
  ] as const)('%s', (_name, reviewDueOn, snoozedOn, shown) => {
    const out = arrangeCaseloadAlerts([{ ...loud, reviewDueOn }], [snooze('review.overdue', '2026-12-08', 's1', snoozedOn)], clock);
    expect(out.needsAction.map((a) => a.id)).toEqual(shown);
  });
  it('a rolling 14-day alert (substance use without a last-use day) keeps a start that does not move with today', () => {
    const sud = { ...quiet, track: 'sud' as const, substanceUse: { ...use, lastUseOn: null } };
    const day = (d: string) => ({ ...clock, now: new Date(`${d}T18:00:00Z`) });
    const s = snooze('substance.use_increase', '2026-12-09', 's1', '2026-12-04');
    expect(arrangeCaseloadAlerts([sud], [s], day('2026-12-04')).needsAction).toEqual([]);
    expect(arrangeCaseloadAlerts([sud], [s], day('2026-12-08')).needsAction).toEqual([]);
    expect(arrangeCaseloadAlerts([sud], [s], day('2026-12-09')).needsAction.map((a) => a.id)).toEqual(['substance.use_increase']);
  });
  it('never hides a safety alert, even with a stored snooze', () => {
    expect(arrangeCaseloadAlerts([loud], [snooze('safety.open_alert', '2026-12-09')], clock).safety.map((a) => a.id)).toEqual(['safety.open_alert']);
  });
  it('merges snoozes from two laptops as a union: the later end wins', () => {
    const out = arrangeCaseloadAlerts([loud], [snooze('review.overdue', '2026-12-05', 'a'), snooze('review.overdue', '2026-12-08', 'b')], clock);
    expect(out.snoozed[0]?.snooze.id).toBe('b');
  });
  it.each([
    [{ alertId: 'safety.recent_event', days: 3, reason: 'x' }, 'alertId'],
    [{ alertId: 'review.overdue', days: 0, reason: 'x' }, 'days'],
    [{ alertId: 'review.overdue', days: 8, reason: 'x' }, 'days'],
    [{ alertId: 'review.overdue', days: 2, reason: '  ' }, 'reason'],
  ] as const)('refuses %o (%s)', (request, field) => {
    expect(Object.keys(snoozeProblems(request))).toEqual([field]);
  });
  it('accepts 7 days with a reason', () => {
    expect(snoozeProblems({ alertId: 'checkin.gap', days: 7, reason: 'On holiday' })).toEqual({});
  });
});

describe('caseload figures', () => {
  it('gives the latest primary score, its change arrow, attendance % and days since attended', () => {
    const f = caseloadFigures({ ...quiet, attendance: [...missed2, { at: at('2026-11-01'), outcome: 'attended' }] }, clock);
    expect(f.primary?.latest.score).toBe(12);
    expect(f.primary?.change).toBe('improved');
    expect(f.primary?.sparkline).toEqual([18, 12]);
    expect(f.attendancePct).toBe(33);
    expect(f.daysSinceAttended).toBe(4);
    expect(f.dayInProgram).toBe(34);
  });
  it('has no attendance % when nothing was scheduled', () => {
    expect(caseloadFigures({ ...quiet, attendance: [] }, clock).attendancePct).toBeNull();
  });
});
