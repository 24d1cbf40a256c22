/** The treatment plan as a progress report shows it (progress.md §7.1 "Plan progress"): objectives judged from the data. */
import type { ObjectiveData } from '../progress/plans/evaluate';
import { planBehaviourDefinitions } from '../progress/plans/behaviour-presets';
import { objectiveProgress } from '../progress/plans/objective-progress';
import type { TreatmentPlanVersion } from '../progress/plans/types';
import type { ReportPeriod, ReportPlanSummary } from './progress-report-input';

/** The signed version in force at the period's end (else the latest signed one before it), or null. */
export function planInForce(versions: readonly TreatmentPlanVersion[], period: ReportPeriod): TreatmentPlanVersion | null {
  const signed = versions.filter((v) => (v.status === 'active' || v.status === 'superseded' || v.status === 'closed') && v.effectiveFrom <= period.to);
  return signed.find((x) => x.status === 'active') ?? signed.sort((a, b) => a.version - b.version).at(-1) ?? null;
}

/** The plan's problems, goals and objectives, each objective's status and evidence as of the period's end. */
export function planSummary(v: TreatmentPlanVersion, data: ObjectiveData, period: ReportPeriod): ReportPlanSummary {
  return {
    effectiveFrom: v.effectiveFrom,
    clientStatement: v.clientStatement,
    diagnoses: v.diagnoses.map((d) => `${d.code} ${d.label}`),
    targetBehaviours: planBehaviourDefinitions(v),
    problems: v.problems.map((p) => ({
      statement: p.statement,
      goals: p.goals.map((g) => ({
        clientWords: g.clientWords,
        status: g.status,
        objectives: g.objectives.map((o) => {
          const progress = objectiveProgress(o, data, period.to);
          return { statement: o.statement, status: progress.status, evidence: progress.evaluation?.detail ?? 'judged by the clinician' };
        }),
      })),
    })),
  };
}
