import { describe, expect, it } from 'vitest';
import {
  effectiveLockout,
  LOCKOUT_ALTERED_DETAIL,
  normalizeIdleMinutes,
  preselectedUnlockUser,
  unlockDelayMs,
  unlockWaitRemainingMs,
} from '../../../../shared/domain/lockout';

describe('unlock delay', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 2000],
    [3, 4000],
    [5, 16000],
    [20, 300000],
  ])('after %i failures waits %i ms', (failures, ms) => {
    expect(unlockDelayMs(failures)).toBe(ms);
  });
  it('counts down from the last failure', () => {
    expect(unlockWaitRemainingMs(3, 10_000, 11_000)).toBe(3000);
    expect(unlockWaitRemainingMs(3, 10_000, 20_000)).toBe(0);
  });
});

describe('idle minutes', () => {
  it.each([
    [10, 10],
    [0, 1],
    [61, 60],
    [7.6, 8],
    ['5', 10],
    [Number.NaN, 10],
  ])('%j → %i', (input, expected) => {
    expect(normalizeIdleMinutes(input)).toBe(expected);
  });
});

describe('preselected user on the lock screen', () => {
  it.each([
    [['a'], null, 'a'],
    [['a'], 'b', 'a'],
    [['a', 'b'], 'b', 'b'],
    [['a', 'b'], null, null],
    // Removed from this laptop's keyring since: nobody is offered.
    [['a', 'b'], 'c', null],
    [[], 'a', null],
  ] as const)('users %j, last %j → %j', (users, last, expected) => {
    expect(preselectedUnlockUser(users, last)).toBe(expected);
  });
});

describe('effectiveLockout (the wait record cross-checked against the failed-unlock events)', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 11, 4, 9, 0, s)).toISOString();
  const ms = (s: number) => Date.UTC(2026, 11, 4, 9, 0, s);
  const wrong = (s: number) => ({ at: at(s), detail: 'wrong passphrase' });
  it.each([
    { name: 'nothing failed', record: { failures: 0, lastFailureAt: 0 }, events: [], want: { failures: 0, lastFailureAt: 0, altered: false } },
    {
      name: 'record and events agree',
      record: { failures: 2, lastFailureAt: ms(5) },
      events: [wrong(1), wrong(5)],
      want: { failures: 2, lastFailureAt: ms(5), altered: false },
    },
    {
      name: 'record reset by hand',
      record: { failures: 0, lastFailureAt: 0 },
      events: [wrong(1), wrong(5), { at: at(9), detail: 'wrong recovery key' }],
      want: { failures: 3, lastFailureAt: ms(9), altered: true },
    },
    {
      name: 'events deleted by hand: the record still holds',
      record: { failures: 4, lastFailureAt: ms(7) },
      events: [],
      want: { failures: 4, lastFailureAt: ms(7), altered: false },
    },
    {
      name: 'a tamper notice is no failure',
      record: { failures: 1, lastFailureAt: ms(1) },
      events: [wrong(1), { at: at(3), detail: LOCKOUT_ALTERED_DETAIL }],
      want: { failures: 1, lastFailureAt: ms(1), altered: false },
    },
  ])('$name', ({ record, events, want }) => {
    expect(effectiveLockout({ record, events })).toEqual(want);
  });
});
