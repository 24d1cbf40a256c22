import { describe, expect, it } from 'vitest';
import type { ClinicRecord } from '../../../../renderer/db';
import {
  DEFAULT_SCHEDULE,
  dueItems,
  everyWords,
  scheduleFor,
  scheduleOf,
  scheduleProblem,
  schedulesByClient,
} from '../../../../renderer/features/measures/schedule-rules';

function record(refId: string, createdAt: string, data: Record<string, unknown>): ClinicRecord {
  return {
    id: `${refId}-${createdAt}`,
    kind: 'schedule',
    status: 'open',
    refCollection: 'clients',
    refId,
    data,
    reason: '',
    authorId: 'u1',
    createdAt,
    updatedAt: createdAt,
  };
}

describe('schedule records', () => {
  it.each([
    [
      'two entries',
      {
        entries: [
          { instrumentId: 'PHQ-9', everyDays: 14 },
          { instrumentId: 'PCL-5', everyDays: 28 },
        ],
      },
      [
        ['PHQ-9', 14],
        ['PCL-5', 28],
      ],
    ],
    ['nothing scheduled', { entries: [] }, []],
    ['unknown instrument', { entries: [{ instrumentId: 'BDI-II', everyDays: 7 }] }, null],
    ['zero days', { entries: [{ instrumentId: 'PHQ-9', everyDays: 0 }] }, null],
    ['fractional days', { entries: [{ instrumentId: 'PHQ-9', everyDays: 3.5 }] }, null],
    ['no entries field', { schedule: 'weekly' }, null],
  ] as const)('%s', (_name, data, expected) => {
    const parsed = scheduleOf(record('c1', '2026-11-01T00:00:00Z', data));
    expect(parsed === null ? null : parsed.map((e) => [e.instrumentId, e.everyDays])).toEqual(expected);
  });

  it('keeps the newest valid schedule per client; clients without one follow the default', () => {
    const records = [
      record('c1', '2026-11-01T00:00:00Z', { entries: [{ instrumentId: 'PHQ-9', everyDays: 14 }] }),
      record('c1', '2026-11-03T00:00:00Z', { entries: [{ instrumentId: 'GAD-7', everyDays: 7 }] }),
      record('c1', '2026-11-04T00:00:00Z', { entries: 'broken' }),
      record('c2', '2026-11-02T00:00:00Z', { entries: [] }),
    ];
    const schedules = schedulesByClient(records);
    expect(scheduleFor(schedules, 'c1')).toEqual([{ instrumentId: 'GAD-7', everyDays: 7 }]);
    expect(scheduleFor(schedules, 'c2')).toEqual([]);
    expect(scheduleFor(schedules, 'c3')).toBe(DEFAULT_SCHEDULE);
  });

  it('a fortnightly PHQ-9 is not due a week after it was given', () => {
    const due = dueItems([{ instrumentId: 'PHQ-9', everyDays: 14 }], { 'PHQ-9': '2026-10-26' }, '2026-10-01', '2026-11-02');
    expect(due).toEqual([{ instrumentId: 'PHQ-9', state: 'not-due', dueOn: '2026-11-09' }]);
  });

  it.each([
    [[{ instrumentId: 'PHQ-9', everyDays: 7 }], null],
    [[{ instrumentId: 'PHQ-9', everyDays: '' }], 'PHQ-9: enter how often it is due as a whole number of days from 1 to 365.'],
    [[{ instrumentId: 'GAD-7', everyDays: 400 }], 'GAD-7: enter how often it is due as a whole number of days from 1 to 365.'],
  ])('scheduleProblem %j', (entries, expected) => {
    expect(scheduleProblem(entries)).toBe(expected);
  });

  it.each([
    [1, 'daily'],
    [7, 'weekly'],
    [14, 'every 14 days'],
  ])('everyWords(%s) = %s', (days, words) => {
    expect(everyWords(days)).toBe(words);
  });
});
