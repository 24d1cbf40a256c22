/**
 * Family feedback panel (progress.md §5.2, display only): per respondent — a form names the family member by their
 * relation to the client — the latest ratings and the trend against their previous form, never merged with the
 * client's own ratings. A change of the 4–20 total by 2 or more is "better" or "worse" (WD, as for check-ins).
 */
import { FAMILY_FEEDBACK_FORM, FAMILY_ITEMS, familyFeedbackAnswersSchema, familyTotal } from '../../instruments/family-feedback';
import type { InstrumentResponse } from '../../domain/records';
import type { FamilyFeedbackEvidence } from '../recommendation/evidence';
import { clinicDay } from './clinic-day';

export const FAMILY_TREND_POINTS = 2;

interface Form {
  readonly id: string;
  readonly date: string;
  readonly relation: string;
  readonly ratings: Readonly<Record<string, number>>;
  readonly total: number;
}

function forms(responses: readonly InstrumentResponse[], asOf: string, timeZone: string): Form[] {
  return [...responses]
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt))
    .flatMap((r) => {
      if (r.kind !== 'family-feedback' || r.instrumentId !== FAMILY_FEEDBACK_FORM.id) return [];
      const parsed = familyFeedbackAnswersSchema.safeParse(r.answers);
      const date = clinicDay(r.completedAt, timeZone);
      if (!parsed.success || date > asOf) return [];
      const a = parsed.data;
      const ratings = Object.fromEntries(FAMILY_ITEMS.map((item) => [item.key, a[item.key]]));
      return [{ id: r.id, date, relation: a.relation, ratings, total: familyTotal(a) }];
    });
}

function trendOf(latest: Form, previous: Form | undefined): FamilyFeedbackEvidence['trend'] {
  if (!previous) return null;
  const change = latest.total - previous.total;
  if (change >= FAMILY_TREND_POINTS) return 'better';
  return change <= -FAMILY_TREND_POINTS ? 'worse' : 'same';
}

export function familyFeedbackEvidence(responses: readonly InstrumentResponse[], asOf: string, timeZone: string): FamilyFeedbackEvidence[] {
  const byRelation = new Map<string, Form[]>();
  for (const f of forms(responses, asOf, timeZone)) byRelation.set(f.relation, [...(byRelation.get(f.relation) ?? []), f]);
  return [...byRelation].map(([relation, list]) => {
    const latest = list.at(-1);
    return {
      respondentId: relation,
      relationship: relation,
      latest: latest ? { date: latest.date, ratings: latest.ratings } : null,
      trend: latest ? trendOf(latest, list.at(-2)) : null,
      responseIds: list.map((f) => f.id),
    };
  });
}
