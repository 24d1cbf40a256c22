import { Box, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Line } from 'react-chartjs-2';
import { CHECK_IN_SCALES } from '../../../../shared/instruments';
import { formatIsoDate, localToday } from '../../../components/format-date';
import type { CheckIn } from '../checkin-records';
import { CHECK_IN_CHART_OPTIONS, checkInChartData, checkInSummary, checkInsInRange } from '../checkin-trend-data';
import { RangeChoice, type TrajectoryRange } from '../../../charts';

/** Check-in trends: a line per 0–10 scale, and the same data (with sleep, skills and journal) as a table. */
export function CheckInTrends({ checkIns }: { checkIns: readonly CheckIn[] }) {
  const [range, setRange] = useState<TrajectoryRange>('4w');
  const [today] = useState(localToday);
  const shown = checkInsInRange(checkIns, range, today);
  return (
    <Stack component="section" aria-labelledby="checkin-trends-heading">
      <Title order={3} id="checkin-trends-heading">
        Check-in trends
      </Title>
      <RangeChoice value={range} onChange={setRange} />
      {shown.length === 0 ? (
        <Text>No check-ins in this range.</Text>
      ) : (
        <>
          <Box h={260}>
            <Line data={checkInChartData(shown, formatIsoDate)} options={CHECK_IN_CHART_OPTIONS} role="img" aria-label={checkInSummary(shown)} />
          </Box>
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Caption>Check-ins in this range, oldest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Day</Table.Th>
                  {CHECK_IN_SCALES.map((s) => (
                    <Table.Th key={s.key}>{s.label}</Table.Th>
                  ))}
                  <Table.Th>Sleep (h)</Table.Th>
                  <Table.Th>Coping skills</Table.Th>
                  <Table.Th>Journal</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{formatIsoDate(c.day)}</Table.Td>
                    {CHECK_IN_SCALES.map((s) => (
                      <Table.Td key={s.key}>{c.answers[s.key]}</Table.Td>
                    ))}
                    <Table.Td>{c.answers.sleepHours}</Table.Td>
                    <Table.Td>{c.answers.copingSkills.join(', ') || '—'}</Table.Td>
                    <Table.Td>{c.journal || '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
