/** What the caseload dashboard reads of a client's measures, from stored records (no collection access here). */
import type { InstrumentResponse } from '../../db';
import { currentResponses, toMeasureResponses, type MeasureResponse } from './measure-records';

/** The client's measure administrations that no correction supersedes, in the given order. */
export function currentMeasures(responses: readonly InstrumentResponse[]): readonly MeasureResponse[] {
  return currentResponses(toMeasureResponses(responses));
}
