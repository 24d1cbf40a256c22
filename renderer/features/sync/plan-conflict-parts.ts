import { targetText } from '../plans';
import type { MeasureTarget, TargetBehaviourDefinition } from '../../../shared/progress/plans/types';

/**
 * A treatment-plan version's conflict shown section by section (progress.md §1.2): about the plan, its target
 * behaviours, then one part per problem (with its goals, objectives, targets and interventions), matched by id so a
 * problem edited on both laptops sits on one row. Parts are whole values: a plan is kept or replaced, not text-merged.
 */

type Doc = Readonly<Record<string, unknown>>;

export interface PlanPart {
  readonly key: string;
  readonly label: string;
  readonly current: string;
  readonly other: string;
}

const asDoc = (v: unknown): Doc | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Doc) : null);
const docs = (v: unknown): readonly Doc[] => {
  const list: readonly unknown[] = Array.isArray(v) ? v : [];
  return list.flatMap((x): Doc[] => {
    const d = asDoc(x);
    return d ? [d] : [];
  });
};
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const isTarget = (v: unknown): v is MeasureTarget => typeof asDoc(v)?.kind === 'string';
const isBehaviour = (v: Doc): v is Doc & Pick<TargetBehaviourDefinition, 'behaviourId' | 'label'> =>
  typeof v.behaviourId === 'string' && typeof v.label === 'string';

function behavioursOf(content: Doc | null): readonly Pick<TargetBehaviourDefinition, 'behaviourId' | 'label'>[] {
  return docs(content?.targetBehaviours).filter(isBehaviour);
}

function aboutText(content: Doc | null): string {
  if (!content) return '';
  const lines: [string, string][] = [
    ['Client’s words', str(content.clientStatement)],
    [
      'Strengths',
      Array.isArray(content.strengths)
        ? content.strengths
            .map(str)
            .filter((s) => s.trim())
            .join('; ')
        : '',
    ],
    ['Discharge criteria', str(asDoc(content.dischargeCriteria)?.text)],
    ['What this revision changes', str(content.changeSummary)],
  ];
  return lines
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}

function objectiveLines(o: Doc, behaviours: ReturnType<typeof behavioursOf>): string[] {
  const target = isTarget(o.measure) ? targetText(o.measure, behaviours) : '';
  const interventions = docs(o.interventions).map(
    (i) => `    Intervention: ${str(i.modality)}, ${str(asDoc(i.frequency)?.count)} a ${str(asDoc(i.frequency)?.per)}`,
  );
  return [`  Objective: ${str(o.statement)} — ${target} by ${str(o.targetDate)}`, ...interventions];
}

function problemText(p: Doc | undefined, behaviours: ReturnType<typeof behavioursOf>): string {
  if (!p) return '';
  const goals = docs(p.goals).flatMap((g) => [
    `Goal: “${str(g.clientWords)}”${str(g.clinicalStatement) ? ` — ${str(g.clinicalStatement)}` : ''} (by ${str(g.targetDate)})`,
    ...docs(g.objectives).flatMap((o) => objectiveLines(o, behaviours)),
  ]);
  return [str(p.statement), ...goals].join('\n');
}

/** The sections of two versions of a plan's content, in the current version's order (then the copy's additions). */
export function planContentParts(current: unknown, other: unknown): readonly PlanPart[] {
  const a = asDoc(current);
  const b = asDoc(other);
  const [ba, bb] = [behavioursOf(a), behavioursOf(b)];
  const parts: PlanPart[] = [
    { key: 'plan:about', label: 'About the plan', current: aboutText(a), other: aboutText(b) },
    { key: 'plan:behaviours', label: 'Target behaviours', current: ba.map((x) => x.label).join(', '), other: bb.map((x) => x.label).join(', ') },
  ];
  const mine = docs(a?.problems);
  const theirs = docs(b?.problems);
  const ids = [...new Set([...mine, ...theirs].map((p) => str(p.problemId)))];
  ids.forEach((id, i) => {
    const pa = mine.find((p) => str(p.problemId) === id);
    const pb = theirs.find((p) => str(p.problemId) === id);
    parts.push({
      key: `plan:problem:${id}`,
      label: `Problem ${String(i + 1)}: ${str((pa ?? pb)?.statement)}`,
      current: problemText(pa, ba),
      other: problemText(pb, bb),
    });
  });
  return parts;
}
