import type { ChartData, ChartOptions } from 'chart.js';
import { CHECK_IN_SCALES } from '../../../shared/instruments';
import type { CheckIn } from './checkin-records';
import { RANGES, STILL_CHART, type TrajectoryRange } from '../../charts';

const COLOURS = ['#0b7285', '#c92a2a', '#e67700', '#5f3dc4'] as const;

/** Check-ins whose day falls inside the range ending `today` ("YYYY-MM-DD"), oldest first. */
export function checkInsInRange(checkIns: readonly CheckIn[], range: TrajectoryRange, today: string): readonly CheckIn[] {
  const days = RANGES.find((r) => r.value === range)?.days ?? null;
  if (days === null) return checkIns;
  const from = new Date(`${today}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - days);
  const first = from.toISOString().slice(0, 10);
  return checkIns.filter((c) => c.day > first);
}

/** chart.js data: one line per 0–10 scale and a dashed sleep line on its own hours axis, labelled by day. */
export function checkInChartData(checkIns: readonly CheckIn[], formatDay: (day: string) => string): ChartData<'line', number[], string> {
  return {
    labels: checkIns.map((c) => formatDay(c.day)),
    datasets: [
      ...CHECK_IN_SCALES.map((s, i) => ({
        label: s.label,
        data: checkIns.map((c) => c.answers[s.key]),
        borderColor: COLOURS[i],
        backgroundColor: COLOURS[i],
        pointStyle: (['circle', 'triangle', 'rect', 'rectRot'] as const)[i],
        yAxisID: 'y',
      })),
      {
        label: 'Sleep (hours)',
        data: checkIns.map((c) => c.answers.sleepHours),
        borderColor: SLEEP_COLOUR,
        backgroundColor: SLEEP_COLOUR,
        borderDash: [6, 4],
        pointStyle: 'star',
        yAxisID: 'sleep',
      },
    ],
  };
}

const SLEEP_COLOUR = '#343a40';

export const CHECK_IN_CHART_OPTIONS: ChartOptions<'line'> = {
  ...STILL_CHART,
  scales: {
    y: { min: 0, max: 10, title: { display: true, text: '0–10' } },
    sleep: { position: 'right', min: 0, max: 24, title: { display: true, text: 'Sleep (hours)' }, grid: { drawOnChartArea: false } },
    x: { title: { display: true, text: 'Day' } },
  },
  plugins: { legend: { display: true, position: 'bottom' } },
};

/** A sentence for people who cannot see the chart: the first and latest value of each scale. */
export function checkInSummary(checkIns: readonly CheckIn[]): string {
  const first = checkIns[0];
  const last = checkIns.at(-1);
  if (!first || !last) return 'No check-ins in this range.';
  const scales = CHECK_IN_SCALES.map((s) => `${s.label.toLowerCase()} ${String(first.answers[s.key])} → ${String(last.answers[s.key])}`).join(', ');
  return `Check-ins, ${String(checkIns.length)} in range: ${scales}, sleep ${String(first.answers.sleepHours)} → ${String(last.answers.sleepHours)} h.`;
}
