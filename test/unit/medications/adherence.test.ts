import { describe, expect, it } from 'vitest';
import { addDays, adherenceAlert, adherenceTotal, daysBetween, weekStartOf, weeklyAdherence } from '../../../shared/domain/medication-adherence';
import { currentAdherence, readHistory, sideEffectStates } from '../../../shared/domain/medication-events';
import { day, event, sideEffect } from './fixtures';

describe('dates', () => {
  it.each([
    ['2026-11-16', '2026-11-16'], // Monday
    ['2026-11-22', '2026-11-16'], // Sunday
    ['2026-11-01', '2026-10-26'],
  ])('weekStartOf(%s) = %s', (d, monday) => {
    expect(weekStartOf(d)).toBe(monday);
  });
  it('adds and counts days across a month end', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(daysBetween('2026-11-25', '2026-12-02')).toBe(7);
  });
});

describe('adherence totals', () => {
  it.each([
    [[], { taken: 0, scheduled: 0, percent: null, missedDays: 0 }],
    [[day('m1', '2026-11-16', 1), day('m1', '2026-11-17', 0)], { taken: 1, scheduled: 2, percent: 50, missedDays: 1 }],
    [[day('m1', '2026-11-16', 2, 2), day('m1', '2026-11-17', 1, 2)], { taken: 3, scheduled: 4, percent: 75, missedDays: 1 }],
  ])('adherenceTotal #%#', (records, expected) => {
    expect(adherenceTotal(records)).toMatchObject(expected);
  });

  it('groups by medication and Monday-first week', () => {
    const rows = weeklyAdherence([day('m1', '2026-11-15', 1), day('m1', '2026-11-16', 0), day('m1', '2026-11-17', 1), day('m2', '2026-11-16', 1)]);
    expect(rows.map((r) => [r.medicationId, r.weekStart, r.total.percent])).toEqual([
      ['m1', '2026-11-09', 100],
      ['m1', '2026-11-16', 50],
      ['m2', '2026-11-16', 100],
    ]);
  });
});

describe('adherenceAlert over the last 7 days', () => {
  const TODAY = '2026-11-20';
  const week = (takenDays: number) => Array.from({ length: 7 }, (_, i) => day('m1', addDays(TODAY, -i), i < takenDays ? 1 : 0));
  it.each([
    ['no records', [], null],
    ['all taken', week(7), null],
    ['6 of 7 = 86 %', week(6), null],
    ['5 of 7 = 71 %', week(5), 71],
    ['misses older than 7 days do not count', [...week(7), day('m1', addDays(TODAY, -7), 0), day('m1', addDays(TODAY, -8), 0)], null],
    ['79.6 % (unrounded) alerts although it shows 80 %', [day('m1', TODAY, 199, 250)], 80],
  ])('%s', (_, records, percent) => {
    expect(adherenceAlert(records, TODAY)?.percent ?? null).toBe(percent);
  });

  it('names the medications below 80 %', () => {
    const alert = adherenceAlert([day('m1', TODAY, 0), day('m2', TODAY, 1), day('m2', addDays(TODAY, -1), 1)], TODAY);
    expect(alert?.medications).toEqual([{ medicationId: 'm1', percent: 0 }]);
  });
});

describe('reading events', () => {
  it('keeps the latest entry for a medication-day and counts unreadable details', () => {
    const older = event('adherence', '2026-11-16', { taken: 0, scheduled: 1, missReason: 'forgot', source: 'client-reported' }, { id: 'a1', createdAt: '2026-11-16T10:00:00.000Z' });
    const newer = event('adherence', '2026-11-16', { taken: 1, scheduled: 1, missReason: '', source: 'observed' }, { id: 'a2', createdAt: '2026-11-17T10:00:00.000Z' });
    const broken = event('adherence', '2026-11-17', { taken: true });
    const h = readHistory([newer, older, broken]);
    expect(h.unreadable).toBe(1);
    expect(currentAdherence(h.adherence).map((a) => [a.id, a.taken])).toEqual([['a2', 1]]);
  });

  it('joins side effects with their earliest resolution', () => {
    const states = sideEffectStates({
      sideEffects: [sideEffect('s1', 'nausea', '2026-11-01', 2), sideEffect('s2', 'tremor', '2026-11-02', 1)],
      resolutions: [
        { ...day('m1', '2026-11-12', 1), sideEffectId: 's1' },
        { ...day('m1', '2026-11-10', 1), sideEffectId: 's1' },
      ],
    });
    expect(states.map((s) => [s.id, s.resolvedOn])).toEqual([['s1', '2026-11-10'], ['s2', null]]);
  });

  it('reads dose changes, starts and stops', () => {
    const h = readHistory([
      event('dose-change', '2026-11-10', { fromDose: 50, toDose: 100, unit: 'mg', reason: 'Partial response' }),
      event('start', '2026-11-01', { reason: '' }),
      event('stop', '2026-11-19', { reason: 'Side effects' }),
    ]);
    expect(h.doseChanges.map((d) => [d.fromDose, d.toDose])).toEqual([[50, 100]]);
    expect(h.startStops.map((s) => [s.kind, s.occurredOn])).toEqual([['start', '2026-11-01'], ['stop', '2026-11-19']]);
  });
});
