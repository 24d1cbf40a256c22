/**
 * Daily plan entries read from responses (progress.md §2–§3: kinds `homework_completion` and `target_behaviour`),
 * each kept with the id of the response it came from. Entries whose answers do not read are left out.
 */
import { z } from 'zod';
import type { InstrumentResponse } from '../../domain/records';
import { HOMEWORK_BARRIERS, type HomeworkCompletion, type TargetBehaviourEntry } from '../plans/types';

/** What a homework report's answers hold (renderer/db writes and reads them with the same schema). */
export const completionSchema = z.object({
  homeworkId: z.string(),
  date: z.string(),
  reporter: z.enum(['client', 'clinician']),
  done: z.boolean(),
  units: z.number(),
  quality: z.union([z.literal(0), z.literal(1), z.literal(2), z.null()]),
  barrier: z.enum(HOMEWORK_BARRIERS).nullable(),
  note: z.string().nullable(),
  reviewedInSessionId: z.string().nullable(),
  enteredAt: z.string(),
});
/** What a target-behaviour entry's answers hold. */
export const entrySchema = z.object({
  behaviourId: z.string(),
  date: z.string(),
  reporter: z.enum(['client', 'clinician', 'family']),
  value: z.number(),
  intensityMax: z.number().optional(),
  recall: z.enum(['same_day', 'next_day', 'timeline_followback']),
  enteredAt: z.string(),
  span: z.literal('week').optional(),
});

export interface WithId<T> {
  readonly id: string;
  readonly entry: T;
}

export function homeworkCompletionsOf(responses: readonly InstrumentResponse[]): WithId<HomeworkCompletion>[] {
  return responses.flatMap((r) => {
    if (r.kind !== 'homework_completion') return [];
    const parsed = completionSchema.safeParse(r.answers);
    return parsed.success ? [{ id: r.id, entry: parsed.data }] : [];
  });
}

export function behaviourEntriesOf(responses: readonly InstrumentResponse[]): WithId<TargetBehaviourEntry>[] {
  return responses.flatMap((r) => {
    if (r.kind !== 'target_behaviour') return [];
    const parsed = entrySchema.safeParse(r.answers);
    return parsed.success ? [{ id: r.id, entry: parsed.data }] : [];
  });
}
