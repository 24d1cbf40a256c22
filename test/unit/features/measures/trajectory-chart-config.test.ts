import { describe, expect, it } from 'vitest';
// Loads the plugin's type augmentation of chart.js options (plugins.annotation).
import type {} from 'chartjs-plugin-annotation';
import { bandColour, chartData, chartOptions, chartSummary } from '../../../../renderer/features/measures/trajectory-chart-config';
import { buildTrajectory, type Trajectory } from '../../../../renderer/features/measures/trajectory-chart-data';
import { measure } from './fixtures';

function phq9(totals: readonly number[]): Trajectory {
  const t = buildTrajectory(
    'PHQ-9',
    totals.map((total, i) =>
      measure({ id: `r${String(i)}`, total, band: total >= 15 ? 'moderately_severe' : 'mild', completedAt: `2026-11-${String(10 + i)}T12:00:00.000Z` }),
    ),
    'all',
    new Date('2026-11-30T00:00:00.000Z'),
  );
  if (!t) throw new Error('no trajectory');
  return t;
}

describe('trajectory chart config', () => {
  it.each([
    [0, 'hsla(140, 70%, 50%, 0.16)'],
    [0.5, 'hsla(70, 70%, 50%, 0.16)'],
    [1, 'hsla(0, 70%, 50%, 0.16)'],
  ])('severity %s is shaded %s', (severity, colour) => {
    expect(bandColour(severity)).toBe(colour);
  });

  it('plots totals by date and marks reliable change with a larger triangle', () => {
    const data = chartData(phq9([18, 15, 9]), (iso) => iso.slice(5, 10));
    expect(data.labels).toEqual(['11-10', '11-11', '11-12']);
    expect(data.datasets[0]?.data).toEqual([18, 15, 9]);
    expect(data.datasets[0]?.pointStyle).toEqual(['circle', 'circle', 'triangle']);
  });

  it('spans the instrument range and shades one box per band', () => {
    const options = chartOptions(phq9([10]));
    expect(options.scales?.y).toMatchObject({ min: 0, max: 27 });
    const annotations = options.plugins?.annotation?.annotations;
    expect(Object.keys(annotations ?? {})).toEqual(['minimal', 'mild', 'moderate', 'moderately_severe', 'severe']);
  });

  it.each([
    [[18, 15, 9], 'PHQ-9 totals, 3 in range, from 18 (Moderately severe) to 9 (Mild). Latest against baseline: reliably improved, response.'],
    [[12], 'PHQ-9 totals, 1 in range, from 12 (Mild) to 12 (Mild).'],
    [[], 'PHQ-9: no scores in this range.'],
  ] as const)('summarises %j for screen readers', (totals, text) => {
    expect(chartSummary(phq9(totals))).toBe(text);
  });
});
