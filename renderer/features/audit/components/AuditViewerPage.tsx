import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { auditFilterOf, EMPTY_AUDIT_FILTER_FORM, type AuditFilterForm } from '../../../../shared/audit/audit-filter-form';
import type { AuditFilter } from '../../../../shared/audit/audit-view';
import type { AuditCursor } from '../../../db';
import { useAuditDirectory, type AuditDirectoryData } from '../useAuditDirectory';
import { AUDIT_PAGE_SIZE, useAuditPage } from '../useAuditPage';
import { AuditExport } from './AuditExport';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { AuditTrailCheckPanel } from './AuditTrailCheckPanel';

/** The user's local midnight of a calendar day, as an instant. */
const startOfLocalDay = (day: string) => new Date(`${day}T00:00:00`).toISOString();

/**
 * The audit log: named, filtered, paged, exported; a therapist sees their own actions and their clients' events.
 * Supervisors and admins also see the trail's integrity check (it reads the whole clinic's log).
 */
export function AuditViewerPage() {
  const directory = useAuditDirectory();
  return (
    <Stack>
      <Title order={1}>Audit log</Title>
      {directory.error && (
        <Alert color="red" title="The audit log could not be read">
          {directory.error.message}
        </Alert>
      )}
      {directory.loading && <Loader aria-label="Loading audit log" />}
      {directory.data && <AuditViewer directory={directory.data} />}
    </Stack>
  );
}

function AuditViewer({ directory }: { readonly directory: AuditDirectoryData }) {
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTER_FORM);
  // Where each page shown so far starts; the last is the page on screen. A new filter starts over.
  const [starts, setStarts] = useState<readonly (AuditCursor | null)[]>([null]);
  const result = auditFilterOf(form, startOfLocalDay);
  const onChange = (next: AuditFilterForm) => {
    setForm(next);
    setStarts([null]);
  };
  return (
    <>
      <Text>
        {directory.scope.kind === 'clinic'
          ? 'Everyone’s actions in the clinic.'
          : 'Your own actions and the events of the clients you are primary clinician of.'}
      </Text>
      {directory.scope.kind === 'clinic' && <AuditTrailCheckPanel staffNames={directory.names.staffNames} />}
      <AuditFilters directory={directory} form={form} onChange={onChange} error={result.ok ? null : result} />
      {result.ok ? (
        <>
          <AuditExport directory={directory} filter={result.filter} form={form} />
          <AuditResults directory={directory} filter={result.filter} starts={starts} onPages={setStarts} />
        </>
      ) : (
        <Text>Correct the dates to see events.</Text>
      )}
    </>
  );
}

interface ResultsProps {
  readonly directory: AuditDirectoryData;
  readonly filter: AuditFilter;
  readonly starts: readonly (AuditCursor | null)[];
  readonly onPages: (starts: readonly (AuditCursor | null)[]) => void;
}

function AuditResults({ directory, filter, starts, onPages }: ResultsProps) {
  const pageIndex = starts.length - 1;
  const page = useAuditPage(directory, filter, starts[pageIndex] ?? null);
  if (page.error) {
    return (
      <Alert color="red" title="The audit log could not be read">
        {page.error.message}
      </Alert>
    );
  }
  if (!page.data) return <Loader aria-label="Loading audit events" />;
  const { rows, next } = page.data;
  const first = pageIndex * AUDIT_PAGE_SIZE + 1;
  return (
    <>
      {rows.length === 0 ? (
        <Text>{pageIndex === 0 ? 'No events match.' : 'No more events.'}</Text>
      ) : (
        <AuditTable rows={rows} caption={`Events ${String(first)}–${String(first + rows.length - 1)}, newest first; the log cannot be edited.`} />
      )}
      <Group component="nav" aria-label="Audit log pages">
        <Button
          variant="default"
          disabled={pageIndex === 0}
          onClick={() => {
            onPages(starts.slice(0, -1));
          }}
        >
          Newer events
        </Button>
        <Text size="sm">Page {pageIndex + 1}</Text>
        <Button
          variant="default"
          disabled={!next}
          onClick={() => {
            onPages([...starts, next]);
          }}
        >
          Older events
        </Button>
      </Group>
    </>
  );
}
