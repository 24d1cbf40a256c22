import { Alert, Button, Group } from '@mantine/core';
import type { AuditFilterForm } from '../../../../shared/audit/audit-filter-form';
import type { AuditFilter } from '../../../../shared/audit/audit-view';
import type { AuditDirectoryData } from '../useAuditDirectory';
import { useAuditExport } from '../useAuditExport';

interface Props {
  readonly directory: AuditDirectoryData;
  readonly filter: AuditFilter;
  readonly form: AuditFilterForm;
}

/** "Export CSV" of every event the filters select (not only this page), and how it went. */
export function AuditExport({ directory, filter, form }: Props) {
  const { busy, outcome, run } = useAuditExport(directory);
  return (
    <Group>
      <Button
        loading={busy}
        onClick={() => {
          void run(filter, form);
        }}
      >
        Export CSV
      </Button>
      {outcome?.status === 'saved' && (
        <Alert color="green" role="status" py={4}>
          Exported {outcome.count} events to {outcome.path}.
        </Alert>
      )}
      {outcome?.status === 'cancelled' && (
        <Alert color="gray" role="status" py={4}>
          Export cancelled; nothing was saved.
        </Alert>
      )}
      {outcome?.status === 'failed' && (
        <Alert color="red" title="The export failed" py={4}>
          {outcome.message}
        </Alert>
      )}
    </Group>
  );
}
