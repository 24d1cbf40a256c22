import { Box } from '@mantine/core';
import { Line } from 'react-chartjs-2';
import '../../../app/chart-setup';
import { formatInstantDate } from '../../../components/format-date';
import { chartData, chartOptions, chartSummary, markerPosition, type ChartMarker } from '../trajectory-chart-config';
import type { Trajectory } from '../trajectory-chart-data';

/** The line chart of one instrument's totals over its shaded severity bands; the table beside it is its text twin. */
export function TrajectoryChart({ trajectory, markers = [] }: { trajectory: Trajectory; markers?: readonly ChartMarker[] }) {
  const shown = markers.filter((m) => markerPosition(trajectory, m.date) !== null);
  const marked = shown.length ? ` Medication changes marked: ${shown.map((m) => `${m.label} (${m.date})`).join('; ')}.` : '';
  return (
    <Box h={260}>
      <Line
        data={chartData(trajectory, formatInstantDate)}
        options={chartOptions(trajectory, shown)}
        role="img"
        aria-label={`${chartSummary(trajectory, formatInstantDate)}${marked}`}
      />
    </Box>
  );
}
