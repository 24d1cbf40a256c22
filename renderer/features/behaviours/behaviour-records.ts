/**
 * Where the target-behaviour lists live: sealed 'settings' clinic records (the newest record of a reference wins),
 * one for the clinic's own behaviours and one per client for the behaviours tracked on the chart.
 */
import { z } from 'zod';
import type { TrackedBehaviour } from '../../../shared/progress/plans/behaviour-presets';
import { BEHAVIOUR_REPORTERS, BEHAVIOUR_VALUE_TYPES, COMPARATORS } from '../../../shared/progress/plans/types';
import type { ClinicRecord } from '../../db';

/** The clinic's own behaviours. */
export const CLINIC_BEHAVIOURS_REF = { collection: 'behaviours', id: 'clinic-list' } as const;
/** The behaviours tracked for one client (refId = the client's id). */
export const CLIENT_BEHAVIOURS_COLLECTION = 'behaviours-client';

const behaviourSchema = z.object({
  behaviourId: z.string().min(1),
  label: z.string().min(1),
  valueType: z.enum(BEHAVIOUR_VALUE_TYPES),
  direction: z.enum(['lower_is_better', 'higher_is_better']),
  period: z.literal('day'),
  weeklyTarget: z.object({ aggregate: z.enum(['sum_per_week', 'days_with_any_per_week', 'max_per_day']), comparator: z.enum(COMPARATORS), value: z.number() }).optional(),
  reporters: z.array(z.enum(BEHAVIOUR_REPORTERS)),
  raisesSafetyEvent: z.enum(['high', 'lower']).optional(),
  withIntensity: z.boolean(),
  countedBy: z.literal('week').optional(),
});

/** The behaviours of the newest 'settings' record with this reference; unreadable entries are skipped. */
export function behavioursOf(records: readonly ClinicRecord[], ref: { readonly collection: string; readonly id: string }): readonly TrackedBehaviour[] {
  const mine = records.filter((r) => r.kind === 'settings' && r.refCollection === ref.collection && r.refId === ref.id);
  const latest = mine.reduce<ClinicRecord | null>((a, r) => (!a || r.createdAt >= a.createdAt ? r : a), null);
  const list = latest?.data.behaviours;
  if (!Array.isArray(list)) return [];
  return list.flatMap((b) => {
    const parsed = behaviourSchema.safeParse(b);
    if (!parsed.success) return [];
    const { weeklyTarget, raisesSafetyEvent, countedBy, ...rest } = parsed.data;
    return [{ ...rest, ...(weeklyTarget ? { weeklyTarget } : {}), ...(raisesSafetyEvent ? { raisesSafetyEvent } : {}), ...(countedBy ? { countedBy } : {}) } satisfies TrackedBehaviour];
  });
}

/** The stored 'settings' record of a list of behaviours. */
export function behavioursRecord(ref: { readonly collection: string; readonly id: string }, behaviours: readonly TrackedBehaviour[]) {
  const data = { behaviours: JSON.parse(JSON.stringify(behaviours)) as unknown[] };
  return { kind: 'settings', status: 'open', refCollection: ref.collection, refId: ref.id, data, reason: '' } as const;
}
