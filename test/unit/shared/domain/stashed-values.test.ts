import { describe, expect, it } from 'vitest';
import { mergeStashedValues, sameFormValues } from '../../../../shared/domain/stashed-values';

describe('stashed values laid over a form’s opening values', () => {
  it.each([
    ['the stash wins field by field', { a: '', b: 1 }, { a: 'typed', b: '12' }, { a: 'typed', b: '12' }],
    ['a field the stash lacks keeps its opening value', { a: 'x', b: 'y' }, { a: 'typed' }, { a: 'typed', b: 'y' }],
    ['a field the form no longer has is dropped', { a: '' }, { a: 'typed', gone: 'old field' }, { a: 'typed' }],
    ['a value of the wrong kind is ignored', { a: '', list: [] }, { a: ['x'], list: 'x' }, { a: '', list: [] }],
    ['lists come back whole', { contacts: [] }, { contacts: [{ name: 'N' }] }, { contacts: [{ name: 'N' }] }],
    ['nested objects merge', { row: { on: false, every: 7 } }, { row: { on: true } }, { row: { on: true, every: 7 } }],
    ['a map keyed by ids comes back whole', { drafts: {} }, { drafts: { c1: { mood: 4 } } }, { drafts: { c1: { mood: 4 } } }],
    ['not an object at all: the opening values', { a: 'x' }, 'garbage', { a: 'x' }],
    ['null: the opening values', { a: 'x' }, null, { a: 'x' }],
  ])('%s', (_, opening, stashed, expected) => {
    expect(mergeStashedValues(opening, stashed)).toEqual(expected);
  });
});

describe('same form values', () => {
  it.each([
    [{ a: 'x', b: [1] }, { a: 'x', b: [1] }, true],
    [{ a: 'x' }, { a: 'y' }, false],
    [{ n: 7 }, { n: '7' }, false],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(sameFormValues(a, b)).toBe(expected);
  });
});
