import { describe, expect, it } from 'vitest';
import { plural } from '../../../../shared/domain/text';

describe('plural', () => {
  it.each([
    [0, 'group', undefined, '0 groups'],
    [1, 'group', undefined, '1 group'],
    [2, 'client', undefined, '2 clients'],
    [1, 'excused absence', undefined, '1 excused absence'],
    [3, 'excused absence', undefined, '3 excused absences'],
    [2, 'box', undefined, '2 boxes'],
    [2, 'medication-day', 'medication-days', '2 medication-days'],
  ])('%i %s → %s', (n, word, many, expected) => {
    expect(plural(n, word, many)).toBe(expected);
  });
});
