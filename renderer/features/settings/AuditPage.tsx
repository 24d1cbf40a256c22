import { Alert, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useAuditLog } from './useAuditLog';
import { TableHeader } from '../../components/TableHeader';

const ACTION_LABELS: Readonly<Record<string, string>> = {
  unlock: 'Unlocked',
  'unlock-failed': 'Failed unlock',
  lock: 'Locked',
  'recovery-unlock': 'Unlocked with recovery key',
  'passphrase-changed': 'Changed passphrase',
  view: 'Viewed',
  create: 'Created',
  edit: 'Edited',
  discharge: 'Discharged',
  sign: 'Signed',
  export: 'Exported',
};

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** The newest 200 audit events: who did what to which record, when. */
export function AuditPage() {
  const { data, error, loading } = useAuditLog(200);
  return (
    <Stack>
      <Title order={1}>Audit log</Title>
      {error && (
        <Alert color="red" title="The audit log could not be read">
          {error.message}
        </Alert>
      )}
      {loading && <Loader aria-label="Loading audit log" />}
      {data && data.length === 0 && <Text>No events yet.</Text>}
      {data && data.length > 0 && (
        <Table striped>
          <Table.Caption>Newest first; the log cannot be edited.</Table.Caption>
          <TableHeader columns={['When', 'Who', 'What', 'Record', 'Detail']} />
          <Table.Tbody>
            {data.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{formatter.format(new Date(e.at))}</Table.Td>
                <Table.Td>{e.actorName}</Table.Td>
                <Table.Td>{ACTION_LABELS[e.action] ?? e.action}</Table.Td>
                <Table.Td>{e.entity}</Table.Td>
                <Table.Td>{e.detail}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
