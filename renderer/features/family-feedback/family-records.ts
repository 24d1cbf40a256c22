import { FAMILY_FEEDBACK_FORM, familyFeedbackAnswersSchema, familyTotal, type FamilyFeedbackAnswers } from '../../../shared/instruments';
import type { InstrumentResponse, RecordInput } from '../../db';
import { completedAtFor } from '../check-ins';

/** One family feedback form as the screens (and a family session) use it. */
export interface FamilyFeedback {
  readonly id: string;
  readonly clientId: string;
  /** The family session it was given in, or ''. */
  readonly sessionId: string;
  readonly day: string;
  readonly completedAt: string;
  readonly answers: FamilyFeedbackAnswers;
  readonly concerns: string;
  /** Sum of the four ratings, 4–20 (higher = better). */
  readonly total: number;
  readonly authorId: string;
}

export interface FamilyFeedbackInput {
  readonly clientId: string;
  readonly sessionId: string;
  readonly day: string;
  readonly answers: FamilyFeedbackAnswers;
  readonly concerns: string;
}

/** The response a family feedback form is stored as (kind 'family-feedback', respondent 'family'). */
export function familyFeedbackResponse(input: FamilyFeedbackInput, now: Date): RecordInput<InstrumentResponse> {
  return {
    kind: 'family-feedback',
    instrumentId: FAMILY_FEEDBACK_FORM.id,
    instrumentVersion: FAMILY_FEEDBACK_FORM.version,
    clientId: input.clientId,
    sessionId: input.sessionId,
    respondent: 'family',
    completedAt: completedAtFor(input.day, now),
    answers: { ...input.answers, comments: { ...input.answers.comments } },
    score: familyTotal(input.answers),
    band: null,
    flags: [],
    comment: input.concerns,
    supersedesId: '',
  };
}

/** Stored responses as FamilyFeedback, oldest first, skipping anything that is not a valid family feedback form. */
export function toFamilyFeedback(all: readonly InstrumentResponse[], dayOf: (instant: string) => string): readonly FamilyFeedback[] {
  return all
    .flatMap((r) => {
      if (r.kind !== 'family-feedback' || r.instrumentId !== FAMILY_FEEDBACK_FORM.id) return [];
      const parsed = familyFeedbackAnswersSchema.safeParse(r.answers);
      if (!parsed.success) return [];
      const answers = parsed.data;
      return [
        {
          id: r.id,
          clientId: r.clientId,
          sessionId: r.sessionId,
          day: dayOf(r.completedAt),
          completedAt: r.completedAt,
          answers,
          concerns: r.comment,
          total: familyTotal(answers),
          authorId: r.authorId,
        },
      ];
    })
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt));
}

/** A one-line description of a form, e.g. for choosing one to attach to a family session. */
export function familyFeedbackSummary(f: FamilyFeedback, formatDay: (day: string) => string): string {
  return `${formatDay(f.day)} — ${f.answers.relation}, total ${String(f.total)} of 20`;
}
