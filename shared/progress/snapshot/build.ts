/**
 * The evidence snapshot of a progress review (progress.md §5.2) and the engine's input (§5.3), computed offline from
 * the client's records. Pure: `asOf` and the clinic's time zone are parameters; same records, same snapshot.
 */
import type { InstrumentId } from '../../instruments';
import { plannedHoursPerWeek } from '../plans/plan-validation';
import { recommendLevelOfCare } from '../recommendation/engine';
import type { EvidenceSnapshot } from '../recommendation/evidence';
import { resolveProgressRuleParams } from '../recommendation/params';
import { explainRecommendation } from '../recommendation/sentences';
import type { ReviewSnapshot } from '../recommendation/snapshot';
import { attendanceEvidence, engagementEvidence } from './attendance';
import { checkInEvidence } from './check-ins';
import { episodeEvidence, trackOfProgram } from './episode';
import { familyFeedbackEvidence } from './family';
import { measureEvidence, measureSeries, primaryInput } from './measures';
import { medicationChanges, medicationEvidence } from './medication';
import { behaviourEntriesOf, homeworkCompletionsOf } from './plan-entries';
import { activePlanVersion, homeworkEvidence, objectivesEvidence, substanceUseEvidence, targetBehaviourEvidence } from './plan-evidence';
import type { SnapshotOptions, SnapshotRecords } from './records';
import { safetyEvidence } from './safety';

/** The primary instrument when the client has no active plan naming one (the program's default measure). */
export const DEFAULT_PRIMARY_INSTRUMENT: InstrumentId = 'PHQ-9';

export interface ReviewEvidence {
  readonly evidence: EvidenceSnapshot;
  readonly snapshot: ReviewSnapshot;
}

function measuresPanel(records: SnapshotRecords, options: SnapshotOptions, admittedOn: string, primaryId: InstrumentId) {
  const series = measureSeries(records.responses, options.asOf, options.timeZone);
  const rows = [...series]
    .map(([id, points]) => measureEvidence(id, points, admittedOn, id === primaryId))
    .filter((m) => m.baseline !== null)
    .sort((a, b) => Number(b.primary) - Number(a.primary) || a.instrumentId.localeCompare(b.instrumentId));
  return { series, rows };
}

/** Builds the §5.2 evidence and the §5.3 `ReviewSnapshot` of one client on `options.asOf`. */
export function buildReviewEvidence(records: SnapshotRecords, options: SnapshotOptions): ReviewEvidence {
  const { asOf, timeZone } = options;
  const params = resolveProgressRuleParams(options.params);
  const episode = episodeEvidence(records, asOf);
  const reviewWindowStart = records.previousReviewOn && records.previousReviewOn > episode.admittedOn ? records.previousReviewOn : episode.admittedOn;
  const plan = activePlanVersion(records.planVersions, asOf);
  const primaryId = plan?.primaryOutcomeInstrumentId ?? DEFAULT_PRIMARY_INSTRUMENT;
  const { series, rows } = measuresPanel(records, options, episode.admittedOn, primaryId);
  const behaviourEntries = behaviourEntriesOf(records.responses);
  const completions = homeworkCompletionsOf(records.responses);
  const objectiveData = {
    measures: [...series].flatMap(([instrumentId, points]) => points.map((p) => ({ instrumentId, completedOn: p.date, score: p.total }))),
    behaviourEntries: behaviourEntries.map((e) => e.entry),
    homework: records.homework,
    completions: completions.map((c) => c.entry),
  };
  const attendanceInputs = {
    records: records.attendance,
    sessions: records.sessions,
    asOf,
    timeZone,
    windowDays: params.attendanceWindowDays,
    admittedOn: episode.admittedOn,
    plannedHours: plan ? plannedHoursPerWeek(plan).hours : null,
    clientId: records.client.id,
  };
  const attendance = attendanceEvidence(attendanceInputs);
  const objectives = objectivesEvidence(plan, objectiveData, asOf, records.objectiveJudgements);
  const safety = safetyEvidence({
    responses: records.responses,
    behaviourEntries,
    plan,
    acks: records.safetyAcks,
    safetyPlans: records.safetyPlans,
    asOf,
    timeZone,
    lookbackDays: Math.max(params.highSafetyGateDays, params.lowerSafetyGateDays, params.highSafetyIntensifyDays, episode.daysInProgram),
  });
  const substanceUse = substanceUseEvidence(plan, behaviourEntries, asOf);
  const tracked = primaryId in params.instruments ? primaryId : null;
  const snapshot: ReviewSnapshot = {
    track: options.track ?? trackOfProgram(records.client.program),
    daysInProgram: episode.daysInProgram,
    primary: primaryInput(tracked, series.get(primaryId) ?? [], episode.admittedOn, asOf),
    attendance: { scheduled: attendance.scheduled, attended: attendance.attended, excused: attendance.excused },
    consecutiveMissed: attendance.consecutiveMissed,
    daysSinceLastAttended: attendance.daysSinceLastAttended,
    safetyEvents: safety.events,
    openSafetyAlert: safety.evidence.openAlert,
    substanceUse: substanceUse ? { last14: substanceUse.last14, prior14: substanceUse.prior14, unknown14: substanceUse.unknown14 } : null,
    objectives: objectives.counts,
  };
  const result = recommendLevelOfCare(snapshot, options.params);
  const evidence: EvidenceSnapshot = {
    asOf,
    reviewWindowStart,
    episode,
    measures: rows,
    medicationMarkers: medicationChanges(records.medications, records.medicationEvents, asOf),
    attendance,
    engagement: engagementEvidence(attendanceInputs),
    medication: medicationEvidence(records.medications, records.medicationEvents, asOf, reviewWindowStart),
    checkIns: checkInEvidence(records.responses, asOf, timeZone),
    targetBehaviours: targetBehaviourEvidence(plan, behaviourEntries, asOf),
    homework: homeworkEvidence(records.homework, completions, asOf, reviewWindowStart),
    objectives: objectives.evidence,
    safety: safety.evidence,
    substanceUse,
    familyFeedback: familyFeedbackEvidence(records.responses, asOf, timeZone),
    structuredRatings: { asam: null, locus: null },
    engineInput: snapshot,
    recommendation: { result, explanations: explainRecommendation(snapshot, result) },
  };
  return { evidence, snapshot };
}
