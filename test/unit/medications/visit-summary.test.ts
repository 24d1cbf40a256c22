import { describe, expect, it } from 'vitest';
import { latestScores, visitSummary } from '../../../renderer/features/medications/visit-summary';
import { readHistory } from '../../../shared/domain/medication-events';
import type { InstrumentResponse } from '../../../shared/domain/records';
import { event } from './fixtures';
import { measure } from '../shared/progress/snapshot/fixture';

const taken = (d: string, n: number, sessionId = '') =>
  event('adherence', d, { taken: n, scheduled: 1, missReason: n ? '' : 'forgot', source: 'client-reported' }, { id: `a${d}`, sessionId });

describe('visitSummary', () => {
  const history = readHistory([
    event('visit', '2026-11-10', {}, { id: 'v1', sessionId: 's1' }),
    taken('2026-11-08', 0),
    taken('2026-11-10', 1),
    taken('2026-11-11', 0, 's2'),
    event('side-effect', '2026-11-01', { effect: 'tremor', otherText: '', severity: 1, interference: 'none' }, { id: 'old-unresolved' }),
    event('side-effect', '2026-11-02', { effect: 'nausea', otherText: '', severity: 1, interference: 'none' }, { id: 'old-resolved' }),
    event('side-effect-resolved', '2026-11-05', { sideEffectId: 'old-resolved' }, { id: 'r1' }),
    event('side-effect', '2026-11-12', { effect: 'insomnia', otherText: '', severity: 2, interference: 'some' }, { id: 'new' }),
  ]);

  // Adherence is not reviewed "since the last visit": the visit shows the chart's 14-day figure (adherenceWindow).
  it('reviews new or unresolved side effects since the last visit, and counts this visit’s records', () => {
    const s = visitSummary(history, 's2');
    expect(s.lastVisit?.id).toBe('v1');
    expect(s.sideEffects.map((e) => e.id)).toEqual(['old-unresolved', 'new']);
    expect(s.changesThisVisit).toBe(1);
  });

  it('has no last visit for a first visit', () => {
    expect(visitSummary(readHistory([taken('2026-11-08', 0), taken('2026-11-09', 1)]), 's1')).toMatchObject({ lastVisit: null, changesThisVisit: 0 });
  });
});

describe('latestScores', () => {
  const r = (id: string, instrumentId: string, completedAt: string, score: number | null, supersedesId = ''): InstrumentResponse =>
    measure(id, instrumentId, completedAt, 0, { score, band: score === null ? null : 'mild', supersedesId });
  it('keeps the newest scored response per instrument, skipping superseded ones', () => {
    const scores = latestScores([
      r('p1', 'PHQ-9', '2026-11-01T10:00:00Z', 16),
      r('p2', 'PHQ-9', '2026-11-08T10:00:00Z', 12),
      r('p3', 'PHQ-9', '2026-11-08T11:00:00Z', 11, 'p2'),
      r('g1', 'GAD-7', '2026-11-02T10:00:00Z', 9),
      r('c1', 'C-SSRS-Screener', '2026-11-02T10:00:00Z', null),
    ]);
    expect(scores.map((s) => [s.instrumentId, s.score])).toEqual([
      ['GAD-7', 9],
      ['PHQ-9', 11],
    ]);
  });
  it('carries PHQ-9 item 9 beside the total and the latest C-SSRS level (issue 12 item 6)', () => {
    const phq9 = { ...r('p1', 'PHQ-9', '2026-11-08T10:00:00Z', 4), band: 'minimal', flags: ['self_harm_item9'], answers: { phq9_9: 2 } };
    const cssrs = { ...r('c1', 'C-SSRS-Screener', '2026-11-08T10:30:00Z', null), band: 'moderate' };
    expect(latestScores([phq9, cssrs]).map((s) => [s.instrumentId, s.result])).toEqual([
      ['C-SSRS-Screener', 'Moderate risk (Q3, or behaviour > 3 months ago)'],
      ['PHQ-9', '4 (None–minimal), item 9 (thoughts of self-harm) 2 of 3'],
    ]);
  });
});
