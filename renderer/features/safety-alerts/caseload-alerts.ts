/** What the caseload dashboard reads of a client's safety alerts, from stored records (no collection access here). */
import type { ClinicRecord, InstrumentResponse } from '../../db';
import { toMeasureResponses, type MeasureResponse } from '../measures';
import { activeAlerts, toSafetyAcks } from './safety-alerts';

/** A stored 'safety-ack' clinic record. */
export type SafetyAckRecord = ClinicRecord;

/** Alerting responses no acknowledgement answers yet, oldest first (instruments.md §15.4). */
export function activeSafetyAlerts(responses: readonly InstrumentResponse[], acks: readonly SafetyAckRecord[]): readonly MeasureResponse[] {
  return activeAlerts(toMeasureResponses(responses), toSafetyAcks(acks))
    .slice()
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt));
}
