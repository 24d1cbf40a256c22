import { Box, Group, Stack, Text } from '@mantine/core';
import type React from 'react';
import { Line } from 'react-chartjs-2';
import '../../../charts';
import { formatInstantDate } from '../../../components/format-date';
import {
  FLAGGED_POINT,
  chartData,
  chartOptions,
  chartSummary,
  legendEntries,
  markerPosition,
  type ChartMarker,
  type LegendSwatch,
} from '../trajectory-chart-config';
import type { Trajectory } from '../trajectory-chart-data';

const SWATCH_STYLES: Readonly<Record<LegendSwatch, React.CSSProperties>> = {
  'medication-change': { width: 22, height: 0, borderTop: '2px dashed #5f3dc4' },
  'level-of-care': { width: 22, height: 0, borderTop: '2px solid #1864ab' },
  item9: { width: 14, height: 14, borderRadius: '50%', background: FLAGGED_POINT.colour, boxShadow: '0 0 0 2px #fff, 0 0 0 3px #868e96' },
  'reliable-change': { width: 12, height: 12, borderRadius: '50%', background: '#0b7285' },
};

/** What the chart's marks mean, below it (only the marks it draws). */
function Legend({ entries }: { entries: ReturnType<typeof legendEntries> }) {
  if (entries.length === 0) return null;
  return (
    <Group gap="lg" component="ul" aria-label="Chart legend" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {entries.map((e) => (
        <Group key={e.swatch} gap={6} component="li" wrap="nowrap">
          <span aria-hidden style={{ display: 'inline-block', ...SWATCH_STYLES[e.swatch] }} />
          <Text size="sm">{e.text}</Text>
        </Group>
      ))}
    </Group>
  );
}

/** The line chart of one instrument's totals over its shaded severity bands; the table beside it is its text twin. */
export function TrajectoryChart({ trajectory, markers = [] }: { trajectory: Trajectory; markers?: readonly ChartMarker[] }) {
  const shown = markers.filter((m) => markerPosition(trajectory, m.date) !== null);
  const described = (kind: ChartMarker['kind'], what: string) => {
    const of = shown.filter((m) => (m.kind ?? 'medication') === kind);
    return of.length ? ` ${what} marked: ${of.map((m) => `${m.label} (${m.date})`).join('; ')}.` : '';
  };
  const marked = `${described('medication', 'Medication changes')}${described('level-of-care', 'Level-of-care changes')}`;
  return (
    <Stack gap="xs">
      <Box h={260}>
        <Line
          data={chartData(trajectory, formatInstantDate)}
          options={chartOptions(trajectory, shown)}
          role="img"
          aria-label={`${chartSummary(trajectory, formatInstantDate)}${marked}`}
        />
      </Box>
      <Legend entries={legendEntries(trajectory, shown)} />
    </Stack>
  );
}
