/** What the caseload dashboard reads of a client's measures, from stored records (no collection access here). */
import type { ClinicRecord, InstrumentResponse } from '../../db';
import { currentResponses, toMeasureResponses, type MeasureResponse } from './measure-records';
import { activeAlerts, toSafetyAcks } from '../safety-alerts';

/** A stored 'safety-ack' clinic record. */
export type SafetyAckRecord = ClinicRecord;

/** The client's measure administrations that no correction supersedes, in the given order. */
export function currentMeasures(responses: readonly InstrumentResponse[]): readonly MeasureResponse[] {
  return currentResponses(toMeasureResponses(responses));
}

/** Alerting responses no acknowledgement answers yet, oldest first (instruments.md §15.4). */
export function activeSafetyAlerts(responses: readonly InstrumentResponse[], acks: readonly SafetyAckRecord[]): readonly MeasureResponse[] {
  return activeAlerts(toMeasureResponses(responses), toSafetyAcks(acks))
    .slice()
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt));
}
