/**
 * Where the target-behaviour lists live: sealed 'settings' clinic records (the newest record of a reference wins),
 * one for the clinic's own behaviours and one per client for the behaviours tracked on the chart.
 */
import { z } from 'zod';
import type { TrackedBehaviour } from '../../../shared/progress/plans/behaviour-presets';
import { replayBehaviourList, type BehaviourListChange } from '../../../shared/progress/plans/behaviour-list';
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
  weeklyTarget: z
    .object({ aggregate: z.enum(['sum_per_week', 'days_with_any_per_week', 'max_per_day']), comparator: z.enum(COMPARATORS), value: z.number() })
    .optional(),
  reporters: z.array(z.enum(BEHAVIOUR_REPORTERS)),
  raisesSafetyEvent: z.enum(['high', 'lower']).optional(),
  withIntensity: z.boolean(),
  countedBy: z.literal('week').optional(),
});

type ParsedBehaviour = z.infer<typeof behaviourSchema>;

function toTracked(parsed: ParsedBehaviour): TrackedBehaviour {
  const { weeklyTarget, raisesSafetyEvent, countedBy, ...rest } = parsed;
  return {
    ...rest,
    ...(weeklyTarget ? { weeklyTarget } : {}),
    ...(raisesSafetyEvent ? { raisesSafetyEvent } : {}),
    ...(countedBy ? { countedBy } : {}),
  } satisfies TrackedBehaviour;
}

function listOf(value: unknown): readonly TrackedBehaviour[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((b) => {
    const parsed = behaviourSchema.safeParse(b);
    return parsed.success ? [toTracked(parsed.data)] : [];
  });
}

const changeSchema = z.union([
  z.object({ op: z.enum(['track', 'change']), behaviour: behaviourSchema }),
  z.object({ op: z.literal('stop'), behaviourId: z.string().min(1) }),
]);

function changeOf(value: unknown): BehaviourListChange | undefined {
  const parsed = changeSchema.safeParse(value);
  if (!parsed.success) return undefined;
  return parsed.data.op === 'stop' ? { op: 'stop', behaviourId: parsed.data.behaviourId } : { op: parsed.data.op, behaviour: toTracked(parsed.data.behaviour) };
}

/**
 * The behaviours of the 'settings' records with this reference (shared/progress/plans/behaviour-list.ts): the
 * changes of every record replayed in the order written, so two laptops' changes to one list both stand; a record
 * without a change sets the whole list (the newest such wins). Unreadable entries are skipped.
 */
export function behavioursOf(records: readonly ClinicRecord[], ref: { readonly collection: string; readonly id: string }): readonly TrackedBehaviour[] {
  const mine = records.filter((r) => r.kind === 'settings' && r.refCollection === ref.collection && r.refId === ref.id);
  return replayBehaviourList(
    mine.map((r) => {
      const change = changeOf(r.data.change);
      return { id: r.id, createdAt: r.createdAt, list: listOf(r.data.behaviours), ...(change ? { change } : {}) };
    }),
  );
}

/** The stored 'settings' record of a list of behaviours. */
export function behavioursRecord(
  ref: { readonly collection: string; readonly id: string },
  behaviours: readonly TrackedBehaviour[],
  change?: BehaviourListChange,
) {
  const data = {
    behaviours: JSON.parse(JSON.stringify(behaviours)) as unknown[],
    ...(change ? { change: JSON.parse(JSON.stringify(change)) as unknown } : {}),
  };
  return { kind: 'settings', status: 'open', refCollection: ref.collection, refId: ref.id, data, reason: '' } as const;
}
