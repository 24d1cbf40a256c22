/**
 * Waypoint's own family feedback form (issue 3 §6): what a family member sees at home — communication, handling
 * conflict without escalation, participation in household responsibilities, mood at home — each rated 1–5 with an
 * optional comment, plus concerns in their own words and their relation to the client. Not a standardized
 * instrument: the total (4–20, higher = better) only summarises the trend; every item is trended on its own.
 */
import { z } from 'zod';
import { RELATIONS } from '../domain/relations';

export const FAMILY_FEEDBACK_FORM = { id: 'waypoint-family-feedback', version: '1.0.0', title: 'Family feedback' } as const;

export const FAMILY_ITEMS = [
  { key: 'communication', label: 'Communication at home' },
  { key: 'conflict', label: 'Handling conflict without escalation' },
  { key: 'household', label: 'Participation in household responsibilities' },
  { key: 'moodAtHome', label: 'Mood at home' },
] as const;

export type FamilyItem = (typeof FAMILY_ITEMS)[number]['key'];

/** The 1–5 rating every item uses (higher = better). */
export const FAMILY_RATINGS = [
  { value: 1, label: 'Very poor' },
  { value: 2, label: 'Poor' },
  { value: 3, label: 'Fair' },
  { value: 4, label: 'Good' },
  { value: 5, label: 'Very good' },
] as const;

export const FAMILY_RELATIONS = RELATIONS;

/** Forms saved before the lists were one spelt this relation the other way round; read them as the list's word. */
const LEGACY_RELATIONS: Readonly<Record<string, string>> = { 'Partner or spouse': 'Spouse or partner' };

export const FAMILY_COMMENT_MAX_CHARS = 500;
export const FAMILY_CONCERNS_MAX_CHARS = 2000;

const rating = z.number().int().min(1).max(5);
const comment = z.string().max(FAMILY_COMMENT_MAX_CHARS);

/** The stored answers of one family feedback form (concerns are stored beside them, in the response's comment). */
export const familyFeedbackAnswersSchema = z.object({
  relation: z.preprocess((v) => (typeof v === 'string' ? (LEGACY_RELATIONS[v] ?? v) : v), z.enum(RELATIONS)),
  communication: rating,
  conflict: rating,
  household: rating,
  moodAtHome: rating,
  comments: z.object({ communication: comment, conflict: comment, household: comment, moodAtHome: comment }),
});

export type FamilyFeedbackAnswers = z.infer<typeof familyFeedbackAnswersSchema>;

/** The sum of the four ratings (4–20, higher = better). */
export function familyTotal(a: Pick<FamilyFeedbackAnswers, FamilyItem>): number {
  return FAMILY_ITEMS.reduce((sum, item) => sum + a[item.key], 0);
}

/** The label of a rating value, or the value itself. */
export function ratingLabel(value: number): string {
  return FAMILY_RATINGS.find((r) => r.value === value)?.label ?? String(value);
}
