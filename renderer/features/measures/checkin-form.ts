import { isIsoDate } from '../../../shared/domain/dates';
import { CHECK_IN_SCALES, cleanSkills, journalProblem, scaleProblem, sleepProblem, type CheckInAnswers } from '../../../shared/instruments';

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
  day: 'Day', mood: 'Mood', anxiety: 'Anxiety', stress: 'Stress', cravings: 'Cravings', sleepHours: 'Sleep (hours)', copingSkills: 'Coping skills used', journal: 'Journal',
};

export type DraftResult =
  | { readonly ok: true; readonly value: { readonly day: string; readonly answers: CheckInAnswers; readonly journal: string } }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<CheckInField, string>>> };

/** Validates a typed check-in: every scale 0–10, hours slept 0–24, a day not in the future, a short journal. */
export function readDraft(d: CheckInDraft, today: string): DraftResult {
  const errors: Partial<Record<CheckInField, string>> = {};
  if (!isIsoDate(d.day) || d.day > today) errors.day = 'Day: choose today or an earlier day.';
  for (const { key, label } of CHECK_IN_SCALES) {
    const p = scaleProblem(asNumber(d[key]));
    if (p) errors[key] = `${label} ${p}.`;
  }
  const sleep = sleepProblem(asNumber(d.sleepHours));
  if (sleep) errors.sleepHours = `Sleep ${sleep}.`;
  const journal = d.journal.trim();
  const jp = journalProblem(journal);
  if (jp) errors.journal = `Journal ${jp}.`;
  if (Object.keys(errors).length) return { ok: false, errors };
  const n = (v: number | string) => asNumber(v) ?? 0;
  const answers = { mood: n(d.mood), anxiety: n(d.anxiety), stress: n(d.stress), cravings: n(d.cravings), sleepHours: n(d.sleepHours), copingSkills: cleanSkills(d.copingSkills) };
  return { ok: true, value: { day: d.day, answers, journal } };
}
