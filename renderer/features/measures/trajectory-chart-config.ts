import type { ChartData, ChartOptions } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { Trajectory, TrajectoryPoint } from './trajectory-chart-data';
import { STILL_CHART, type ChartMarker } from '../../charts';

export type { ChartMarker } from '../../charts';

/** A pale wash from green (least severe) to red (most severe); the text over it stays dark. */
export function bandColour(severity: number): string {
  return `hsla(${String(Math.round(140 * (1 - severity)))}, 70%, 50%, 0.16)`;
}

const LINE = '#0b7285';
/** A positive PHQ-9 item 9 is drawn red, larger and ringed: a low total must not hide it among the other points. */
export const FLAGGED_POINT = { colour: '#c92a2a', radius: 9, border: 3 } as const;

/** chart.js data: one line of totals, labelled by date; points with a positive item 9 stand out in red. */
export function chartData(t: Trajectory, formatDate: (iso: string) => string): ChartData<'line', number[], string> {
  const flagged = (p: TrajectoryPoint) => p.item9Flag !== null;
  return {
    labels: t.points.map((p) => formatDate(p.completedAt)),
    datasets: [
      {
        label: `${t.instrumentId} total`,
        data: t.points.map((p) => p.total),
        // Points on the first and last day sit on the chart's edge: draw them whole (the layout leaves room).
        clip: false,
        borderColor: LINE,
        backgroundColor: LINE,
        pointBackgroundColor: t.points.map((p) => (flagged(p) ? FLAGGED_POINT.colour : LINE)),
        pointBorderColor: t.points.map((p) => (flagged(p) ? '#ffffff' : LINE)),
        pointBorderWidth: t.points.map((p) => (flagged(p) ? FLAGGED_POINT.border : 1)),
        pointRadius: t.points.map((p) =>
          flagged(p) ? FLAGGED_POINT.radius : p.change === 'reliably_improved' || p.change === 'reliably_deteriorated' ? 7 : 4,
        ),
        pointStyle: t.points.map((p) => (p.change === 'reliably_improved' ? 'triangle' : p.change === 'reliably_deteriorated' ? 'rectRot' : 'circle')),
      },
    ],
  };
}

function bandAnnotations(t: Trajectory): Record<string, AnnotationOptions> {
  return Object.fromEntries(
    t.bands.map((b) => [
      b.id,
      {
        type: 'box',
        yMin: b.yMin,
        yMax: b.yMax,
        backgroundColor: bandColour(b.severity),
        borderWidth: 0,
        label: { display: true, content: b.label, position: { x: 'start', y: 'center' }, color: '#212529', font: { size: 11 } },
      } satisfies AnnotationOptions,
    ]),
  );
}

const MARKER_STYLES = {
  medication: { colour: '#5f3dc4', dash: [4, 3] },
  'level-of-care': { colour: '#1864ab', dash: [] },
} as const;

const localDay = (instant: string) => {
  const d = new Date(instant);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
};
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * x position of a day on the category axis: a point's index on its day, interpolated between points, the last
 * index after the last point; null before the first point (outside the charted range).
 */
export function markerPosition(t: Trajectory, date: string): number | null {
  const days = t.points.map((p) => dayNumber(localDay(p.completedAt)));
  const x = dayNumber(date);
  const first = days[0];
  if (first === undefined || x < first) return null;
  const i = days.findIndex((d, k) => x >= d && (k === days.length - 1 || x < (days[k + 1] ?? d)));
  const [a, b] = [days[i] ?? first, days[i + 1]];
  return b === undefined || b === a ? i : i + (x - a) / (b - a);
}

function markerAnnotations(t: Trajectory, markers: readonly ChartMarker[]): Record<string, AnnotationOptions> {
  const out: Record<string, AnnotationOptions> = {};
  markers.forEach((m, i) => {
    const x = markerPosition(t, m.date);
    if (x === null) return;
    const style = MARKER_STYLES[m.kind ?? 'medication'];
    out[`marker-${String(i)}`] = {
      type: 'line',
      xMin: x,
      xMax: x,
      borderColor: style.colour,
      borderWidth: 2,
      borderDash: [...style.dash],
      label: { display: true, content: m.label, position: i % 2 ? 'end' : 'start', backgroundColor: style.colour, font: { size: 10 } },
    };
  });
  return out;
}

/** chart.js options: the y axis spans the instrument's whole range with its severity bands shaded behind the line. */
export function chartOptions(t: Trajectory, markers: readonly ChartMarker[] = []): ChartOptions<'line'> {
  return {
    ...STILL_CHART,
    layout: { padding: { right: FLAGGED_POINT.radius + FLAGGED_POINT.border } },
    scales: {
      y: { min: t.yRange.min, max: t.yRange.max, title: { display: true, text: 'Total score' } },
      x: { title: { display: true, text: 'Administered on' } },
    },
    plugins: {
      legend: { display: false },
      annotation: { annotations: { ...bandAnnotations(t), ...markerAnnotations(t, markers) } },
    },
  };
}

/**
 * A short summary of the chart for people who cannot see it (the table beside it has every value), with the flagged
 * points' item 9 and the open alert, as the chart shows them.
 */
export function chartSummary(t: Trajectory, formatDate: (iso: string) => string = (iso) => iso.slice(0, 10)): string {
  const first = t.points[0];
  const last = t.points.at(-1);
  if (!first || !last) return `${t.instrumentId}: no scores in this range.`;
  const status = t.badges.length ? ` Latest against baseline: ${t.badges.join(', ')}.` : '';
  const flagged = t.points.flatMap((p) => (p.item9Flag ? [`${p.item9Flag} on ${formatDate(p.completedAt)}`] : []));
  const flags = flagged.length ? ` Marked in red: ${flagged.join('; ')}.` : '';
  return `${t.instrumentId} totals, ${String(t.points.length)} in range, from ${String(first.total)} (${first.bandLabel}) to ${String(last.total)} (${last.bandLabel}).${status}${flags}`;
}

export type LegendSwatch = 'medication-change' | 'level-of-care' | 'item9' | 'reliable-change';

/** The chart's legend: only the marks this chart draws, each with what it means (the bands are labelled in place). */
export function legendEntries(t: Trajectory, shownMarkers: readonly ChartMarker[]): readonly { readonly swatch: LegendSwatch; readonly text: string }[] {
  const entries: { swatch: LegendSwatch; text: string }[] = [];
  if (shownMarkers.some((m) => (m.kind ?? 'medication') === 'medication'))
    entries.push({ swatch: 'medication-change', text: 'Dashed purple line: a medication started, stopped or changed dose' });
  if (shownMarkers.some((m) => m.kind === 'level-of-care'))
    entries.push({ swatch: 'level-of-care', text: 'Solid blue line: admission, transfer between levels of care, or discharge' });
  if (t.points.some((p) => p.item9Flag !== null))
    entries.push({ swatch: 'item9', text: 'Red ringed point: item 9 (thoughts of self-harm) above 0 or unanswered' });
  if (t.points.some((p) => p.change === 'reliably_improved' || p.change === 'reliably_deteriorated'))
    entries.push({ swatch: 'reliable-change', text: 'Larger point: reliable change from baseline' });
  return entries;
}
