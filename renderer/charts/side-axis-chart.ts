import type { ChartData, ChartDataset, ChartOptions } from 'chart.js';
import { STILL_CHART } from './chart-options';

const MARKERS = ['circle', 'triangle', 'rect', 'rectRot'] as const;

/** One line of a trend chart: its values in day order and how it is drawn beyond its colour. */
export interface DayLine {
  readonly label: string;
  readonly data: number[];
  readonly colour: string | undefined;
  readonly style?: Partial<ChartDataset<'line', number[]>>;
}

/** An axis: its id (the main one is `y`), range and title. */
export interface LineAxis {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly title: string;
}

/**
 * chart.js data: item lines on the main axis `y` (circle, triangle, square, diamond markers in order) and one line
 * (star markers) on its own axis `side.axis`, e.g. sleep hours beside 0–10 scales, or a total beside item ratings.
 */
export function sideAxisChartData(labels: string[], items: readonly DayLine[], side: DayLine & { readonly axis: string }): ChartData<'line', number[], string> {
  return {
    labels,
    datasets: [
      ...items.map((line, i) => ({ ...lineOf(line), pointStyle: MARKERS[i], ...line.style, yAxisID: 'y' })),
      { ...lineOf(side), pointStyle: 'star' as const, ...side.style, yAxisID: side.axis },
    ],
  };
}

function lineOf(line: DayLine) {
  return { label: line.label, data: line.data, borderColor: line.colour, backgroundColor: line.colour };
}

/** Options for sideAxisChartData: the main axis on the left, the side axis on the right (no grid of its own), days below. */
export function sideAxisChartOptions(main: Omit<LineAxis, 'id'>, side: LineAxis): ChartOptions<'line'> {
  return {
    ...STILL_CHART,
    scales: {
      y: { min: main.min, max: main.max, title: { display: true, text: main.title } },
      [side.id]: { position: 'right', min: side.min, max: side.max, title: { display: true, text: side.title }, grid: { drawOnChartArea: false } },
      x: { title: { display: true, text: 'Day' } },
    },
    plugins: { legend: { display: true, position: 'bottom' } },
  };
}
