/**
 * One administration's result in words, as notes, visit summaries and tables quote it. A PHQ-9 always carries its
 * item 9 (thoughts of self-harm), because a low total can hide a positive item 9 (instruments.md §1, §15.4); a
 * screener without a total (C-SSRS) is quoted by its risk level, never as "no total".
 */
import { getInstrument } from './registry';

/** What a stored result needs to be put into words. */
export interface ResultFacts {
  readonly instrumentId: string;
  readonly score: number | null;
  readonly band: string | null;
  readonly flags: readonly string[];
  readonly answers: Readonly<Record<string, unknown>>;
}

/** The label of a stored band id ('' when the result has no band). */
export function bandLabelOf(instrumentId: string, band: string | null): string {
  if (band === null) return '';
  return getInstrument(instrumentId)?.bands.find((b) => b.id === band)?.label ?? band;
}

/** "item 9 (thoughts of self-harm) 2 of 3" or "… not answered" for a PHQ-9; null for other instruments. */
export function item9Text(r: Pick<ResultFacts, 'instrumentId' | 'flags' | 'answers'>): string | null {
  if (r.instrumentId !== 'PHQ-9') return null;
  const answer = r.answers.phq9_9;
  if (r.flags.includes('item9_unanswered') || typeof answer !== 'number') return 'item 9 (thoughts of self-harm) not answered';
  return `item 9 (thoughts of self-harm) ${String(answer)} of 3`;
}

/** True when a PHQ-9's item 9 is above 0 or was not answered: the answer a clinician must see beside the total. */
export function item9Positive(r: Pick<ResultFacts, 'instrumentId' | 'flags'>): boolean {
  return r.instrumentId === 'PHQ-9' && (r.flags.includes('self_harm_item9') || r.flags.includes('item9_unanswered'));
}

function mainResult(r: ResultFacts): string {
  const band = bandLabelOf(r.instrumentId, r.band);
  if (getInstrument(r.instrumentId)?.scoring.totalRange === null) return band || 'no result';
  if (r.score === null) return band ? `no total (${band})` : 'no total';
  return band ? `${String(r.score)} (${band})` : String(r.score);
}

/** "14 (Moderate), item 9 (thoughts of self-harm) 0 of 3"; a C-SSRS screener by its level, e.g. "Moderate risk (…)". */
export function resultText(r: ResultFacts): string {
  const item9 = item9Text(r);
  return item9 ? `${mainResult(r)}, ${item9}` : mainResult(r);
}
