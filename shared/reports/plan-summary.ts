/**
 * The treatment plan as a progress report shows it (progress.md §7.1 "Plan progress"): each objective's status as
 * shown everywhere (the clinician's judgement where set, the status from the data beside it), and its evidence.
 */
import type { ObjectiveData } from '../progress/plans/evaluate';
import { planBehaviourDefinitions } from '../progress/plans/behaviour-presets';
import { shownObjectiveStatus, shownObjectiveStatusText } from '../progress/plans/objective-display';
import type { ObjectiveStatusEntry } from '../progress/plans/objective-status';
import type { Objective, TreatmentPlanVersion } from '../progress/plans/types';
import type { ReportPeriod, ReportPlanSummary } from './progress-report-input';

/** The signed version in force at the period's end (else the latest signed one before it), or null. */
export function planInForce(versions: readonly TreatmentPlanVersion[], period: ReportPeriod): TreatmentPlanVersion | null {
  const signed = versions.filter((v) => (v.status === 'active' || v.status === 'superseded' || v.status === 'closed') && v.effectiveFrom <= period.to);
  return signed.find((x) => x.status === 'active') ?? signed.sort((a, b) => a.version - b.version).at(-1) ?? null;
}

function objectiveRow(o: Objective, data: ObjectiveData, asOf: string, judgement: ObjectiveStatusEntry | undefined) {
  const { shown, computed } = shownObjectiveStatus(o, data, asOf, judgement);
  const detail = computed.evaluation?.detail ?? 'judged by the clinician';
  const reason = shown.source === 'clinician' ? ` Clinician’s reason (${shown.on}): ${shown.reason}` : '';
  // The computed status stays its key (the report writes it out); a judgement is written out with the data's beside it.
  const status = shown.source === 'clinician' ? shownObjectiveStatusText(shown) : shown.status;
  return { statement: o.statement, status, evidence: `${detail}${reason}` };
}

/**
 * The plan's problems, goals and objectives, each objective's status and evidence as of the period's end, with the
 * clinician's judgement made by then (`judgements`: the latest per objective id).
 */
export function planSummary(
  v: TreatmentPlanVersion,
  data: ObjectiveData,
  period: ReportPeriod,
  judgements: ReadonlyMap<string, ObjectiveStatusEntry> = new Map(),
): ReportPlanSummary {
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
        objectives: g.objectives.map((o) => objectiveRow(o, data, period.to, judgements.get(o.objectiveId))),
      })),
    })),
  };
}
