import type { ChartData, ChartOptions } from 'chart.js';
import { FAMILY_ITEMS } from '../../../shared/instruments';
import type { FamilyFeedback } from './family-records';
import { plural } from '../../../shared/domain/text';
import { sideAxisChartData, sideAxisChartOptions } from '../../charts';

const COLOURS = ['#0b7285', '#5f3dc4', '#e67700', '#c92a2a'] as const;

// Items often share a rating: falling point sizes and dash patterns keep every series visible where lines overlap.
const POINT_RADII = [9, 7, 5, 3] as const;
const DASHES = [[], [8, 4], [3, 3], [12, 3, 3, 3]] as const;

/** chart.js data: one line per item (1–5) and the total (4–20) on its own axis, labelled by day. */
export function familyChartData(forms: readonly FamilyFeedback[], formatDay: (day: string) => string): ChartData<'line', number[], string> {
  return sideAxisChartData(
    forms.map((f) => formatDay(f.day)),
    FAMILY_ITEMS.map((item, i) => ({
      label: item.label,
      data: forms.map((f) => f.answers[item.key]),
      colour: COLOURS[i],
      style: { pointRadius: POINT_RADII[i], borderDash: [...(DASHES[i] ?? [])] },
    })),
    { label: 'Total (4–20)', data: forms.map((f) => f.total), colour: TOTAL_COLOUR, style: { borderWidth: 3, pointRadius: 6 }, axis: 'total' },
  );
}

const TOTAL_COLOUR = '#212529';

export const FAMILY_CHART_OPTIONS: ChartOptions<'line'> = sideAxisChartOptions(
  { min: 1, max: 5, title: '1 very poor – 5 very good' },
  { id: 'total', min: 4, max: 20, title: 'Total (4–20)' },
);

/** A sentence for people who cannot see the chart: the first and latest total. */
export function familySummary(forms: readonly FamilyFeedback[]): string {
  const first = forms[0];
  const last = forms.at(-1);
  if (!first || !last) return 'No family feedback yet.';
  return `Family feedback, ${plural(forms.length, 'form')}: total ${String(first.total)} → ${String(last.total)} of 20.`;
}
