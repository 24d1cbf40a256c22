/**
 * The clinic's list of target behaviours (progress.md §3): Waypoint's presets plus the clinic's own. A tracked
 * behaviour is a plan-style definition with whether its entry asks for the strongest intensity (urges, cravings).
 */
import type { TargetBehaviourDefinition, TreatmentPlanVersion } from './types';

/** A behaviour on the clinic's list or tracked for a client. */
export interface TrackedBehaviour extends TargetBehaviourDefinition {
  /** The daily entry also asks for the strongest intensity 0–10. */
  readonly withIntensity: boolean;
  /** 'week': counted as one total a week (entries with span 'week'); absent: counted day by day. */
  readonly countedBy?: 'week';
}

const count = (behaviourId: string, label: string, direction: TrackedBehaviour['direction'] = 'lower_is_better', withIntensity = false): TrackedBehaviour => ({
  behaviourId,
  label,
  valueType: 'count',
  direction,
  period: 'day',
  reporters: ['client', 'clinician'],
  withIntensity,
});

/** Waypoint's presets (§3 table; derived and drink/minute presets wait for their own entry screens). */
export const BEHAVIOUR_PRESETS: readonly TrackedBehaviour[] = [
  count('panic_attacks', 'Panic attacks'),
  count('self_harm_urges', 'Self-harm urges', 'lower_is_better', true),
  { ...count('self_harm_acts', 'Self-harm acts'), raisesSafetyEvent: 'high' },
  { ...count('substance_use_day:any', 'Substance-use days'), valueType: 'yes_no' },
  count('binge_episodes', 'Binge episodes'),
  count('purge_episodes', 'Purge episodes'),
  count('anger_outbursts', 'Anger outbursts'),
  count('skills_used', 'Skills used', 'higher_is_better'),
  count('mutual_help_meetings', 'Mutual-help meetings', 'higher_is_better'),
];

/** The id of a clinic's own behaviour: 'custom:' and the label in lower-case words joined by '_'. */
export function customBehaviourId(label: string): string {
  const slug = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `custom:${slug}`;
}

/** The error of a new behaviour's name: empty, or already on the list (same id). */
export function customBehaviourError(label: string, list: readonly TrackedBehaviour[]): string | null {
  if (!label.trim()) return 'Name the behaviour.';
  if (customBehaviourId(label) === 'custom:') return 'Use letters or digits in the name.';
  const id = customBehaviourId(label);
  const same = list.find((b) => b.behaviourId === id || b.label.toLowerCase() === label.trim().toLowerCase());
  return same ? `“${same.label}” is already on the clinic’s list.` : null;
}

/** Presets first, then the clinic's own, each id once (a clinic entry never replaces a preset). */
export function clinicBehaviourList(own: readonly TrackedBehaviour[]): readonly TrackedBehaviour[] {
  const ids = new Set(BEHAVIOUR_PRESETS.map((b) => b.behaviourId));
  const mine = own.filter((b) => !ids.has(b.behaviourId) && (ids.add(b.behaviourId), true));
  return [...BEHAVIOUR_PRESETS, ...mine];
}

/**
 * The behaviours shown for a client: the ones tracked on the chart, with the active plan's definition winning for
 * the same id (the plan is signed: its target is the one the objective is judged against), then the plan's others.
 */
export function clientBehaviours(tracked: readonly TrackedBehaviour[], plan: readonly TargetBehaviourDefinition[]): readonly TrackedBehaviour[] {
  const fromPlan = new Map(plan.map((d) => [d.behaviourId, d]));
  const out = tracked.map((t) => {
    const p = fromPlan.get(t.behaviourId);
    return p ? { ...t, ...p, withIntensity: t.withIntensity } : t;
  });
  const seen = new Set(tracked.map((t) => t.behaviourId));
  for (const p of plan) if (!seen.has(p.behaviourId)) out.push({ ...p, withIntensity: false });
  return out;
}

/**
 * A plan version's behaviour definitions, each carrying the weekly target of the plan's objective on it when the
 * definition has none of its own (the signed plan's target is written on the objective: "≤ 1 a week").
 */
export function planBehaviourDefinitions(v: Pick<TreatmentPlanVersion, 'targetBehaviours' | 'problems'>): readonly TargetBehaviourDefinition[] {
  const targets = new Map<string, NonNullable<TargetBehaviourDefinition['weeklyTarget']>>();
  for (const o of v.problems.flatMap((p) => p.goals.flatMap((g) => g.objectives))) {
    const m = o.measure;
    if (m.kind === 'target_behaviour' && Number.isFinite(m.value) && !targets.has(m.behaviourId))
      targets.set(m.behaviourId, { aggregate: m.aggregate, comparator: m.comparator, value: m.value });
  }
  return v.targetBehaviours.map((d) => {
    const target = d.weeklyTarget ?? targets.get(d.behaviourId);
    return target ? { ...d, weeklyTarget: target } : d;
  });
}

function rebuilt(b: TrackedBehaviour, weeklyTarget: TrackedBehaviour['weeklyTarget'], countedBy: TrackedBehaviour['countedBy']): TrackedBehaviour {
  const { behaviourId, label, valueType, direction, period, reporters, withIntensity, raisesSafetyEvent } = b;
  return {
    behaviourId,
    label,
    valueType,
    direction,
    period,
    reporters,
    withIntensity,
    ...(raisesSafetyEvent ? { raisesSafetyEvent } : {}),
    ...(weeklyTarget ? { weeklyTarget } : {}),
    ...(countedBy ? { countedBy } : {}),
  };
}

/** The behaviour with this weekly target (or none). */
export function withWeeklyTarget(b: TrackedBehaviour, weeklyTarget: TrackedBehaviour['weeklyTarget']): TrackedBehaviour {
  return rebuilt(b, weeklyTarget, b.countedBy);
}

/** The behaviour counted day by day, or as one total for each week. */
export function withCounting(b: TrackedBehaviour, countedBy: 'day' | 'week'): TrackedBehaviour {
  return rebuilt(b, b.weeklyTarget, countedBy === 'week' ? 'week' : undefined);
}
