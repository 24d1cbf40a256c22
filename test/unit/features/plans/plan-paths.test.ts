import { describe, expect, it } from 'vitest';
import { errorsUnder, getIn, setIn, updateListIn } from '../../../../renderer/features/plans/plan-paths';

const plan = { a: 1, problems: [{ statement: 'x', goals: [{ clientWords: 'y' }] }] } as const;

describe('plan paths', () => {
  it.each([
    ['problems.0.statement', 'x'],
    ['problems.0.goals.0.clientWords', 'y'],
    ['problems.3.statement', undefined],
    ['a.b', undefined],
  ])('get %s', (path, value) => {
    expect(getIn(plan, path)).toBe(value);
  });

  it('set copies only what is on the path', () => {
    const next = setIn(plan, 'problems.0.goals.0.clientWords', 'z');
    expect(getIn(next, 'problems.0.goals.0.clientWords')).toBe('z');
    expect(plan.problems[0].goals[0].clientWords).toBe('y');
    expect(Array.isArray(next.problems)).toBe(true);
  });

  it('lists are replaced through an update', () => {
    const next = updateListIn(plan, 'problems.0.goals', (l: readonly unknown[]) => [...l, { clientWords: 'w' }]);
    expect(getIn(next, 'problems.0.goals.1.clientWords')).toBe('w');
  });

  it.each([
    ['problems.0', 2],
    ['problems.0.goals', 1],
    ['problems.1', 0],
  ])('errors under %s', (path, n) => {
    expect(errorsUnder({ 'problems.0.statement': 'a', 'problems.0.goals.0.clientWords': 'b', problems1: 'c' }, path)).toBe(n);
  });
});
