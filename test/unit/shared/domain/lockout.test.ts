import { describe, expect, it } from 'vitest';
import { normalizeIdleMinutes, preselectedUnlockUser, unlockDelayMs, unlockWaitRemainingMs } from '../../../../shared/domain/lockout';

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
