import { BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

// chart.js is tree-shaken: each piece any chart uses (the trend lines, the adherence and behaviour bars, the bands and
// thresholds drawn as annotations) is registered once, here, before any chart renders.
Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, BarController, BarElement, Tooltip, Legend, Filler, annotationPlugin);
