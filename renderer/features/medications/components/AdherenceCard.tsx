import { Box, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Bar } from 'react-chartjs-2';
import type { AdherenceWindow } from '../../../../shared/domain/medication-adherence';
import type { AdherenceDay } from '../../../../shared/domain/medication-events';
import type { Medication } from '../../../../shared/domain/records';
import { formatIsoDate } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import '../../../charts';
import { adherenceChartData, adherenceChartOptions, adherenceChartSummary } from '../medication-chart-config';
import { weeklyAdherenceChart, type WeeklyAdherenceChart } from '../medication-chart-data';
import type { MedicationActions } from '../useMedicationActions';
import { AdherenceEntryModal } from './AdherenceEntryModal';
import { plural } from '../../../../shared/domain/text';
import { AdherenceFigure } from './AdherenceFigure';

interface Props {
  readonly medications: readonly Medication[];
  readonly records: readonly AdherenceDay[];
  /** The adherence figure of the last 14 days (the same one the alert and the visit show). */
  readonly adherence: AdherenceWindow;
  readonly actions: MedicationActions;
  readonly today: string;
  readonly canEdit: boolean;
}

function WeeklyTable({ chart }: { chart: WeeklyAdherenceChart }) {
  return (
    <Table striped>
      <Table.Caption>Weekly adherence: recorded doses taken (percent) and days not recorded, oldest week first</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Week of</Table.Th>
          {chart.series.map((s) => (
            <Table.Th key={s.medicationId}>{s.name}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {chart.weeks.map((w, i) => (
          <Table.Tr key={w}>
            <Table.Th scope="row">{formatIsoDate(w)}</Table.Th>
            {chart.series.map((s) => {
              const pct = s.percents[i] ?? null;
              const gap = s.unrecordedDays[i] ?? 0;
              const recorded = pct === null ? (s.counts[i] ?? '—') : `${s.counts[i] ?? ''} (${String(pct)} %)`;
              return <Table.Td key={s.medicationId}>{pct !== null && gap > 0 ? `${recorded}; ${plural(gap, 'day')} not recorded` : recorded}</Table.Td>;
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Adherence: entry (weekly grid or one day), the 14-day figure, weekly bars with the 80 % line and their table. */
export function AdherenceCard({ medications, records, adherence, actions, today, canEdit }: Props) {
  const [entry, setEntry] = useState<'week' | 'day' | null>(null);
  const chart = weeklyAdherenceChart(medications, { adherence: records }, today);
  return (
    <Card withBorder component="section" aria-labelledby="adherence-heading">
      <Stack>
        <Group justify="space-between">
          <Title order={3} id="adherence-heading">
            Adherence
          </Title>
          {canEdit && (
            <Group gap="xs">
              <Button
                variant="light"
                onClick={() => {
                  setEntry('week');
                }}
              >
                Record week
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setEntry('day');
                }}
              >
                Record day
              </Button>
            </Group>
          )}
        </Group>
        <AdherenceFigure adherence={adherence} medications={medications} />
        {chart.series.length > 0 ? (
          <>
            <Box h={260}>
              <Bar data={adherenceChartData(chart, formatIsoDate)} options={adherenceChartOptions()} role="img" aria-label={adherenceChartSummary(chart)} />
            </Box>
            <WeeklyTable chart={chart} />
          </>
        ) : (
          <Text>No adherence recorded yet. Choose “Record week” to enter what the client reports.</Text>
        )}
      </Stack>
      {entry && (
        <AdherenceEntryModal
          mode={entry}
          medications={medications}
          records={records}
          today={today}
          onClose={() => {
            setEntry(null);
          }}
          onSave={async (entries) => {
            await actions.recordAdherence(entries);
            setEntry(null);
            notify(`Adherence saved for ${plural(entries.length, 'medication-day')}.`);
          }}
        />
      )}
    </Card>
  );
}
