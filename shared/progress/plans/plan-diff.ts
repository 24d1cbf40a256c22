/** Section-by-section difference between two plan versions (progress.md §1.7). */
import { canonicalJson } from '../../sync/canonical-json';
import type { Goal, Intervention, Objective, Problem, TreatmentPlanVersion } from './types';

export const DIFF_SECTIONS = [
  'plan',
  'diagnoses',
  'strengths',
  'services',
  'target_behaviours',
  'problems',
  'goals',
  'objectives',
  'targets',
  'interventions',
] as const;
export type DiffSection = (typeof DIFF_SECTIONS)[number];

export interface PlanChange {
  readonly section: DiffSection;
  readonly change: 'added' | 'removed' | 'changed';
  /** The item's id (problem/goal/objective/intervention/behaviour id, diagnosis code, list index) or the field name. */
  readonly id: string;
  readonly label: string;
  /** For 'changed': which fields differ. */
  readonly fields: readonly string[];
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

function changedFields<T extends object>(a: T, b: T, skip: readonly string[]): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !skip.includes(k) && !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])).sort();
}

function diffById<T extends object>(
  section: DiffSection,
  before: readonly T[],
  after: readonly T[],
  id: (t: T) => string,
  label: (t: T) => string,
  skip: readonly string[] = [],
): PlanChange[] {
  const out: PlanChange[] = [];
  const old = new Map(before.map((t) => [id(t), t]));
  const next = new Map(after.map((t) => [id(t), t]));
  for (const [key, t] of old) if (!next.has(key)) out.push({ section, change: 'removed', id: key, label: label(t), fields: [] });
  for (const [key, t] of next) {
    const prev = old.get(key);
    if (!prev) out.push({ section, change: 'added', id: key, label: label(t), fields: [] });
    else {
      const fields = changedFields(prev, t, skip);
      if (fields.length > 0) out.push({ section, change: 'changed', id: key, label: label(t), fields });
    }
  }
  return out;
}

/** Services have no id: the n-th service of a type is matched with the n-th of that type in the other version. */
function numbered(services: TreatmentPlanVersion['services']): (TreatmentPlanVersion['services'][number] & { readonly key: string })[] {
  const seen = new Map<string, number>();
  return services.map((s) => {
    const n = (seen.get(s.type) ?? 0) + 1;
    seen.set(s.type, n);
    return { ...s, key: n === 1 ? s.type : `${s.type}#${String(n)}` };
  });
}

const goalsOf = (v: TreatmentPlanVersion): Goal[] => v.problems.flatMap((p) => p.goals);
const objectivesOf = (v: TreatmentPlanVersion): Objective[] => goalsOf(v).flatMap((g) => g.objectives);
const interventionsOf = (v: TreatmentPlanVersion): Intervention[] => objectivesOf(v).flatMap((o) => o.interventions);
const TOP_FIELDS = [
  'levelOfCare',
  'effectiveFrom',
  'reviewDueOn',
  'reviewPreset',
  'clientStatement',
  'primaryOutcomeInstrumentId',
  'dischargeCriteria',
  'asamDimensionLinks',
] as const;

function objectiveChanges(a: TreatmentPlanVersion, b: TreatmentPlanVersion): PlanChange[] {
  const label = (o: Objective) => o.statement;
  const own = diffById('objectives', objectivesOf(a), objectivesOf(b), (o) => o.objectiveId, label, ['interventions', 'measure', 'targetDate']);
  const targets = diffById('targets', objectivesOf(a), objectivesOf(b), (o) => o.objectiveId, label, [
    'interventions',
    'statement',
    'status',
    'statusSource',
    'statusReason',
    'baselineValue',
    'startDate',
    'fromLibrary',
  ]).filter((c) => c.change === 'changed');
  return [...own, ...targets];
}

/** What changed from `before` to `after`, by section; empty when the content is the same. */
export function diffVersions(before: TreatmentPlanVersion, after: TreatmentPlanVersion): readonly PlanChange[] {
  const top = TOP_FIELDS.filter((f) => !same(before[f], after[f])).map((f): PlanChange => ({
    section: 'plan',
    change: 'changed',
    id: f,
    label: f,
    fields: [f],
  }));
  return [
    ...top,
    ...diffById(
      'diagnoses',
      before.diagnoses,
      after.diagnoses,
      (d) => d.code,
      (d) => `${d.code} ${d.label}`,
    ),
    ...diffById(
      'strengths',
      before.strengths.map((s) => ({ s })),
      after.strengths.map((s) => ({ s })),
      (x) => x.s,
      (x) => x.s,
    ),
    ...diffById(
      'services',
      numbered(before.services),
      numbered(after.services),
      (s) => s.key,
      (s) => s.type,
      ['key'],
    ),
    ...diffById(
      'target_behaviours',
      before.targetBehaviours,
      after.targetBehaviours,
      (t) => t.behaviourId,
      (t) => t.label,
    ),
    ...diffById(
      'problems',
      before.problems,
      after.problems,
      (p: Problem) => p.problemId,
      (p) => p.statement,
      ['goals'],
    ),
    ...diffById(
      'goals',
      goalsOf(before),
      goalsOf(after),
      (g) => g.goalId,
      (g) => g.clientWords,
      ['objectives'],
    ),
    ...objectiveChanges(before, after),
    ...diffById(
      'interventions',
      interventionsOf(before),
      interventionsOf(after),
      (i) => i.interventionId,
      (i) => i.modality,
    ),
  ];
}
