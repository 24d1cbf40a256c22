import { Button, Group, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { formatInstantDate } from '../../../components/format-date';
import type { CorrectionStep } from '../corrections';
import { RESPONDENT_LABELS, type MeasureResponse } from '../measure-records';
import { changeText, type Trajectory } from '../trajectory-chart-data';
import { CorrectionHistory } from './CorrectionHistory';

interface Props {
  readonly trajectory: Trajectory;
  readonly responses: readonly MeasureResponse[];
  readonly onCorrect: (responseId: string) => void;
  /** The corrections behind a response, newest first. */
  readonly history: (responseId: string) => readonly CorrectionStep[];
  readonly staffNames: ReadonlyMap<string, string>;
}

const COLUMNS = ['Administered on', 'Total', 'Band', 'Change against baseline', 'Safety', 'Respondent', 'Actions'];

/**
 * The chart's data as a table: date, total, band, change against baseline (with an open safety alert beside it),
 * the PHQ-9's item 9 when positive, respondent, and the correction action and history.
 */
export function ScoresTable({ trajectory, responses, onCorrect, history, staffNames }: Props) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => {
    setOpen((prev) => (prev.has(id) ? new Set([...prev].filter((x) => x !== id)) : new Set([...prev, id])));
  };
  const firstId = trajectory.baseline === null ? null : responses.find((r) => r.instrumentId === trajectory.instrumentId)?.id;
  return (
    <Table striped>
      <Table.Caption>{trajectory.instrumentId} scores in this range, oldest first</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {COLUMNS.map((c) => (
            <Table.Th key={c}>{c}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {trajectory.points.map((p) => {
          const respondent = responses.find((r) => r.id === p.id)?.respondent;
          const date = formatInstantDate(p.completedAt);
          const steps = history(p.id);
          const historyId = `history-${p.id}`;
          return (
            <Fragment key={p.id}>
              <Table.Tr>
                <Table.Td>{date}</Table.Td>
                <Table.Td>{p.total}</Table.Td>
                <Table.Td>{p.bandLabel}</Table.Td>
                <Table.Td>{changeText(p, p.id === firstId)}</Table.Td>
                <Table.Td>
                  {p.item9Flag ? (
                    <Text span c="red.9" fw={700}>
                      {p.item9Flag}
                    </Text>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>{respondent ? RESPONDENT_LABELS[respondent] : '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`Correct the ${trajectory.instrumentId} of ${date}`}
                      onClick={() => {
                        onCorrect(p.id);
                      }}
                    >
                      Correct
                    </Button>
                    {steps.length > 0 && (
                      <Button
                        size="xs"
                        variant="subtle"
                        aria-expanded={open.has(p.id)}
                        aria-controls={open.has(p.id) ? historyId : undefined}
                        aria-label={`History of the ${trajectory.instrumentId} of ${date}`}
                        onClick={() => {
                          toggle(p.id);
                        }}
                      >
                        History ({steps.length})
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
              {open.has(p.id) && (
                <Table.Tr id={historyId}>
                  <Table.Td colSpan={COLUMNS.length}>
                    <CorrectionHistory steps={steps} staffNames={staffNames} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
