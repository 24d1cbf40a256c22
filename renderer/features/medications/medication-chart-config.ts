import type { ChartData, ChartOptions } from 'chart.js';
import { ADHERENCE_ALERT_PERCENT } from '../../../shared/domain/medication-adherence';
import { SEVERITY_LABELS } from '../../../shared/domain/medications';
import type { SideEffectChart, WeeklyAdherenceChart } from './medication-chart-data';
import { plural } from '../../../shared/domain/text';
import { STILL_CHART } from '../../charts';

// Colour-blind-safe (Okabe–Ito), dark enough against white for the bars and lines.
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;
const colour = (i: number) => PALETTE[i % PALETTE.length] ?? '#000000';

/** Bars of weekly adherence %, one dataset per medication. */
export function adherenceChartData(c: WeeklyAdherenceChart, formatDate: (iso: string) => string): ChartData<'bar', (number | null)[], string> {
  return {
    labels: c.weeks.map((w) => `Week of ${formatDate(w)}`),
    datasets: c.series.map((s, i) => ({ label: s.name, data: [...s.percents], backgroundColor: colour(i) })),
  };
}

/** 0–100 % axis with a dashed line at the 80 % alert threshold. */
export function adherenceChartOptions(): ChartOptions<'bar'> {
  return {
    ...STILL_CHART,
    scales: { y: { min: 0, max: 100, title: { display: true, text: 'Doses taken (%)' } } },
    plugins: {
      annotation: {
        annotations: {
          threshold: {
            type: 'line',
            yMin: ADHERENCE_ALERT_PERCENT,
            yMax: ADHERENCE_ALERT_PERCENT,
            borderColor: '#c92a2a',
            borderDash: [6, 4],
            borderWidth: 2,
            label: { display: true, content: `${String(ADHERENCE_ALERT_PERCENT)} %`, position: 'start', backgroundColor: '#c92a2a' },
          },
        },
      },
    },
  };
}

/** One sentence for people who cannot see the bars (the table has every value). */
export function adherenceChartSummary(c: WeeklyAdherenceChart): string {
  if (c.series.length === 0) return 'Weekly adherence: nothing recorded yet.';
  const parts = c.series.map((s) => {
    const recorded = s.percents.filter((p): p is number => p !== null);
    return `${s.name}: ${plural(recorded.length, 'week')} recorded, latest ${String(recorded.at(-1) ?? '—')} %`;
  });
  return `Weekly adherence bars with the ${String(ADHERENCE_ALERT_PERCENT)} % line. ${parts.join('; ')}.`;
}

/** One line per side effect, severity 0–3. */
export function sideEffectChartData(c: SideEffectChart, formatDate: (iso: string) => string): ChartData<'line', (number | null)[], string> {
  return {
    labels: c.dates.map((d) => formatDate(d)),
    datasets: c.lines.map((l, i) => ({
      label: l.label,
      data: [...l.values],
      borderColor: colour(i),
      backgroundColor: colour(i),
      spanGaps: true,
      pointRadius: 5,
    })),
  };
}

export function sideEffectChartOptions(): ChartOptions<'line'> {
  return {
    ...STILL_CHART,
    scales: {
      y: { min: 0, max: 3, ticks: { stepSize: 1, callback: (v) => SEVERITY_LABELS[Number(v)] ?? String(v) }, title: { display: true, text: 'Severity' } },
    },
  };
}

export function sideEffectChartSummary(c: SideEffectChart): string {
  if (c.lines.length === 0) return 'Side-effect severity: none recorded.';
  const parts = c.lines.map((l) => {
    const last = l.values.filter((v): v is number => v !== null).at(-1) ?? 0;
    return `${l.label} latest ${SEVERITY_LABELS[last] ?? String(last)}`;
  });
  return `Side-effect severity over time: ${parts.join('; ')}.`;
}
