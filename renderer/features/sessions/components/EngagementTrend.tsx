import { Box, Switch, Table } from '@mantine/core';
import { useState } from 'react';
import { Line } from 'react-chartjs-2';
import '../../../charts';
import { ENGAGEMENT_ANCHORS, type EngagementPoint } from '../../../../shared/domain/attendance';
import { formatInstantDate } from '../../../components/format-date';
import { ENGAGEMENT_CHART_OPTIONS, engagementChartData, engagementSummary, sessionLabels } from '../engagement-chart';
import { localParts } from '../../../../shared/domain/sessions';

const timeOf = (iso: string) => localParts(iso).time;

const anchor = (n: number) => (ENGAGEMENT_ANCHORS as Readonly<Record<number, string>>)[n] ?? '';

/** Engagement per session as a line chart, or as a table for keyboard and screen-reader users. */
export function EngagementTrend({ points }: { points: readonly EngagementPoint[] }) {
  const [asTable, setAsTable] = useState(false);
  const labels = sessionLabels(points, formatInstantDate, timeOf);
  return (
    <>
      <Switch
        label="Show engagement as a table"
        checked={asTable}
        onChange={(e) => {
          setAsTable(e.currentTarget.checked);
        }}
      />
      {asTable ? (
        <Table>
          <Table.Caption>Engagement per session</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Session</Table.Th>
              <Table.Th>Engagement</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {points.map((p, i) => (
              <Table.Tr key={p.sessionId}>
                <Table.Td>{labels[i]}</Table.Td>
                <Table.Td>
                  {p.engagement} — {anchor(p.engagement)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Box h={220}>
          <Line
            data={engagementChartData(points, formatInstantDate, timeOf)}
            options={ENGAGEMENT_CHART_OPTIONS}
            role="img"
            aria-label={engagementSummary(points)}
          />
        </Box>
      )}
    </>
  );
}
