import { describe, expect, it } from 'vitest';
import { localDayOf } from '../../../../renderer/components/format-date';
import { completedAtFor, correctionReasonProblem, correctionsOf } from '../../../../renderer/features/measures/corrections';
import { measure } from './fixtures';

// Issue 12 item 5: a correction keeps the original date unless the clinician changes it, and always says why.
describe('completedAtFor', () => {
  const now = new Date(2026, 11, 4, 15, 30);
  const original = new Date(2026, 10, 20, 9, 15).toISOString();
  it.each([
    ['a correction left on its original day keeps the original instant', localDayOf(original), original, original],
    ['a correction moved to another day records noon of that day', '2026-11-21', original, new Date(2026, 10, 21, 12).toISOString()],
    ['a correction moved to today records now', '2026-12-04', original, now.toISOString()],
    ['a new administration today records now', '2026-12-04', '', now.toISOString()],
    ['a new administration on an earlier day records noon', '2026-11-20', '', new Date(2026, 10, 20, 12).toISOString()],
  ])('%s', (_, day, originalAt, expected) => {
    expect(completedAtFor(day, now, originalAt)).toBe(expected);
  });
});

describe('correctionReasonProblem', () => {
  it.each([
    ['', true],
    ['   ', true],
    ['Item 3 keyed wrong', false],
  ])('%j needs fixing: %s', (reason, problem) => {
    expect(correctionReasonProblem(reason) !== '').toBe(problem);
  });
});

describe('correctionsOf', () => {
  it('walks a response back through what it corrected, newest first, with each reason', () => {
    const a = measure({ id: 'a', total: 15 });
    const b = measure({ id: 'b', total: 12, supersedesId: 'a', correctionReason: 'item 1 keyed as 3' });
    const c = measure({ id: 'c', total: 11, supersedesId: 'b', correctionReason: 'item 2 keyed as 1' });
    expect(correctionsOf([a, b, c], 'c').map((s) => [s.by.id, s.previous.id, s.by.correctionReason])).toEqual([
      ['c', 'b', 'item 2 keyed as 1'],
      ['b', 'a', 'item 1 keyed as 3'],
    ]);
    expect(correctionsOf([a, b, c], 'a')).toEqual([]);
  });
  it('stops at a missing or cyclic link instead of looping', () => {
    const x = measure({ id: 'x', supersedesId: 'y' });
    const y = measure({ id: 'y', supersedesId: 'x' });
    expect(correctionsOf([x, y], 'x').map((s) => s.by.id)).toEqual(['x', 'y']);
    expect(correctionsOf([measure({ id: 'z', supersedesId: 'gone' })], 'z')).toEqual([]);
  });
});
