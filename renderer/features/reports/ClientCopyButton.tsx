import { Button, Group, Stack, Text } from '@mantine/core';
import { formatIsoDate } from '../../components/format-date';
import { useLiveQuery, watchClientCopiesProvided } from '../../db';
import { ExportOutcomeNote } from './ExportOutcomeNote';
import type { PrintablePlan } from './report-actions';
import { usePrintClientCopy } from './useExports';

/** The day a client copy of each of the client's plan versions was last given (clientCopyProvidedOn), live. */
export function useClientCopiesProvided(clientId: string): ReadonlyMap<string, string> {
  return useLiveQuery((db) => watchClientCopiesProvided(db, clientId), [clientId]).data ?? new Map<string, string>();
}

/**
 * "Client copy (PDF)" on a plan's own screen (§4.4): the signed version's copy saved through the host's dialog and
 * audited, as on the Reports tab; says when a copy of this version was last given.
 */
export function ClientCopyButton({ version, what }: { readonly version: PrintablePlan; readonly what: string }) {
  const { busy, outcome, print } = usePrintClientCopy();
  const given = useClientCopiesProvided(version.clientId).get(version.versionId);
  return (
    <Stack gap={4} align="flex-start">
      <Group gap="sm">
        <Button variant="default" loading={busy} aria-label={`Client copy (PDF) of the ${what}`} onClick={() => void print(version)}>
          Client copy (PDF)
        </Button>
        <Text size="sm" c="gray.7">
          {given
            ? `Client copy of version ${String(version.version)} given ${formatIsoDate(given)}.`
            : `No client copy of version ${String(version.version)} given yet.`}
        </Text>
      </Group>
      <ExportOutcomeNote outcome={outcome} what="Client copy" />
    </Stack>
  );
}
