import { isIsoDate } from '../../../shared/domain/dates';
import { CHECK_IN_SCALES, JOURNAL_MAX_CHARS, cleanSkills, journalProblem, scaleProblem, sleepProblem, type CheckInAnswers } from '../../../shared/instruments';

/** A check-in as typed: number inputs hold a number or '' (empty). */
export interface CheckInDraft {
  readonly day: string;
  readonly mood: number | string;
  readonly anxiety: number | string;
  readonly stress: number | string;
  readonly cravings: number | string;
  readonly sleepHours: number | string;
  readonly copingSkills: readonly string[];
  readonly journal: string;
}

export type CheckInField = keyof CheckInDraft;

export function emptyDraft(day: string): CheckInDraft {
  return { day, mood: '', anxiety: '', stress: '', cravings: '', sleepHours: '', copingSkills: [], journal: '' };
}

const asNumber = (v: number | string): number | null => (typeof v === 'number' ? v : v.trim() === '' || Number.isNaN(Number(v)) ? null : Number(v));

export const FIELD_LABELS: Readonly<Record<CheckInField, string>> = {
  day: 'Day',
  mood: 'Mood',
  anxiety: 'Anxiety',
  stress: 'Stress',
  cravings: 'Cravings',
  sleepHours: 'Sleep (hours)',
  copingSkills: 'Coping skills used',
  journal: 'Journal',
};

export type DraftResult =
  | { readonly ok: true; readonly value: { readonly day: string; readonly answers: CheckInAnswers; readonly journal: string } }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<CheckInField, string>>> };

/**
 * Validates a typed check-in: every scale 0–10, hours slept 0–24, a day neither in the future nor before the client's
 * birth (`dateOfBirth`, '' when unknown), a short journal. Nothing is rounded or cut: a wrong value gets a message.
 */
export function readDraft(d: CheckInDraft, today: string, dateOfBirth = ''): DraftResult {
  const errors: Partial<Record<CheckInField, string>> = {};
  if (!isIsoDate(d.day) || d.day > today) errors.day = 'Day: choose today or an earlier day.';
  else if (isIsoDate(dateOfBirth) && d.day < dateOfBirth) errors.day = 'Day: this is before the client’s date of birth; check the year.';
  for (const { key, label } of CHECK_IN_SCALES) {
    const p = scaleProblem(asNumber(d[key]));
    if (p) errors[key] = `${label} ${p}.`;
  }
  const sleep = sleepProblem(asNumber(d.sleepHours));
  if (sleep) errors.sleepHours = `Sleep ${sleep}.`;
  const journal = d.journal.trim();
  const jp = journalError(journal);
  if (jp) errors.journal = jp;
  if (Object.keys(errors).length) return { ok: false, errors };
  const n = (v: number | string) => asNumber(v) ?? 0;
  const answers = {
    mood: n(d.mood),
    anxiety: n(d.anxiety),
    stress: n(d.stress),
    cravings: n(d.cravings),
    sleepHours: n(d.sleepHours),
    copingSkills: cleanSkills(d.copingSkills),
  };
  return { ok: true, value: { day: d.day, answers, journal } };
}

/** The journal's message while it is too long (it is never cut), or null. */
export function journalError(journal: string): string | null {
  const problem = journalProblem(journal.trim());
  return problem ? `Journal ${problem}.` : null;
}

/** The journal's length against its limit, shown while typing so the limit is known before it is reached. */
export function journalCount(journal: string): string {
  return `${String(journal.trim().length)} of ${String(JOURNAL_MAX_CHARS)} characters`;
}
