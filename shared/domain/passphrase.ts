/**
 * Passphrase strength, in the spirit of NIST SP 800-63B §5.1.1.2: length matters most, composition rules do not;
 * known-bad choices (repeats, sequences, common passwords) are penalised. The score is an estimate of guessing
 * entropy (length × log2 of the character pool, with runs and repeats counted at a fraction), bucketed like zxcvbn's
 * 0–4 scale so the UI can show it the way people already know from other apps.
 */

/** The fewest characters a passphrase may have (also enforced by the vault). */
export const PASSPHRASE_MIN_LENGTH = 12;

export type PassphraseScore = 0 | 1 | 2 | 3 | 4;

export interface PassphraseStrength {
  readonly score: PassphraseScore;
  readonly label: string;
  readonly meetsMinimum: boolean;
}

const LABELS: Readonly<Record<PassphraseScore, string>> = {
  0: 'very weak',
  1: 'weak',
  2: 'fair',
  3: 'good',
  4: 'strong',
};

// Lower-cased fragments that attackers try first; a passphrase built on one gains little from it.
const COMMON = ['password', 'passphrase', 'qwerty', 'letmein', 'welcome', 'iloveyou', 'admin', 'abc123', '123456'];

// Bits of estimated entropy at which each score starts.
const THRESHOLDS: readonly (readonly [number, PassphraseScore])[] = [
  [80, 4],
  [60, 3],
  [40, 2],
  [25, 1],
];

function poolSize(text: string): number {
  let pool = 0;
  if (/[a-z]/.test(text)) pool += 26;
  if (/[A-Z]/.test(text)) pool += 26;
  if (/\d/.test(text)) pool += 10;
  if (/[^a-zA-Z\d\s]/.test(text)) pool += 33;
  // A space between words adds length, not variety.
  if (/\s/.test(text)) pool += 1;
  return pool;
}

// Characters that repeat or continue a sequence (aaa, abc, 321) count as a quarter of a character.
function effectiveLength(text: string): number {
  const chars = Array.from(text);
  let length = 0;
  chars.forEach((ch, i) => {
    const prev = chars[i - 1];
    const step = prev === undefined ? Number.NaN : ch.charCodeAt(0) - prev.charCodeAt(0);
    length += Math.abs(step) <= 1 ? 0.25 : 1;
  });
  return length;
}

function commonPenalty(text: string): number {
  const lower = text.toLowerCase();
  return COMMON.filter((word) => lower.includes(word)).reduce((sum, word) => sum + word.length * 0.75, 0);
}

/** Estimates how hard a passphrase is to guess; `meetsMinimum` says whether it is long enough to be accepted. */
export function passphraseStrength(text: string): PassphraseStrength {
  const length = Array.from(text).length;
  const meetsMinimum = length >= PASSPHRASE_MIN_LENGTH;
  const pool = poolSize(text);
  const bits = pool === 0 ? 0 : Math.max(0, effectiveLength(text) - commonPenalty(text)) * Math.log2(pool);
  const found = THRESHOLDS.find(([min]) => bits >= min);
  const raw: PassphraseScore = found ? found[1] : 0;
  // Too short is never better than weak, however varied.
  const score: PassphraseScore = meetsMinimum ? raw : raw > 1 ? 1 : raw;
  return { score, label: LABELS[score], meetsMinimum };
}
