import { describe, expect, it } from 'vitest';
import { emptyDraft, journalCount, journalError, readDraft, type CheckInDraft } from '../../../../renderer/features/check-ins/checkin-form';

const TODAY = '2026-12-04';
const BORN = '1990-04-02';
const FULL: CheckInDraft = { ...emptyDraft(TODAY), mood: 5, anxiety: 5, stress: 5, cravings: 0, sleepHours: 7 };

describe('readDraft refuses out-of-range values with a message and changes nothing', () => {
  it.each<[string, Partial<CheckInDraft>, Record<string, string>]>([
    ['mood 11', { mood: 11 }, { mood: 'Mood 11 is not a whole number from 0 to 10.' }],
    ['anxiety −3', { anxiety: -3 }, { anxiety: 'Anxiety -3 is not a whole number from 0 to 10.' }],
    ['stress 4.5', { stress: 4.5 }, { stress: 'Stress 4.5 is not a whole number from 0 to 10.' }],
    ['cravings typed as "4.5"', { cravings: '4.5' }, { cravings: 'Cravings 4.5 is not a whole number from 0 to 10.' }],
    ['sleep 30 h', { sleepHours: 30 }, { sleepHours: 'Sleep 30 is not a number of hours from 0 to 24 (tenths allowed).' }],
    ['sleep −1 h', { sleepHours: -1 }, { sleepHours: 'Sleep -1 is not a number of hours from 0 to 24 (tenths allowed).' }],
    ['sleep 7.25 h', { sleepHours: 7.25 }, { sleepHours: 'Sleep 7.25 is not a number of hours from 0 to 24 (tenths allowed).' }],
    ['a day in the future', { day: '2026-12-05' }, { day: 'Day: choose today or an earlier day.' }],
    ['a day before birth', { day: '1990-04-01' }, { day: 'Day: this is before the client’s date of birth; check the year.' }],
    ['a 10,000-character journal', { journal: 'x'.repeat(10_000) }, { journal: 'Journal is 10000 characters; the most is 1000.' }],
    ['a 1,001-character journal', { journal: 'x'.repeat(1001) }, { journal: 'Journal is 1001 characters; the most is 1000.' }],
  ])('%s', (_, patch, errors) => {
    const r = readDraft({ ...FULL, ...patch }, TODAY, BORN);
    expect(r.ok ? {} : r.errors).toEqual(errors);
  });

  it.each<[string, Partial<CheckInDraft>]>([
    ['0 and 10 on the scales', { mood: 0, anxiety: 10 }],
    ['0 and 24 hours of sleep', { sleepHours: 24 }],
    ['7.5 hours of sleep', { sleepHours: 7.5 }],
    ['the day of birth', { day: BORN }],
    ['a journal of exactly 1,000 characters', { journal: 'x'.repeat(1000) }],
  ])('accepts %s', (_, patch) => {
    expect(readDraft({ ...FULL, ...patch }, TODAY, BORN).ok).toBe(true);
  });

  it('keeps a long journal whole, and counts it while it is typed', () => {
    const journal = 'y'.repeat(10_000);
    const draft = { ...FULL, journal };
    readDraft(draft, TODAY, BORN);
    expect(draft.journal).toHaveLength(10_000);
    expect(journalCount(journal)).toBe('10000 of 1000 characters');
    expect(journalCount('  a day  ')).toBe('5 of 1000 characters');
    expect(journalError('short')).toBeNull();
  });
});
