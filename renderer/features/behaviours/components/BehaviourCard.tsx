import { Box, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Bar } from 'react-chartjs-2';
import type { TrackedBehaviour } from '../../../../shared/progress/plans/behaviour-presets';
import { weeklyTargetText, type BehaviourSeries } from '../../../../shared/progress/plans/behaviour-series';
import { formatIsoDate } from '../../../components/format-date';
import { behaviourChartData, behaviourChartOptions, behaviourChartSummary } from '../behaviour-chart-config';
import '../../../charts';
import { TableHeader } from '../../../components/TableHeader';

const UNKNOWN = 'Unknown (not recorded)';

function targetCell(week: BehaviourSeries['weeks'][number], hasTarget: boolean): string {
  if (!hasTarget) return '—';
  if (week.daysRecorded === 0) return 'Unknown';
  if (week.weeklyTotal && week.satisfied === null) return 'Not known (a total cannot show a day’s maximum)';
  return week.satisfied === null ? 'Not known yet (days missing)' : week.satisfied ? 'Met' : 'Not met';
}

/** A week holding a weekly total: all its days, or (a total dated before the week's end) how many are known. */
function weeklyTotalDays(daysRecorded: number): string {
  return daysRecorded === 7 ? 'Weekly total' : `Weekly total, ${String(daysRecorded)} of 7 days`;
}

/** Weeks from the first one with a recorded day (a week in between with none is shown as unknown), at least this week. */
function shownWeeks(series: BehaviourSeries): BehaviourSeries['weeks'] {
  const first = series.weeks.findIndex((w) => w.daysRecorded > 0);
  return series.weeks.slice(first === -1 ? -1 : first);
}

function WeekTable({ behaviour, series }: { behaviour: TrackedBehaviour; series: BehaviourSeries }) {
  return (
    <Table aria-label={`${behaviour.label} by week`} striped>
      <TableHeader columns={['Week', 'Days recorded', 'Total', 'Target']} />
      <Table.Tbody>
        {shownWeeks(series).map((w) => (
          <Table.Tr key={w.end}>
            <Table.Td>{`${formatIsoDate(w.start)} – ${formatIsoDate(w.end)}`}</Table.Td>
            <Table.Td>{w.weeklyTotal ? weeklyTotalDays(w.daysRecorded) : `${String(w.daysRecorded)} of 7`}</Table.Td>
            <Table.Td>{w.value === null ? UNKNOWN : String(w.value)}</Table.Td>
            <Table.Td>{targetCell(w, behaviour.weeklyTarget !== undefined)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function DayTable({ behaviour, series }: { behaviour: TrackedBehaviour; series: BehaviourSeries }) {
  return (
    <Table aria-label={`${behaviour.label} by day`} striped>
      <TableHeader columns={['Day', behaviour.valueType === 'yes_no' ? 'Yes / no' : 'Count', ...(behaviour.withIntensity ? ['Strongest intensity'] : [])]} />
      <Table.Tbody>
        {[...series.days].reverse().map((d) => (
          <Table.Tr key={d.date}>
            <Table.Td>{formatIsoDate(d.date)}</Table.Td>
            <Table.Td>{d.value === null ? UNKNOWN : behaviour.valueType === 'yes_no' ? (d.value > 0 ? 'Yes' : 'No') : String(d.value)}</Table.Td>
            {behaviour.withIntensity && <Table.Td>{d.intensity === null ? '—' : `${String(d.intensity)} of 10`}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface Props {
  readonly behaviour: TrackedBehaviour;
  readonly series: BehaviourSeries;
  readonly canEdit: boolean;
  /** On the active plan: its target is the plan's (changed by revising the plan), so it is not changed here. */
  readonly onPlan: boolean;
  readonly onRecord: () => void;
  readonly onChange: () => void;
  readonly onStop: () => void;
}

function countedText(behaviour: TrackedBehaviour, series: BehaviourSeries): string {
  if (behaviour.countedBy !== 'week') return `${String(series.daysRecorded)} of ${String(series.days.length)} days recorded`;
  const weeks = series.weeks.filter((w) => w.value !== null).length;
  return `counted as a total for each week · ${String(weeks)} of ${String(series.weeks.length)} weeks recorded`;
}

/** One behaviour: its weekly chart with the target line, then its weeks and days as tables. */
export function BehaviourCard({ behaviour, series, canEdit, onPlan, onRecord, onChange, onStop }: Props) {
  const target = weeklyTargetText(behaviour);
  const headingId = `behaviour-${behaviour.behaviourId.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Title order={3} size="h4" id={headingId}>
              {behaviour.label}
            </Title>
            <Text
              size="sm"
              c="gray.7"
            >{`${target ? `Weekly target ${target}` : 'No weekly target'}${onPlan ? ' (from the signed plan)' : ''} · ${countedText(behaviour, series)}`}</Text>
          </div>
          {canEdit && (
            <Group gap="xs">
              <Button variant="light" onClick={onRecord} aria-label={`Record days of ${behaviour.label}`}>
                Record days
              </Button>
              {!onPlan && (
                <Button variant="default" onClick={onChange} aria-label={`Change target of ${behaviour.label}`}>
                  Change target
                </Button>
              )}
              {!onPlan && (
                <Button variant="default" color="red" onClick={onStop} aria-label={`Stop tracking ${behaviour.label}`}>
                  Stop tracking
                </Button>
              )}
            </Group>
          )}
        </Group>
        <Box h={220}>
          <Bar
            data={behaviourChartData(series, behaviour.label, formatIsoDate)}
            options={behaviourChartOptions(behaviour, series)}
            role="img"
            aria-label={behaviourChartSummary(behaviour, series, formatIsoDate)}
          />
        </Box>
        <WeekTable behaviour={behaviour} series={series} />
        <details>
          <summary>Days, last four weeks</summary>
          <DayTable behaviour={behaviour} series={series} />
        </details>
      </Stack>
    </Card>
  );
}
