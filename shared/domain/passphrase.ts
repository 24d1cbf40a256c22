import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * Passphrase strength from a maintained estimator (zxcvbn-ts with its common-password and keyboard lists): length
 * matters most, composition rules do not (NIST SP 800-63B §5.1.1.2), and what attackers try first (common passwords,
 * repeats, sequences, keyboard walks, dates) is judged by how fast a cracker would reach it. The one check every
 * new-passphrase field uses (first run, staff, join, recovery reset, restore) and the vault's own backstop.
 */

/** The fewest characters a passphrase may have (also enforced by the vault). */
export const PASSPHRASE_MIN_LENGTH = 12;

/** zxcvbn's score at which a passphrase is accepted: "safely unguessable", about 10^8 guesses or more. */
export const PASSPHRASE_MIN_SCORE = 3;

export type PassphraseScore = 0 | 1 | 2 | 3 | 4;

export interface PassphraseStrength {
  readonly score: PassphraseScore;
  readonly label: string;
  readonly meetsMinimum: boolean;
}

/** The verdict on a new passphrase: accepted, or a message for the field and a hint what to do instead. */
export interface PassphraseCheck extends PassphraseStrength {
  readonly ok: boolean;
  readonly message: string | null;
  readonly hint: string | null;
}

const LABELS: Readonly<Record<PassphraseScore, string>> = {
  0: 'very weak',
  1: 'weak',
  2: 'fair',
  3: 'good',
  4: 'strong',
};

export const PASSPHRASE_HINT = 'Try four or more unrelated words, or a short sentence only you would write.';

// What the estimator found, in words; keys are zxcvbn's warning ids.
const WARNINGS: Readonly<Record<string, string>> = {
  simpleRepeat: 'Repeated characters like “aaa” are easy to guess.',
  extendedRepeat: 'Repeated patterns like “abcabc” are easy to guess.',
  sequences: 'Sequences like “abc” or “1234” are easy to guess.',
  common: 'This is one of the most common passwords.',
  similarToCommon: 'This is very close to a common password.',
  topTen: 'This is one of the ten most used passwords.',
  topHundred: 'This is one of the hundred most used passwords.',
  straightRow: 'A row of keys on the keyboard is easy to guess.',
  keyPattern: 'A short keyboard pattern is easy to guess.',
  dates: 'Dates are easy to guess.',
  recentYears: 'Recent years are easy to guess.',
  wordByItself: 'A single word is easy to guess.',
};

let estimator: ZxcvbnFactory | null = null;

// Built on first use: ranking the word lists takes a moment that screens without a passphrase field never pay.
function estimate(text: string, userInputs: readonly string[]): ZxcvbnResult {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator.check(text, [...userInputs]);
}

const toScore = (n: number): PassphraseScore => (n <= 0 ? 0 : n >= 4 ? 4 : n === 1 ? 1 : n === 2 ? 2 : 3);

/**
 * Checks a new passphrase. `userInputs`: words the person or clinic is known by (names), which an attacker would try
 * first. Too short is never better than weak, however varied.
 */
export function checkPassphrase(text: string, userInputs: readonly string[] = []): PassphraseCheck {
  const meetsMinimum = Array.from(text).length >= PASSPHRASE_MIN_LENGTH;
  const result = text === '' ? null : estimate(text, userInputs);
  const raw = result ? toScore(result.score) : 0;
  const score: PassphraseScore = meetsMinimum ? raw : raw > 1 ? 1 : raw;
  const strength = { score, label: LABELS[score], meetsMinimum };
  if (!meetsMinimum) return { ...strength, ok: false, message: `Use at least ${PASSPHRASE_MIN_LENGTH} characters.`, hint: PASSPHRASE_HINT };
  if (score >= PASSPHRASE_MIN_SCORE) return { ...strength, ok: true, message: null, hint: null };
  const warning = result?.feedback.warning;
  const found = warning ? (WARNINGS[warning] ?? null) : null;
  const message = `This passphrase is too easy to guess.${found ? ` ${found}` : ''}`;
  return { ...strength, ok: false, message, hint: PASSPHRASE_HINT };
}

/** Estimated strength for the meter under a field (the same estimate checkPassphrase judges by). */
export function passphraseStrength(text: string): PassphraseStrength {
  const { score, label, meetsMinimum } = checkPassphrase(text);
  return { score, label, meetsMinimum };
}

/** The field message for a new passphrase (message and hint together), or null when it is accepted. */
export function passphraseFieldError(text: string, userInputs: readonly string[] = []): string | null {
  const check = checkPassphrase(text, userInputs);
  return check.ok ? null : `${check.message ?? ''} ${check.hint ?? ''}`.trim();
}
