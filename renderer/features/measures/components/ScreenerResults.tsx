import { Stack, Table, Title } from '@mantine/core';
import { getInstrument, raisesSafetyAlert } from '../../../../shared/instruments';
import { formatInstantDate } from '../../../components/format-date';
import { RESPONDENT_LABELS, type MeasureResponse } from '../measure-records';

/** Results of instruments without a total to chart (the C-SSRS screener's risk levels), newest first. */
export function ScreenerResults({ responses }: { responses: readonly MeasureResponse[] }) {
  // HRQOL-4 has no total either; its Healthy Days subscales have their own table (HealthyDaysSection).
  const levels = responses.filter((r) => r.instrumentId !== 'CDC-HRQOL-4' && getInstrument(r.instrumentId)?.scoring.totalRange === null).reverse();
  if (levels.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="screener-heading">
      <Title order={3} id="screener-heading">
        Screening results
      </Title>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Administered on</Table.Th>
            <Table.Th>Instrument</Table.Th>
            <Table.Th>Result</Table.Th>
            <Table.Th>Respondent</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {levels.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{formatInstantDate(r.completedAt)}</Table.Td>
              <Table.Td>{r.instrumentId}</Table.Td>
              <Table.Td>
                {getInstrument(r.instrumentId)?.bands.find((b) => b.id === r.band)?.label ?? r.band ?? '—'}
                {raisesSafetyAlert(r) ? ' — raised a safety alert' : ''}
              </Table.Td>
              <Table.Td>{RESPONDENT_LABELS[r.respondent]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
