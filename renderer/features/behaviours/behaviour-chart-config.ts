import type { ChartData, ChartOptions } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { BehaviourSeries } from '../../../shared/progress/plans/behaviour-series';
import { weeklyTargetText } from '../../../shared/progress/plans/behaviour-series';
import type { TrackedBehaviour } from '../../../shared/progress/plans/behaviour-presets';
import { STILL_CHART } from '../../charts';

const BAR = '#0b7285';
const TARGET = '#9c3706';

/** Weekly bars labelled by the week's last day; a week with no day recorded has no bar (unknown, not zero). */
export function behaviourChartData(series: BehaviourSeries, label: string, formatDate: (iso: string) => string): ChartData<'bar', (number | null)[], string> {
  return {
    labels: series.weeks.map((w) => formatDate(w.end)),
    datasets: [{ label: `${label} per week`, data: series.weeks.map((w) => w.value), backgroundColor: BAR, borderColor: BAR }],
  };
}

/** chart.js options: y from 0, the weekly target drawn as a dashed line. */
export function behaviourChartOptions(behaviour: TrackedBehaviour, series: BehaviourSeries): ChartOptions<'bar'> {
  const t = behaviour.weeklyTarget;
  const annotations: Record<string, AnnotationOptions> = t
    ? {
        target: {
          type: 'line',
          yMin: t.value,
          yMax: t.value,
          borderColor: TARGET,
          borderWidth: 2,
          borderDash: [6, 4],
          label: {
            display: true,
            content: `Target ${weeklyTargetText(behaviour)}`,
            position: 'end',
            backgroundColor: '#ffffff',
            color: TARGET,
            font: { size: 11 },
          },
        },
      }
    : {};
  const highest = Math.max(t?.value ?? 0, ...series.weeks.map((w) => w.value ?? 0));
  return {
    ...STILL_CHART,
    scales: { y: { min: 0, suggestedMax: Math.max(1, Math.ceil(highest * 1.2)), ticks: { precision: 0 } } },
    plugins: { legend: { display: false }, annotation: { annotations } },
  };
}

/** What the chart says, for a screen reader (its table twin is below it). */
export function behaviourChartSummary(behaviour: TrackedBehaviour, series: BehaviourSeries, formatDate: (iso: string) => string): string {
  const target = weeklyTargetText(behaviour);
  const days = (w: BehaviourSeries['weeks'][number]) => `${String(w.daysRecorded)} of 7 days recorded`;
  const how = (w: BehaviourSeries['weeks'][number]) => (w.weeklyTotal ? (w.daysRecorded === 7 ? 'weekly total' : `weekly total, ${days(w)}`) : days(w));
  const weeks = series.weeks.map((w) => `week to ${formatDate(w.end)}: ${w.value === null ? 'unknown' : `${String(w.value)} (${how(w)})`}`);
  return `${behaviour.label} per week${target ? `, target ${target}` : ', no target set'}. ${weeks.join('; ')}.`;
}
