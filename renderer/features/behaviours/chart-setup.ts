import { BarController, BarElement, Chart } from 'chart.js';
import '../../app/chart-setup';

// The app registers the line-chart pieces; the weekly bars also need these.
Chart.register(BarController, BarElement);
