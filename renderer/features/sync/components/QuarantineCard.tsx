import { Alert, Button, Code, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ClinicRecord } from '../../../db';
import { useResolveSyncRecord, type Resolution } from '../useConflicts';
import { recordTitle } from './ConflictCard';
import { errorMessage } from '../../../../shared/error-message';

/** What a person wrote in a refused document, field by field, so it can be read before anything is decided. */
function typedText(data: ClinicRecord['data']): string {
  return Object.entries(data)
    .filter(([k, v]) => !['id', 'authorId', 'createdAt', 'updatedAt'].includes(k) && !k.startsWith('_') && v !== '' && v !== null)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('\n');
}

/** A document the server refused: kept on this laptop, explained, sent again or dismissed after a confirmation. */
export function QuarantineCard({ record }: { readonly record: ClinicRecord }) {
  const resolve = useResolveSyncRecord();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = recordTitle(record);
  const run = async (resolution: Resolution) => {
    setError(null);
    setConfirming(false);
    try {
      await resolve(record, null, resolution);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Paper component="section" withBorder p="md" aria-label={`Refused by the server: ${title}`}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Text size="sm">{record.reason}</Text>
        <Code block>{typedText(record.data)}</Code>
        {error && (
          <Alert color="red" title="Not done" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          <Button variant="default" onClick={() => void run({ kind: 'retry' })}>
            Send again
          </Button>
          <Button
            variant="default"
            color="red"
            onClick={() => {
              setConfirming(true);
            }}
          >
            Dismiss…
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => {
          setConfirming(false);
        }}
        title="Dismiss this refused version?"
      >
        <Stack>
          <Text size="sm">
            The server will not take this version. Dismissing removes it from this list; its text stays stored in the clinic records and the audit log notes who
            dismissed it. Copy anything you still need first.
          </Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setConfirming(false);
              }}
            >
              Keep it listed
            </Button>
            <Button color="red" onClick={() => void run({ kind: 'dismiss' })}>
              Dismiss
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
