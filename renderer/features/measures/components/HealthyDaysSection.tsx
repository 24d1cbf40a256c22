import { Stack, Table, Text, Title } from '@mantine/core';
import { formatInstantDate } from '../../../components/format-date';
import { generalHealthLabel, healthyDaysRows } from '../healthy-days-data';
import type { MeasureResponse } from '../measure-records';

const FLAG_WORDS: Readonly<Record<string, string>> = {
  fair_or_poor_health: 'fair or poor health',
  frequent_mental_distress: 'frequent mental distress',
  frequent_physical_distress: 'frequent physical distress',
};
const days = (n: number | null) => (n === null ? 'Not answered' : `${String(n)} of 30`);

/** CDC HRQOL-4 Healthy Days per administration (no total: its subscales), newest first. */
export function HealthyDaysSection({ responses }: { responses: readonly MeasureResponse[] }) {
  const rows = [...healthyDaysRows(responses)].reverse();
  if (rows.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="healthy-days-heading">
      <Title order={3} id="healthy-days-heading">
        Healthy days (CDC HRQOL-4)
      </Title>
      <Text size="sm">
        Days in the past 30. Healthy days = 30 − (physically + mentally unhealthy days, at most 30). No reliable-change value is published, so change is not
        labelled.
      </Text>
      <Table striped aria-label="Healthy days (CDC HRQOL-4)">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Administered on</Table.Th>
            <Table.Th>General health</Table.Th>
            <Table.Th>Healthy days</Table.Th>
            <Table.Th>Physically unhealthy</Table.Th>
            <Table.Th>Mentally unhealthy</Table.Th>
            <Table.Th>Activities limited</Table.Th>
            <Table.Th>Flags</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{formatInstantDate(r.completedAt)}</Table.Td>
              <Table.Td>{generalHealthLabel(r.generalHealth)}</Table.Td>
              <Table.Td>{r.healthyDays === null ? 'Not known' : days(r.healthyDays)}</Table.Td>
              <Table.Td>{days(r.physicallyUnhealthyDays)}</Table.Td>
              <Table.Td>{days(r.mentallyUnhealthyDays)}</Table.Td>
              <Table.Td>{days(r.activityLimitationDays)}</Table.Td>
              <Table.Td>{r.flags.map((f) => FLAG_WORDS[f] ?? f).join(', ') || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
