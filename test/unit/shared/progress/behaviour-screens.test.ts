import { describe, expect, it } from 'vitest';
import { parseWeekEntries, parseWeeklyTarget, type DayInput } from '../../../../shared/progress/plans/behaviour-form';
import {
  BEHAVIOUR_PRESETS,
  clientBehaviours,
  clinicBehaviourList,
  customBehaviourError,
  customBehaviourId,
  withWeeklyTarget,
  type TrackedBehaviour,
} from '../../../../shared/progress/plans/behaviour-presets';
import { behaviourSeries, weeklyTargetText } from '../../../../shared/progress/plans/behaviour-series';
import type { TargetBehaviourEntry } from '../../../../shared/progress/plans/types';

function preset(test: (b: TrackedBehaviour) => boolean): TrackedBehaviour {
  const found = BEHAVIOUR_PRESETS.find(test);
  if (!found) throw new Error('no such preset');
  return found;
}
const PANIC: TrackedBehaviour = {
  ...preset((b) => b.behaviourId === 'panic_attacks'),
  weeklyTarget: { aggregate: 'sum_per_week', comparator: '<=', value: 1 },
};
const URGES = preset((b) => b.behaviourId === 'self_harm_urges');
const day = (value: string, intensity = ''): DayInput => ({ value, intensity });
const blank = day('');
const entry = (date: string, value: number, over: Partial<TargetBehaviourEntry> = {}): TargetBehaviourEntry => ({
  behaviourId: 'panic_attacks',
  date,
  reporter: 'clinician',
  value,
  recall: 'timeline_followback',
  enteredAt: `${date}T20:00:00Z`,
  ...over,
});

describe('parseWeekEntries: a blank day stays unknown, bad values get a message at their day', () => {
  const stamp = { reporter: 'clinician', enteredAt: '2026-12-04T10:00:00Z' } as const;
  it.each([
    ['blank days are not written', [day('2'), blank, day('0'), blank, blank, blank, blank], { ok: true, dates: ['2026-11-23', '2026-11-25'] }],
    [
      'a negative count',
      [day('-1'), blank, blank, blank, blank, blank, blank],
      { ok: false, errors: { 'days.0.value': 'Enter a whole number of 0 or more.' } },
    ],
    [
      'text that is not a number',
      [blank, day('two'), blank, blank, blank, blank, blank],
      { ok: false, errors: { 'days.1.value': 'Enter a whole number of 0 or more.' } },
    ],
    [
      'a fraction of a count',
      [blank, blank, day('1.5'), blank, blank, blank, blank],
      { ok: false, errors: { 'days.2.value': 'Enter a whole number of 0 or more.' } },
    ],
    [
      'nothing filled in',
      [blank, blank, blank, blank, blank, blank, blank],
      { ok: false, errors: { 'days.0.value': 'Enter at least one day; leave days you do not know blank.' } },
    ],
  ] as const)('%s', (_name, inputs, expected) => {
    const r = parseWeekEntries(PANIC, '2026-11-23', inputs, '2026-12-04', stamp);
    if (expected.ok) expect(r.ok && r.value.map((e) => e.date)).toEqual(expected.dates);
    else expect(r).toEqual(expected);
  });

  it('a day after today is refused; intensity is checked and kept', () => {
    expect(parseWeekEntries(PANIC, '2026-12-01', [blank, blank, blank, blank, day('1'), blank, blank], '2026-12-04', stamp)).toEqual({
      ok: false,
      errors: { 'days.4.value': 'The day cannot be in the future.' },
    });
    expect(parseWeekEntries(URGES, '2026-11-23', [day('3', '11'), blank, blank, blank, blank, blank, blank], '2026-12-04', stamp)).toEqual({
      ok: false,
      errors: { 'days.0.intensity': 'Enter the strongest intensity as a whole number from 0 to 10.' },
    });
    const ok = parseWeekEntries(URGES, '2026-11-28', [day('3', '7'), blank, blank, blank, blank, blank, blank], '2026-11-28', stamp);
    expect(ok.ok && ok.value).toEqual([
      { behaviourId: 'self_harm_urges', date: '2026-11-28', reporter: 'clinician', value: 3, intensityMax: 7, recall: 'same_day', enteredAt: stamp.enteredAt },
    ]);
  });
});

describe('parseWeeklyTarget', () => {
  it.each([
    ['', PANIC, { ok: true, value: undefined }],
    ['1', PANIC, { ok: true, value: { aggregate: 'sum_per_week', comparator: '<=', value: 1 } }],
    ['5', preset((b) => b.behaviourId === 'skills_used'), { ok: true, value: { aggregate: 'sum_per_week', comparator: '>=', value: 5 } }],
    ['2', preset((b) => b.valueType === 'yes_no'), { ok: true, value: { aggregate: 'days_with_any_per_week', comparator: '<=', value: 2 } }],
    ['8', preset((b) => b.valueType === 'yes_no'), { ok: false, errors: { target: 'A week has 7 days: enter 0 to 7.' } }],
    ['-2', PANIC, { ok: false, errors: { target: 'Enter the weekly target as a number of 0 or more, or leave it blank.' } }],
    ['abc', PANIC, { ok: false, errors: { target: 'Enter the weekly target as a number of 0 or more, or leave it blank.' } }],
  ] as const)('%j', (text, def, expected) => {
    expect(parseWeeklyTarget(def, text)).toEqual(expected);
  });
});

describe('behaviourSeries: weeks against the target, unknown days as null', () => {
  const entries = [entry('2026-11-19', 2), entry('2026-11-20', 0), entry('2026-12-03', 1), entry('2026-12-03', 4, { reporter: 'family' })];
  const s = behaviourSeries(PANIC, entries, '2026-12-04', { weeks: 3, days: 3 });
  it('weeks: a week with no entry is unknown (null), never 0; a part-known week over the ≤ target is already not met', () => {
    expect(s.weeks).toEqual([
      { start: '2026-11-14', end: '2026-11-20', daysRecorded: 2, value: 2, satisfied: false, weeklyTotal: false },
      { start: '2026-11-21', end: '2026-11-27', daysRecorded: 0, value: null, satisfied: null, weeklyTotal: false },
      { start: '2026-11-28', end: '2026-12-04', daysRecorded: 1, value: 1, satisfied: null, weeklyTotal: false },
    ]);
  });
  it('days: the family series is never mixed in; a missing day is null', () => {
    expect(s.days).toEqual([
      { date: '2026-12-02', value: null, intensity: null },
      { date: '2026-12-03', value: 1, intensity: null },
      { date: '2026-12-04', value: null, intensity: null },
    ]);
    expect(s.daysRecorded).toBe(1);
  });
  it('no target: nothing is judged', () => {
    expect(behaviourSeries(withWeeklyTarget(PANIC, undefined), entries, '2026-12-04', { weeks: 1, days: 1 }).weeks[0]?.satisfied).toBeNull();
  });
});

describe('the clinic list and a client’s behaviours', () => {
  it.each([
    ['Nail biting', 'custom:nail_biting'],
    ['  Skin-picking episodes ', 'custom:skin_picking_episodes'],
  ])('customBehaviourId(%j) = %s', (label, id) => {
    expect(customBehaviourId(label)).toBe(id);
  });
  it('a custom name must be new and have letters', () => {
    const list = clinicBehaviourList([{ ...PANIC, behaviourId: 'custom:nail_biting', label: 'Nail biting' }]);
    expect(customBehaviourError('', list)).toBe('Name the behaviour.');
    expect(customBehaviourError('!!', list)).toBe('Use letters or digits in the name.');
    expect(customBehaviourError('panic attacks', list)).toBe('“Panic attacks” is already on the clinic’s list.');
    expect(customBehaviourError('Nail Biting', list)).toBe('“Nail biting” is already on the clinic’s list.');
    expect(customBehaviourError('Hair pulling', list)).toBeNull();
    expect(list.map((b) => b.behaviourId).slice(-1)).toEqual(['custom:nail_biting']);
  });
  it('the active plan’s definition wins for the same id; the plan’s others follow', () => {
    const tracked = [withWeeklyTarget(PANIC, { aggregate: 'sum_per_week', comparator: '<=', value: 3 })];
    const shown = clientBehaviours(tracked, [PANIC, { ...URGES, withIntensity: true }]);
    expect(shown.map((b) => [b.behaviourId, weeklyTargetText(b), b.withIntensity])).toEqual([
      ['panic_attacks', '≤ 1 a week', false],
      ['self_harm_urges', '', false],
    ]);
  });
});
