import { Stack, Table, Title } from '@mantine/core';
import type { HomeworkWeek } from '../../../../shared/progress/plans/homework-weeks';
import { formatIsoDate } from '../../../components/format-date';
import { BARRIER_LABELS } from '../homework-labels';
import { TableHeader } from '../../../components/TableHeader';

const BARRIER_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(BARRIER_LABELS));
const barrierText = (barriers: HomeworkWeek['barriers']) =>
  Object.entries(barriers)
    .map(([b, n]) => `${BARRIER_NAMES.get(b) ?? b} (${String(n)})`)
    .join(', ') || '—';

/** The weekly series (progress.md §2): completion %, mean clinician quality 0–2 and barriers, weeks with anything in them. */
export function HomeworkWeeksTable({ weeks }: { weeks: readonly HomeworkWeek[] }) {
  const shown = weeks.filter((w) => w.expected > 0 || w.meanQuality !== null || Object.keys(w.barriers).length > 0);
  if (shown.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Homework by week
      </Title>
      <Table aria-label="Homework by week" striped>
        <TableHeader columns={['Week', 'Completion', 'Mean quality (0–2)', 'Barriers']} />
        <Table.Tbody>
          {[...shown].reverse().map((w) => (
            <Table.Tr key={w.end}>
              <Table.Td>{`${formatIsoDate(w.start)} – ${formatIsoDate(w.end)}`}</Table.Td>
              <Table.Td>{w.pct === null ? 'Nothing due' : `${String(w.pct)} % (${String(w.done)} of ${String(w.expected)})`}</Table.Td>
              <Table.Td>{w.meanQuality === null ? '—' : String(w.meanQuality)}</Table.Td>
              <Table.Td>{barrierText(w.barriers)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
