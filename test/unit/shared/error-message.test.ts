import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/error-message';

class QuotaError extends Error {}

describe('errorMessage', () => {
  it.each([
    ['an Error', new Error('The server did not answer.'), 'The server did not answer.'],
    ['a subclass', new QuotaError('The disk is full.'), 'The disk is full.'],
    ['a string', 'refused', 'refused'],
    ['a number', 404, '404'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
  ])('%s', (_what, value, expected) => {
    expect(errorMessage(value)).toBe(expected);
  });
});
