import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { doseLabel, scheduleLabel } from '../../../../shared/domain/medications';
import type { Medication } from '../../../../shared/domain/records';
import { formatIsoDate } from '../../../components/format-date';
import { TableHeader } from '../../../components/TableHeader';

interface Props {
  readonly medications: readonly Medication[];
  readonly caption: string;
  /** Row actions; absent for a read-only list. */
  readonly onChangeDose?: (m: Medication) => void;
  readonly onStop?: (m: Medication) => void;
  readonly onEdit?: (m: Medication) => void;
}

function Actions({ m, onChangeDose, onStop, onEdit }: Omit<Props, 'medications' | 'caption'> & { m: Medication }) {
  if (m.status !== 'active' || !onChangeDose || !onStop || !onEdit) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        variant="light"
        onClick={() => {
          onChangeDose(m);
        }}
        aria-label={`Change dose of ${m.name}`}
      >
        Change dose
      </Button>
      <Button
        size="xs"
        variant="default"
        onClick={() => {
          onEdit(m);
        }}
        aria-label={`Edit ${m.name}`}
      >
        Edit
      </Button>
      <Button
        size="xs"
        variant="outline"
        color="red.9"
        onClick={() => {
          onStop(m);
        }}
        aria-label={`Stop ${m.name}`}
      >
        Stop
      </Button>
    </Group>
  );
}

/** Medications with dose, route, schedule, prescriber, dates and indication. */
export function MedicationTable({ medications, caption, ...actions }: Props) {
  const withActions = Boolean(actions.onChangeDose);
  return (
    <Table striped>
      <Table.Caption>{caption}</Table.Caption>
      <TableHeader
        columns={['Medication', 'Dose', 'Route', 'Schedule', 'Prescriber', 'Started', 'Indication', 'Status', ...(withActions ? ['Actions'] : [])]}
      />
      <Table.Tbody>
        {medications.map((m) => (
          <Table.Tr key={m.id}>
            <Table.Td>
              <Text fw={600} span>
                {m.name}
              </Text>
              {m.strength && (
                <Text size="sm" c="gray.7">
                  {m.strength}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{doseLabel(m.dose, m.doseUnit)}</Table.Td>
            <Table.Td>{m.route}</Table.Td>
            <Table.Td>{scheduleLabel(m.schedule)}</Table.Td>
            <Table.Td>{m.prescriber || '—'}</Table.Td>
            <Table.Td>{formatIsoDate(m.startedOn)}</Table.Td>
            <Table.Td>{m.indication || '—'}</Table.Td>
            <Table.Td>
              {m.status === 'active' ? (
                <Badge variant="light" color="teal" tt="none">
                  Active
                </Badge>
              ) : (
                <Text size="sm">
                  Stopped {m.stoppedOn ? formatIsoDate(m.stoppedOn) : ''}
                  {m.stopReason ? ` — ${m.stopReason}` : ''}
                </Text>
              )}
            </Table.Td>
            {withActions && (
              <Table.Td>
                <Actions m={m} {...actions} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
