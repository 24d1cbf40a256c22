import type { ChartData, ChartOptions } from 'chart.js';
import { FAMILY_ITEMS } from '../../../shared/instruments';
import type { FamilyFeedback } from './family-records';
import { plural } from '../../../shared/domain/text';
import { STILL_CHART } from '../../charts';

const COLOURS = ['#0b7285', '#5f3dc4', '#e67700', '#c92a2a'] as const;

// Items often share a rating: falling point sizes and dash patterns keep every series visible where lines overlap.
const POINT_RADII = [9, 7, 5, 3] as const;
const DASHES = [[], [8, 4], [3, 3], [12, 3, 3, 3]] as const;

/** chart.js data: one line per item (1–5) and the total (4–20) on its own axis, labelled by day. */
export function familyChartData(forms: readonly FamilyFeedback[], formatDay: (day: string) => string): ChartData<'line', number[], string> {
  return {
    labels: forms.map((f) => formatDay(f.day)),
    datasets: [
      ...FAMILY_ITEMS.map((item, i) => ({
        label: item.label,
        data: forms.map((f) => f.answers[item.key]),
        borderColor: COLOURS[i],
        backgroundColor: COLOURS[i],
        pointStyle: (['circle', 'triangle', 'rect', 'rectRot'] as const)[i],
        pointRadius: POINT_RADII[i],
        borderDash: [...(DASHES[i] ?? [])],
        yAxisID: 'y',
      })),
      {
        label: 'Total (4–20)',
        data: forms.map((f) => f.total),
        borderColor: TOTAL_COLOUR,
        backgroundColor: TOTAL_COLOUR,
        borderWidth: 3,
        pointStyle: 'star',
        pointRadius: 6,
        yAxisID: 'total',
      },
    ],
  };
}

const TOTAL_COLOUR = '#212529';

export const FAMILY_CHART_OPTIONS: ChartOptions<'line'> = {
  ...STILL_CHART,
  scales: {
    y: { min: 1, max: 5, title: { display: true, text: '1 very poor – 5 very good' } },
    total: { position: 'right', min: 4, max: 20, title: { display: true, text: 'Total (4–20)' }, grid: { drawOnChartArea: false } },
    x: { title: { display: true, text: 'Day' } },
  },
  plugins: { legend: { display: true, position: 'bottom' } },
};

/** A sentence for people who cannot see the chart: the first and latest total. */
export function familySummary(forms: readonly FamilyFeedback[]): string {
  const first = forms[0];
  const last = forms.at(-1);
  if (!first || !last) return 'No family feedback yet.';
  return `Family feedback, ${plural(forms.length, 'form')}: total ${String(first.total)} → ${String(last.total)} of 20.`;
}
