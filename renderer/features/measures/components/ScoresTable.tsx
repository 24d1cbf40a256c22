import { Button, Table } from '@mantine/core';
import { formatInstantDate } from '../../../components/format-date';
import { RESPONDENT_LABELS, type MeasureResponse } from '../measure-records';
import { changeWords, type Trajectory, type TrajectoryPoint } from '../trajectory-chart-data';

interface Props {
  readonly trajectory: Trajectory;
  readonly responses: readonly MeasureResponse[];
  readonly onCorrect: (responseId: string) => void;
}

function changeText(p: TrajectoryPoint, isBaseline: boolean): string {
  if (isBaseline) return 'baseline';
  if (!p.change) return '—';
  return [changeWords(p.change), ...(p.response ? ['response'] : []), ...(p.remission ? ['remission'] : [])].join(', ');
}

/** The chart's data as a table: date, total, band, change against baseline, respondent, and a correction action. */
export function ScoresTable({ trajectory, responses, onCorrect }: Props) {
  const firstId = trajectory.baseline === null ? null : responses.find((r) => r.instrumentId === trajectory.instrumentId)?.id;
  return (
    <Table striped>
      <Table.Caption>{trajectory.instrumentId} scores in this range, oldest first</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Administered on</Table.Th>
          <Table.Th>Total</Table.Th>
          <Table.Th>Band</Table.Th>
          <Table.Th>Change against baseline</Table.Th>
          <Table.Th>Respondent</Table.Th>
          <Table.Th>Actions</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {trajectory.points.map((p) => {
          const respondent = responses.find((r) => r.id === p.id)?.respondent;
          const date = formatInstantDate(p.completedAt);
          return (
            <Table.Tr key={p.id}>
              <Table.Td>{date}</Table.Td>
              <Table.Td>{p.total}</Table.Td>
              <Table.Td>{p.bandLabel}</Table.Td>
              <Table.Td>{changeText(p, p.id === firstId)}</Table.Td>
              <Table.Td>{respondent ? RESPONDENT_LABELS[respondent] : '—'}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" aria-label={`Correct the ${trajectory.instrumentId} of ${date}`} onClick={() => { onCorrect(p.id); }}>
                  Correct
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
