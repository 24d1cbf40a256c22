import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ClinicRecord } from '../../../db';
import { formatInstantDate } from '../../../components/format-date';
import { errorMessage } from '../../../../shared/error-message';
import { conflictTitle } from '../conflict-parts';
import { setAsideProblem } from '../set-aside';
import { useCurrentVersion, useResolveSyncRecord, type Resolution } from '../useConflicts';

/**
 * A document pulled from the server that this laptop set aside: one that cannot be opened (listed so an admin knows),
 * or a deletion Waypoint never wrote, with this laptop's copy kept: put it back on the server, or leave it deleted there.
 */
export function SetAsideCard({ record }: { readonly record: ClinicRecord }) {
  const resolve = useResolveSyncRecord();
  const current = useCurrentVersion(record);
  const [error, setError] = useState<string | null>(null);
  const deleted = setAsideProblem(record) === 'deleted-on-server';
  const title = current.data
    ? conflictTitle(record.refCollection, record.refId, current.data, { clientName: null, formatDate: formatInstantDate })
    : `${record.refCollection}/${record.refId}`;
  const run = async (resolution: Resolution) => {
    setError(null);
    try {
      await resolve(record, current.data ?? null, resolution);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const label = deleted ? `Deleted on the server by someone else: ${title}` : `Could not be opened: ${title}`;
  return (
    <Paper component="section" withBorder p="md" aria-label={label}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {deleted ? `${title}: deleted on the server by someone else` : `${title}: could not be opened`}
        </Title>
        <Text size="sm">{record.reason}</Text>
        {error && (
          <Alert color="red" title="Not done" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          {deleted && <Button onClick={() => void run({ kind: 'restore' })}>Keep it: put it back on the server</Button>}
          <Button variant="default" onClick={() => void run({ kind: deleted ? 'leave-deleted' : 'dismiss' })}>
            {deleted ? 'Accept the deletion (this laptop keeps its copy)' : 'Dismiss'}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
