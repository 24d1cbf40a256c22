import { describe, expect, it } from 'vitest';
import { errorClause, errorMessage } from '../../../shared/error-message';
import { STORAGE_FULL_MESSAGE } from '../../../shared/storage-full';

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

describe('errorClause', () => {
  it.each([
    ['a sentence', new Error('The server did not answer.'), 'The server did not answer'],
    ['no full stop', 'refused', 'refused'],
    ['a full disk', new DOMException('quota', 'QuotaExceededError'), STORAGE_FULL_MESSAGE.replace(/\.$/, '')],
  ])('%s reads inside "Not saved: …. Try again."', (_what, value, expected) => {
    expect(errorClause(value)).toBe(expected);
    expect(`Not saved: ${errorClause(value)}. Try again.`).not.toContain('..');
  });
});
