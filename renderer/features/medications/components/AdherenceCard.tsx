import { Box, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Bar } from 'react-chartjs-2';
import { adherenceByMedication, recordsInLastDays } from '../../../../shared/domain/medication-adherence';
import { currentAdherence, type AdherenceDay } from '../../../../shared/domain/medication-events';
import type { Medication } from '../../../../shared/domain/records';
import { formatIsoDate } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import '../chart-setup';
import { adherenceChartData, adherenceChartOptions, adherenceChartSummary } from '../medication-chart-config';
import { weeklyAdherenceChart, type WeeklyAdherenceChart } from '../medication-chart-data';
import type { MedicationActions } from '../useMedicationActions';
import { AdherenceEntryModal } from './AdherenceEntryModal';
import { plural } from '../../../../shared/domain/text';

interface Props {
  readonly medications: readonly Medication[];
  readonly records: readonly AdherenceDay[];
  readonly actions: MedicationActions;
  readonly today: string;
  readonly canEdit: boolean;
}

function WeeklyTable({ chart }: { chart: WeeklyAdherenceChart }) {
  return (
    <Table striped>
      <Table.Caption>Weekly adherence: doses taken of scheduled (percent), oldest week first</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Week of</Table.Th>
          {chart.series.map((s) => <Table.Th key={s.medicationId}>{s.name}</Table.Th>)}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {chart.weeks.map((w, i) => (
          <Table.Tr key={w}>
            <Table.Th scope="row">{formatIsoDate(w)}</Table.Th>
            {chart.series.map((s) => {
              const pct = s.percents[i] ?? null;
              return <Table.Td key={s.medicationId}>{pct === null ? '—' : `${s.counts[i] ?? ''} (${String(pct)} %)`}</Table.Td>;
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function LastSevenDays({ medications, records, today }: Pick<Props, 'medications' | 'records' | 'today'>) {
  const byMed = adherenceByMedication(recordsInLastDays(records, today, 7));
  const parts = medications.flatMap((m) => {
    const t = byMed.get(m.id);
    return t?.percent == null ? [] : [`${m.name} ${String(t.percent)} % (${String(t.taken)} of ${String(t.scheduled)})`];
  });
  return <Text>Last 7 days: {parts.length ? parts.join('; ') : 'nothing recorded.'}</Text>;
}

/** Adherence: entry (weekly grid or one day), the last 7 days per medication, weekly bars with the 80 % line and their table. */
export function AdherenceCard({ medications, records, actions, today, canEdit }: Props) {
  const [entry, setEntry] = useState<'week' | 'day' | null>(null);
  const current = currentAdherence(records);
  const chart = weeklyAdherenceChart(medications, { adherence: records }, today);
  return (
    <Card withBorder component="section" aria-labelledby="adherence-heading">
      <Stack>
        <Group justify="space-between">
          <Title order={3} id="adherence-heading">Adherence</Title>
          {canEdit && (
            <Group gap="xs">
              <Button variant="light" onClick={() => { setEntry('week'); }}>Record week</Button>
              <Button variant="default" onClick={() => { setEntry('day'); }}>Record day</Button>
            </Group>
          )}
        </Group>
        <LastSevenDays medications={medications} records={current} today={today} />
        {chart.series.length > 0 ? (
          <>
            <Box h={260}>
              <Bar data={adherenceChartData(chart, formatIsoDate)} options={adherenceChartOptions()} role="img" aria-label={adherenceChartSummary(chart)} />
            </Box>
            <WeeklyTable chart={chart} />
          </>
        ) : <Text>No adherence recorded yet. Choose “Record week” to enter what the client reports.</Text>}
      </Stack>
      {entry && (
        <AdherenceEntryModal mode={entry} medications={medications} records={records} today={today} onClose={() => { setEntry(null); }}
          onSave={async (entries) => { await actions.recordAdherence(entries); setEntry(null); notify(`Adherence saved for ${plural(entries.length, 'medication-day')}.`); }} />
      )}
    </Card>
  );
}
