/**
 * Waypoint's own daily check-in (issue 3 §5): mood, anxiety, stress and cravings on 0–10, hours slept, coping skills
 * used, a short journal entry. Not a standardized instrument: no total, no bands; each scale is trended on its own.
 * Stored as a response of kind 'check-in' with this form's id and version; the journal goes in the sealed comment.
 */
import { z } from 'zod';

export const CHECK_IN_FORM = { id: 'waypoint-check-in', version: '1.0.0', title: 'Daily check-in' } as const;

/** The four 0–10 scales, in display order, with what their ends mean. */
export const CHECK_IN_SCALES = [
  { key: 'mood', label: 'Mood', anchors: '0 = very low, 10 = very good' },
  { key: 'anxiety', label: 'Anxiety', anchors: '0 = none, 10 = extreme' },
  { key: 'stress', label: 'Stress', anchors: '0 = none, 10 = extreme' },
  { key: 'cravings', label: 'Cravings', anchors: '0 = none, 10 = extreme' },
] as const;

export type CheckInScale = (typeof CHECK_IN_SCALES)[number]['key'];

/** Skills every clinic offers; a clinic adds its own list in the measures settings. */
export const BUILT_IN_COPING_SKILLS = ['Mindfulness', 'Grounding', 'Cognitive reframing'] as const;

export const JOURNAL_MAX_CHARS = 1000;
export const SKILL_MAX_CHARS = 60;
export const MAX_SLEEP_HOURS = 24;

const scale = z.number().int().min(0).max(10);

/** The stored answers of one check-in (the journal is stored beside them, in the response's comment). */
export const checkInAnswersSchema = z.object({
  mood: scale,
  anxiety: scale,
  stress: scale,
  cravings: scale,
  sleepHours: z.number().min(0).max(MAX_SLEEP_HOURS),
  copingSkills: z.array(z.string().trim().min(1).max(SKILL_MAX_CHARS)).max(40),
});

export type CheckInAnswers = z.infer<typeof checkInAnswersSchema>;

/** Why a 0–10 scale value is not acceptable, or null: a whole number from 0 to 10. */
export function scaleProblem(value: number | null): string | null {
  if (value === null) return 'is empty: enter a whole number from 0 to 10';
  return Number.isInteger(value) && value >= 0 && value <= 10 ? null : `${String(value)} is not a whole number from 0 to 10`;
}

/** Why hours slept is not acceptable, or null: from 0 to 24, tenths allowed. */
export function sleepProblem(value: number | null): string | null {
  if (value === null) return 'is empty: enter the hours slept, from 0 to 24';
  const tenths = Math.round(value * 10);
  return value >= 0 && value <= MAX_SLEEP_HOURS && Math.abs(tenths - value * 10) < 1e-9
    ? null
    : `${String(value)} is not a number of hours from 0 to 24 (tenths allowed)`;
}

/** Why a journal entry is not acceptable, or null. */
export function journalProblem(text: string): string | null {
  return text.length > JOURNAL_MAX_CHARS ? `is ${String(text.length)} characters; the most is ${String(JOURNAL_MAX_CHARS)}` : null;
}

/** Skills without blanks or repeats (case-insensitive), trimmed, in first-seen order. */
export function cleanSkills(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  return skills
    .map((s) => s.trim())
    .filter((s) => {
      const key = s.toLowerCase();
      if (!s || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
