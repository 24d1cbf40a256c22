import { expect } from 'vitest';
import type { Answer, Score } from '../../../../shared/instruments';
import { InvalidResponseError } from '../../../../shared/instruments';

/** Answers of `count` items between `min` and `max` summing to `total`, filled greedily from the first item. */
export function vectorFor(total: number, count: number, max: number, min = 0): number[] {
  let left = total - min * count;
  return Array.from({ length: count }, () => {
    const extra = Math.min(max - min, Math.max(left, 0));
    left -= extra;
    return min + extra;
  });
}

/** A copy of `values` with the 1-based positions set to `value`. */
export function withAt<T>(values: readonly T[], positions: readonly number[], value: T): T[] {
  return values.map((current, index) => (positions.includes(index + 1) ? value : current));
}

/** Flags as a sorted list (they are an unordered set). */
export function flagsOf(score: Score): string[] {
  return [...score.flags].sort();
}

/** Asserts that `run` throws InvalidResponseError with code `invalid_response`. */
export function expectInvalid(run: () => unknown): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidResponseError);
  expect(caught).toMatchObject({ code: 'invalid_response' });
}

export type { Answer };
