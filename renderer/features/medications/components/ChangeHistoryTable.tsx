import { Table } from '@mantine/core';
import { formatIsoDate } from '../../../components/format-date';
import type { MedicationChange } from '../medication-chart-data';
import { TableHeader } from '../../../components/TableHeader';

/** Starts, dose changes (old → new) and stops, oldest first: the medication history nothing overwrites. */
export function ChangeHistoryTable({ changes }: { changes: readonly MedicationChange[] }) {
  return (
    <Table striped>
      <Table.Caption>Medication changes, oldest first</Table.Caption>
      <TableHeader columns={['Date', 'Change', 'Reason']} />
      <Table.Tbody>
        {changes.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>{formatIsoDate(c.date)}</Table.Td>
            <Table.Td>{c.label}</Table.Td>
            <Table.Td>{c.reason || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
