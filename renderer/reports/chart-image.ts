/** A report chart drawn with chart.js as the chart screens draw it (score line over the band wash), as a PNG data URL. */
import { Chart } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import '../charts';
import type { ReportBlock } from '../../shared/reports';

type ChartBlock = Extract<ReportBlock, { kind: 'chart' }>;

const LINE = '#0b7285';

/** The band wash of the chart screens (measures' trajectory-chart-config): green (least severe) to red. */
function bandColour(severity: number): string {
  return `hsla(${String(Math.round(140 * (1 - severity)))}, 70%, 50%, 0.16)`;
}
const WIDTH = 1000;
const HEIGHT = 360;

function bandAnnotations(block: ChartBlock): Record<string, AnnotationOptions> {
  return Object.fromEntries(
    block.bands.map((b, i) => [
      `band${String(i)}`,
      {
        type: 'box',
        yMin: b.min - 0.5,
        yMax: b.max + 0.5,
        backgroundColor: bandColour(b.severity),
        borderWidth: 0,
        label: { display: true, content: b.label, position: { x: 'start', y: 'center' }, color: '#212529', font: { size: 22 } },
      } satisfies AnnotationOptions,
    ]),
  );
}

/** The chart as a PNG data URL, or null when no canvas can be drawn (the table beside it still holds the values). */
export function chartImage(block: ChartBlock, formatDay: (iso: string) => string): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const labels = block.series[0]?.points.map((p) => formatDay(p.date)) ?? [];
  const chart = new Chart(context, {
    type: 'line',
    data: {
      labels,
      datasets: block.series.map((s) => ({
        label: s.label,
        data: s.points.map((p) => p.value),
        borderColor: LINE,
        backgroundColor: LINE,
        pointRadius: 8,
        borderWidth: 4,
      })),
    },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      scales: { y: { min: block.yMin, max: block.yMax, ticks: { font: { size: 22 } } }, x: { ticks: { font: { size: 22 } } } },
      plugins: { legend: { display: false }, tooltip: { enabled: false }, annotation: { annotations: bandAnnotations(block) } },
    },
  });
  try {
    return canvas.toDataURL('image/png');
  } finally {
    chart.destroy();
  }
}
