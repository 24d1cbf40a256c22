/**
 * Public surface of the standardized-instrument library (instruments.md §14): definitions as data, pure scoring,
 * and change over time. No I/O, no dates, no randomness.
 */
import { InvalidResponseError } from './errors';
import { getInstrument } from './registry';
import type { Answer, InstrumentId, Score, ScoreOptions } from './types';

export { InvalidResponseError } from './errors';
export { classifyChange, clinicalCutoff, clinicalSignificance, jacobsonTruax, phq9Outcome } from './change';
export type { JacobsonTruaxParams, JacobsonTruaxResult } from './change';
export { INSTRUMENTS, getInstrument, isInstrumentId } from './registry';
export { PHQ9_DIFFICULTY } from './phq9';
export { needsSafetyAlert } from './safety';
export { bandLabelOf, item9Positive, item9Text, resultText, type ResultFacts } from './result-text';
export { INSTRUMENT_IDS } from './types';
export type * from './types';

function definitionOf(id: string): NonNullable<ReturnType<typeof getInstrument>> {
  const def = getInstrument(id);
  if (!def) throw new InvalidResponseError(id, 'unknown instrument');
  return def;
}

/** Scores one administration: answers in item order, `null` = missing or not asked (§14). */
export function scoreInstrument(id: InstrumentId, answers: readonly Answer[], options?: ScoreOptions): Score {
  return definitionOf(id).score(answers, options);
}

/** Orders answers keyed by item id; throws InvalidResponseError on an unknown or absent item id. */
export function answersFromRecord(id: InstrumentId, record: Readonly<Record<string, Answer>>): Answer[] {
  const def = definitionOf(id);
  const unknown = Object.keys(record).find((key) => !def.items.some((item) => item.id === key));
  if (unknown !== undefined) throw new InvalidResponseError(id, `unknown item id ${unknown}`, unknown);
  return def.items.map((item) => {
    const answer = record[item.id];
    if (answer === undefined) {
      throw new InvalidResponseError(id, `no answer for ${item.id} (use null if not asked)`, item.id);
    }
    return answer;
  });
}

export * from './check-in';
export {
  readCheckInCsv,
  importableRows,
  duplicateDay,
  headerKey,
  type CsvCheckInRow,
  type CellError,
  type CsvCheckInResult,
  type CsvExtraColumns,
} from './check-in-csv';
export { parseCsv, CsvSyntaxError, type CsvRecord } from './csv';
export * from './family-feedback';
export {
  readLicensedText,
  checkLicensedValue,
  withLicensedText,
  LICENCE_GATED_IDS,
  LICENSED_TEXT_FORMAT,
  type LicensedText,
  type LicensedTextProblem,
  type LicensedTextResult,
} from './licensed-text';
export * from './safety-alerts';
