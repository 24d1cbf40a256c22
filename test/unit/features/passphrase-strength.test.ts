import { describe, expect, it } from 'vitest';
import { PASSPHRASE_MIN_LENGTH, passphraseStrength } from '../../../shared/domain/passphrase';

describe('passphraseStrength', () => {
  it.each([
    ['', 0, 'very weak', false],
    ['abc', 0, 'very weak', false],
    ['Tr0ub4dor&3', 1, 'weak', false],
    ['aaaaaaaaaaaa', 0, 'very weak', true],
    ['abcdefghijkl', 0, 'very weak', true],
    ['123456789012', 0, 'very weak', true],
    ['password1234', 0, 'very weak', true],
    ['mypassword12', 0, 'very weak', true],
    ['sunflower12x', 2, 'fair', true],
    ['river boat lamp', 3, 'good', true],
    ['kq8#Vz!m2Lp@', 3, 'good', true],
    ['correct horse battery staple', 4, 'strong', true],
    ['tess keeps her own phrase', 4, 'strong', true],
    ['k9$Lm2#Pq7!xZ4@w', 4, 'strong', true],
  ] as const)('%j scores %i (%s), long enough: %s', (text, score, label, meetsMinimum) => {
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
