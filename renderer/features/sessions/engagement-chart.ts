import type { ChartData, ChartOptions } from 'chart.js';
import type { EngagementPoint } from '../../../shared/domain/attendance';
import { STILL_CHART } from '../../charts';

/** One label per session: its date, and its time too where another session falls on the same date. */
export function sessionLabels(points: readonly EngagementPoint[], formatDate: (iso: string) => string, formatTime: (iso: string) => string): string[] {
  const dates = points.map((p) => formatDate(p.at));
  return dates.map((d, i) => (dates.indexOf(d) !== dates.lastIndexOf(d) ? `${d} ${formatTime(points[i]?.at ?? '')}` : d));
}

/** chart.js data: engagement ratings in session order, labelled by session date (and time when a date repeats). */
export function engagementChartData(
  points: readonly EngagementPoint[],
  formatDate: (iso: string) => string,
  formatTime: (iso: string) => string,
): ChartData<'line', number[], string> {
  return {
    labels: sessionLabels(points, formatDate, formatTime),
    datasets: [{ label: 'Engagement', data: points.map((p) => p.engagement), borderColor: '#0b7285', backgroundColor: '#0b7285', pointRadius: 4 }],
  };
}

/** chart.js options: the y axis is the whole 1–5 scale, one tick per anchor. */
export const ENGAGEMENT_CHART_OPTIONS: ChartOptions<'line'> = {
  ...STILL_CHART,
  scales: {
    y: { min: 1, max: 5, ticks: { stepSize: 1 }, title: { display: true, text: 'Engagement (1–5)' } },
    x: { title: { display: true, text: 'Session' } },
  },
  plugins: { legend: { display: false } },
};

/** One sentence for people who cannot see the chart (the table below it has every value). */
export function engagementSummary(points: readonly EngagementPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'Engagement: no rated sessions yet.';
  return `Engagement over ${points.length} rated sessions, from ${first.engagement} to ${last.engagement} of 5.`;
}
