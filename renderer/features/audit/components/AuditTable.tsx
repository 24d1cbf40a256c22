import { Table } from '@mantine/core';
import { AUDIT_ACTION_LABELS, type AuditRowView } from '../../../../shared/audit/audit-view';
import { TableHeader } from '../../../components/TableHeader';

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** Audit rows with names: when, who, what, which client, which kind of record, the detail. */
export function AuditTable({ rows, caption }: { readonly rows: readonly AuditRowView[]; readonly caption: string }) {
  return (
    <Table striped>
      <Table.Caption>{caption}</Table.Caption>
      <TableHeader columns={['When', 'Who', 'What', 'Client', 'Record', 'Detail']} />
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{formatter.format(new Date(r.at))}</Table.Td>
            <Table.Td>{r.who}</Table.Td>
            <Table.Td>{AUDIT_ACTION_LABELS[r.action]}</Table.Td>
            <Table.Td>{r.client}</Table.Td>
            <Table.Td>{r.record}</Table.Td>
            <Table.Td>{r.detail}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
