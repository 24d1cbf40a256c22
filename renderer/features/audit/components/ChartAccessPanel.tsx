import { Alert, Loader, Stack, Table, Text, Title } from '@mantine/core';
import type { ChartTabProps } from '../../../modules';
import { TableHeader } from '../../../components/TableHeader';
import { useAuditDirectory, type AuditDirectoryData } from '../useAuditDirectory';
import { CHART_VIEWS_LIMIT, useChartViews } from '../useChartViews';

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The chart's "Who viewed" tab: an accounting of who opened this client's record, from the audit log. */
export function ChartAccessPanel({ client }: ChartTabProps) {
  const directory = useAuditDirectory();
  return (
    <Stack>
      <Title order={2}>Who viewed this chart</Title>
      {directory.error && (
        <Alert color="red" title="The audit log could not be read">
          {directory.error.message}
        </Alert>
      )}
      {directory.data ? <ChartViews directory={directory.data} clientId={client.id} /> : !directory.error && <Loader aria-label="Loading who viewed" />}
    </Stack>
  );
}

function ChartViews({ directory, clientId }: { readonly directory: AuditDirectoryData; readonly clientId: string }) {
  const views = useChartViews(directory, clientId);
  if (views.error) {
    return (
      <Alert color="red" title="The audit log could not be read">
        {views.error.message}
      </Alert>
    );
  }
  if (!views.data) return <Loader aria-label="Loading who viewed" />;
  if (views.data.length === 0) return <Text>No one has opened this chart on this laptop or a synced one.</Text>;
  const mine = directory.scope.kind === 'own' && !directory.scope.clientIds.has(clientId);
  return (
    <Table striped>
      <Table.Caption>
        {mine ? 'Your own views only: this client is not on your caseload. ' : ''}
        Newest first, up to {CHART_VIEWS_LIMIT}; the full history is in the audit log.
      </Table.Caption>
      <TableHeader columns={['When', 'Who', 'What']} />
      <Table.Tbody>
        {views.data.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{formatter.format(new Date(r.at))}</Table.Td>
            <Table.Td>{r.who}</Table.Td>
            <Table.Td>{r.detail}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
