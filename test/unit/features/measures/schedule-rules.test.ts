import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE, addDays, dueItems, lastDaysByClient } from '../../../../renderer/features/measures/schedule-rules';
import { measure } from './fixtures';

describe('dueItems (weekly PHQ-9 and GAD-7, 2 days of grace)', () => {
  it.each([
    [
      'never given, admitted today',
      {},
      '2026-11-02',
      [
        ['PHQ-9', 'due', '2026-11-02'],
        ['GAD-7', 'due', '2026-11-02'],
      ],
    ],
    [
      'never given, admitted 3 days ago',
      {},
      '2026-10-30',
      [
        ['PHQ-9', 'overdue', '2026-10-30'],
        ['GAD-7', 'overdue', '2026-10-30'],
      ],
    ],
    [
      'given 6 days ago',
      { 'PHQ-9': '2026-10-27', 'GAD-7': '2026-10-27' },
      '2026-10-01',
      [
        ['PHQ-9', 'not-due', '2026-11-03'],
        ['GAD-7', 'not-due', '2026-11-03'],
      ],
    ],
    [
      'given 7 and 9 days ago',
      { 'PHQ-9': '2026-10-26', 'GAD-7': '2026-10-24' },
      '2026-10-01',
      [
        ['PHQ-9', 'due', '2026-11-02'],
        ['GAD-7', 'due', '2026-10-31'],
      ],
    ],
    [
      'given 10 days ago',
      { 'PHQ-9': '2026-10-23', 'GAD-7': '2026-11-01' },
      '2026-10-01',
      [
        ['PHQ-9', 'overdue', '2026-10-30'],
        ['GAD-7', 'not-due', '2026-11-08'],
      ],
    ],
  ] as const)('%s', (_name, last, start, expected) => {
    expect(dueItems(DEFAULT_SCHEDULE, last, start, '2026-11-02').map((d) => [d.instrumentId, d.state, d.dueOn])).toEqual(expected);
  });

  it.each([
    ['2026-02-27', 7, '2026-03-06'],
    ['2026-12-30', 7, '2027-01-06'],
    ['2026-03-28', 2, '2026-03-30'],
  ])('addDays(%s, %s) = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });
});

describe('lastDaysByClient', () => {
  it('keeps the latest day per client and instrument', () => {
    const responses = [
      measure({ id: 'a', completedAt: '2026-11-01T12:00:00Z' }),
      measure({ id: 'b', completedAt: '2026-10-20T12:00:00Z' }),
      measure({ id: 'c', clientId: 'c2', instrumentId: 'GAD-7', completedAt: '2026-10-30T12:00:00Z' }),
    ];
    const days = lastDaysByClient(responses, (iso) => iso.slice(0, 10));
    expect(Object.fromEntries(days)).toEqual({ c1: { 'PHQ-9': '2026-11-01' }, c2: { 'GAD-7': '2026-10-30' } });
  });
});
