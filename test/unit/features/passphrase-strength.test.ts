import { describe, expect, it } from 'vitest';
import { checkPassphrase, PASSPHRASE_HINT, PASSPHRASE_MIN_LENGTH, passphraseFieldError, passphraseStrength } from '../../../shared/domain/passphrase';

describe('checkPassphrase (zxcvbn-ts)', () => {
  it.each([
    // text, accepted, what the field says
    ['', false, 'Use at least 12 characters.'],
    ['abc', false, 'Use at least 12 characters.'],
    ['Zq#8vL!2pW', false, 'Use at least 12 characters.'],
    ['password1234', false, 'This passphrase is too easy to guess. This is very close to a common password.'],
    ['aaaaaaaaaaaa', false, 'This passphrase is too easy to guess. Repeated characters like “aaa” are easy to guess.'],
    ['abcdefghijkl', false, 'This passphrase is too easy to guess. Sequences like “abc” or “1234” are easy to guess.'],
    ['123456789012', false, 'This passphrase is too easy to guess. This is one of the most common passwords.'],
    ['qwertyuiop12', false, 'This passphrase is too easy to guess. This is very close to a common password.'],
    ['iloveyou1234', false, 'This passphrase is too easy to guess. This is very close to a common password.'],
    ['sunflower12x', false, 'This passphrase is too easy to guess. This is very close to a common password.'],
    ['river boat lamp', true, null],
    ['kq8#Vz!m2Lp@', true, null],
    ['correct horse battery staple', true, null],
    ['tess keeps her own phrase', true, null],
    ['a brand new passphrase', true, null],
    ['a new laptop, a new phrase', true, null],
  ] as const)('%j accepted: %s', (text, ok, message) => {
    const check = checkPassphrase(text);
    expect({ ok: check.ok, message: check.message }).toEqual({ ok, message });
    expect(check.hint).toBe(ok ? null : PASSPHRASE_HINT);
  });

  it('puts message and hint together for the field, nothing when accepted', () => {
    expect(passphraseFieldError('password1234')).toBe(`This passphrase is too easy to guess. This is very close to a common password. ${PASSPHRASE_HINT}`);
    expect(passphraseFieldError('correct horse battery staple')).toBeNull();
  });

  it('counts the names an attacker would try first', () => {
    expect(checkPassphrase('harborlight2026').ok).toBe(true);
    expect(checkPassphrase('harborlight2026', ['harborlight']).ok).toBe(false);
  });

  it.each([
    ['', 0, 'very weak', false],
    ['aaaaaaaaaaaa', 0, 'very weak', true],
    ['password1234', 1, 'weak', true],
    ['sunflower12x', 2, 'fair', true],
    ['correct horse battery staple', 4, 'strong', true],
  ] as const)('meter: %j scores %i (%s), long enough: %s', (text, score, label, meetsMinimum) => {
    expect(passphraseStrength(text)).toEqual({ score, label, meetsMinimum });
  });

  it('never rates a too-short passphrase above weak, however varied', () => {
    expect(passphraseStrength('Zq#8vL!2pW').score).toBeLessThanOrEqual(1);
  });

  it('accepts exactly the minimum length', () => {
    expect(passphraseStrength('x'.repeat(PASSPHRASE_MIN_LENGTH - 1)).meetsMinimum).toBe(false);
    expect(passphraseStrength('x'.repeat(PASSPHRASE_MIN_LENGTH)).meetsMinimum).toBe(true);
  });
});
