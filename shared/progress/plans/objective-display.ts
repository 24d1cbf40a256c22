/**
 * The status an objective is shown with wherever its progress is reported (the Plan tab, the progress review's
 * evidence, the progress report and discharge summary): the clinician's judgement where one is set (§1.3: `not_met`,
 * `partially_met`, `discontinued`, `deferred` only by a clinician, with a reason; `met` may be confirmed by one), with
 * the status computed from the data beside it, labelled; otherwise the computed status alone.
 */
import type { ObjectiveData } from './evaluate';
import { objectiveProgress, type ObjectiveProgress } from './objective-progress';
import { withClinicianStatus, type ObjectiveStatusEntry } from './objective-status';
import type { ObjectiveEvidence, ObjectiveStatus as EvidenceObjectiveStatus } from '../recommendation/evidence';
import { OBJECTIVE_STATUSES, type Objective, type ObjectiveStatus } from './types';

const isObjectiveStatus = (s: string): s is ObjectiveStatus => OBJECTIVE_STATUSES.some((x) => x === s);

/** Each status in words, lower case (a sentence or a table cell starts it). */
export const OBJECTIVE_STATUS_WORDS: Readonly<Record<ObjectiveStatus, string>> = {
  not_started: 'not started',
  in_progress: 'in progress',
  met: 'met',
  partially_met: 'partially met',
  not_met: 'not met',
  deferred: 'deferred',
  discontinued: 'discontinued',
};

export interface ShownObjectiveStatus {
  /** The status shown: the clinician's where set, else the computed one. */
  readonly status: ObjectiveStatus;
  readonly source: 'clinician' | 'data';
  /** The status computed from the data (and the signed plan), whatever the clinician judged. */
  readonly computed: ObjectiveStatus;
  /** The clinician's reason and the day judged; '' when the status is the computed one. */
  readonly reason: string;
  readonly on: string;
}

/**
 * The one rule for an objective's shown status, as of `asOf`: a judgement recorded after `asOf` is not applied; a
 * withdrawn one ("computed") leaves the computed status. `judged` is the progress the evidence counts.
 */
export function shownObjectiveStatus(
  objective: Objective,
  data: ObjectiveData,
  asOf: string,
  judgement: ObjectiveStatusEntry | undefined,
): { shown: ShownObjectiveStatus; judged: ObjectiveProgress; computed: ObjectiveProgress } {
  const computed = objectiveProgress(objective, data, asOf);
  const applies = judgement !== undefined && judgement.status !== 'computed' && (judgement.on === '' || judgement.on <= asOf);
  if (!applies) return { shown: { status: computed.status, source: 'data', computed: computed.status, reason: '', on: '' }, judged: computed, computed };
  const judged = objectiveProgress(withClinicianStatus(objective, judgement), data, asOf);
  return { shown: { status: judged.status, source: 'clinician', computed: computed.status, reason: judgement.reason, on: judgement.on }, judged, computed };
}

/** The shown status in words: "partially met (clinician’s judgement; from the data: in progress)", or the computed one alone. */
export function shownObjectiveStatusText(s: Pick<ShownObjectiveStatus, 'status' | 'source' | 'computed'>): string {
  const words = OBJECTIVE_STATUS_WORDS[s.status];
  return s.source === 'clinician' ? `${words} (clinician’s judgement; from the data: ${OBJECTIVE_STATUS_WORDS[s.computed]})` : words;
}

/** The review evidence's statuses (§5.2 Objectives panel) in words. */
export const EVIDENCE_STATUS_WORDS: Readonly<Record<EvidenceObjectiveStatus, string>> = {
  met: 'met',
  in_progress: 'in progress',
  not_met: 'not met',
  due_soon: 'due soon',
  target_passed: 'target date passed',
};

/**
 * An objective of the review evidence as shown: the clinician's judgement where the evidence holds one (with the
 * status from the data beside it), else the status from the data; evidence frozen before judgements shows as it was.
 */
export function evidenceObjectiveStatusText(o: Pick<ObjectiveEvidence, 'status' | 'computedStatus' | 'judgement'>): { shown: string; fromData: string | null } {
  const fromData = EVIDENCE_STATUS_WORDS[o.computedStatus ?? o.status];
  const judged = o.judgement && isObjectiveStatus(o.judgement.status) ? OBJECTIVE_STATUS_WORDS[o.judgement.status] : null;
  return judged ? { shown: `${judged} (clinician’s judgement)`, fromData } : { shown: fromData, fromData: null };
}
