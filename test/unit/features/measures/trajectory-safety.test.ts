import { describe, expect, it } from 'vitest';
import { FLAGGED_POINT, chartData, chartSummary } from '../../../../renderer/features/measures/trajectory-chart-config';
import { buildTrajectory, changeText } from '../../../../renderer/features/measures/trajectory-chart-data';
import { measure } from './fixtures';

// Issue 12 item 6: a PHQ-9 in remission with item 9 positive must not read "remission" alone, nor look like any other point.
const NOW = new Date('2026-11-30T12:00:00.000Z');
const baseline = measure({ id: 'base', total: 16, band: 'moderately_severe', completedAt: '2026-11-06T12:00:00.000Z', answers: { phq9_9: 0 } });
const earlier = measure({ id: 'mid', total: 9, band: 'mild', completedAt: '2026-11-13T12:00:00.000Z', answers: { phq9_9: 0 } });
const item9 = measure({ id: 'now', total: 4, band: 'minimal', flags: ['self_harm_item9'], answers: { phq9_9: 2 }, completedAt: '2026-11-20T12:00:00.000Z' });
const responses = [baseline, earlier, item9];

describe('safety context on the trajectory', () => {
  it.each([
    [
      'no open alert',
      [],
      ['reliably improved', 'response', 'remission'],
      [
        ['base', 'baseline'],
        ['mid', 'reliably improved'],
        ['now', 'reliably improved, response, remission'],
      ],
    ],
    [
      'the item-9 alert open',
      [item9],
      ['reliably improved', 'response', 'remission', 'safety alert open'],
      [
        ['base', 'baseline'],
        ['mid', 'reliably improved'],
        ['now', 'reliably improved, response, remission, safety alert open'],
      ],
    ],
    [
      'an older alert still open',
      [earlier],
      ['reliably improved', 'response', 'remission', 'safety alert open'],
      [
        ['base', 'baseline'],
        ['mid', 'reliably improved, safety alert open'],
        ['now', 'reliably improved, response, remission, safety alert open'],
      ],
    ],
  ] as const)('with %s, the header badges and each row say so', (_, open, badges, rows) => {
    const t = buildTrajectory('PHQ-9', responses, 'all', NOW, open);
    expect(t?.badges).toEqual(badges);
    expect(t?.points.map((p) => [p.id, changeText(p, p.id === 'base')])).toEqual(rows);
  });

  it('names the open alert beside the badges', () => {
    expect(buildTrajectory('PHQ-9', responses, 'all', NOW, [item9])?.openAlerts).toEqual(['PHQ-9 item 9 (thoughts of self-harm) answered 2 of 3']);
  });

  it('flags a positive or unanswered item 9 on its point, in words for the table', () => {
    const blank = measure({
      id: 'blank',
      total: 6,
      band: 'mild',
      flags: ['item9_unanswered'],
      answers: { phq9_9: null },
      completedAt: '2026-11-27T12:00:00.000Z',
    });
    const t = buildTrajectory('PHQ-9', [...responses, blank], 'all', NOW);
    expect(t?.points.map((p) => p.item9Flag)).toEqual([null, null, 'item 9 (thoughts of self-harm) 2 of 3', 'item 9 (thoughts of self-harm) not answered']);
  });

  it('draws a flagged point red and larger, and says so to screen readers', () => {
    const t = buildTrajectory('PHQ-9', responses, 'all', NOW, [item9]);
    if (!t) throw new Error('no trajectory');
    const [dataset] = chartData(t, (iso) => iso.slice(5, 10)).datasets;
    expect(dataset?.pointBackgroundColor).toEqual(['#0b7285', '#0b7285', FLAGGED_POINT.colour]);
    expect(dataset?.pointRadius).toEqual([4, 7, FLAGGED_POINT.radius]);
    expect(chartSummary(t, (iso) => iso.slice(0, 10))).toBe(
      'PHQ-9 totals, 3 in range, from 16 (Moderately severe) to 4 (None–minimal). Latest against baseline: reliably improved, response, remission, safety alert open. Marked in red: item 9 (thoughts of self-harm) 2 of 3 on 2026-11-20.',
    );
  });
});
