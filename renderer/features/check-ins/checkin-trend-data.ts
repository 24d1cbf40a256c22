import type { ChartData, ChartOptions } from 'chart.js';
import { CHECK_IN_SCALES } from '../../../shared/instruments';
import type { CheckIn } from './checkin-records';
import { RANGES, sideAxisChartData, sideAxisChartOptions, type TrajectoryRange } from '../../charts';

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
  return sideAxisChartData(
    checkIns.map((c) => formatDay(c.day)),
    CHECK_IN_SCALES.map((s, i) => ({ label: s.label, data: checkIns.map((c) => c.answers[s.key]), colour: COLOURS[i] })),
    { label: 'Sleep (hours)', data: checkIns.map((c) => c.answers.sleepHours), colour: SLEEP_COLOUR, style: { borderDash: [6, 4] }, axis: 'sleep' },
  );
}

const SLEEP_COLOUR = '#343a40';

export const CHECK_IN_CHART_OPTIONS: ChartOptions<'line'> = sideAxisChartOptions(
  { min: 0, max: 10, title: '0–10' },
  { id: 'sleep', min: 0, max: 24, title: 'Sleep (hours)' },
);

/** A sentence for people who cannot see the chart: the first and latest value of each scale. */
export function checkInSummary(checkIns: readonly CheckIn[]): string {
  const first = checkIns[0];
  const last = checkIns.at(-1);
  if (!first || !last) return 'No check-ins in this range.';
  const scales = CHECK_IN_SCALES.map((s) => `${s.label.toLowerCase()} ${String(first.answers[s.key])} → ${String(last.answers[s.key])}`).join(', ');
  return `Check-ins, ${String(checkIns.length)} in range: ${scales}, sleep ${String(first.answers.sleepHours)} → ${String(last.answers.sleepHours)} h.`;
}
