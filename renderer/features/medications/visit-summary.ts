import { sideEffectStates, type EventBase, type MedicationHistory, type SideEffectState } from '../../../shared/domain/medication-events';
import type { InstrumentResponse } from '../../../shared/domain/records';
import { resultText } from '../../../shared/instruments';

export interface LatestScore {
  readonly instrumentId: string;
  /** null for a screener without a total (the C-SSRS) or an incomplete form. */
  readonly score: number | null;
  readonly band: string | null;
  /** The result in words: total and band with the PHQ-9's item 9, or the C-SSRS screener's risk level. */
  readonly result: string;
  readonly completedAt: string;
}

export interface VisitSummary {
  /** The last finished medication visit before this one, or null for a first visit. */
  readonly lastVisit: EventBase | null;
  /** Side effects that started since the last visit or are still unresolved. */
  readonly sideEffects: readonly SideEffectState[];
  /** What was recorded in this visit, by kind. */
  readonly changesThisVisit: number;
}

/** What a medication visit reviews: side effects since the last visit (adherence is the chart's 14-day figure, adherenceWindow). */
export function visitSummary(history: MedicationHistory, sessionId: string): VisitSummary {
  const lastVisit = history.visits.filter((v) => v.sessionId !== sessionId).at(-1) ?? null;
  const since = lastVisit?.occurredOn ?? '';
  const sideEffects = sideEffectStates(history).filter((s) => s.occurredOn >= since || s.resolvedOn === null);
  const mine = [...history.adherence, ...history.sideEffects, ...history.doseChanges, ...history.startStops, ...history.resolutions].filter(
    (e) => e.sessionId === sessionId,
  );
  return { lastVisit, sideEffects, changesThisVisit: mine.length };
}

/**
 * The latest response per standardized measure, corrections applied (a superseded response never counts): scored
 * ones and the C-SSRS screener's level too, so a visit never reviews scores without the safety screen.
 */
export function latestScores(responses: readonly InstrumentResponse[]): readonly LatestScore[] {
  const superseded = new Set(responses.map((r) => r.supersedesId ?? '').filter(Boolean));
  const latest = new Map<string, InstrumentResponse>();
  for (const r of responses) {
    if (r.kind !== 'measure' || (r.score === null && r.band === null) || superseded.has(r.id)) continue;
    const prev = latest.get(r.instrumentId);
    if (!prev || r.completedAt > prev.completedAt) latest.set(r.instrumentId, r);
  }
  return [...latest.values()]
    .map((r) => ({ instrumentId: r.instrumentId, score: r.score, band: r.band, result: resultText(r), completedAt: r.completedAt }))
    .sort((a, b) => a.instrumentId.localeCompare(b.instrumentId));
}
