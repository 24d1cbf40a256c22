import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { BackupSchedulePanel } from './BackupSchedulePanel';
import { useBackUp, type BackupOutcome } from './useBackUp';

function OutcomeNote({ outcome }: { outcome: BackupOutcome }) {
  switch (outcome.status) {
    case 'saved':
      return (
        <Alert color="teal" title="Backup saved" role="status">
          {outcome.records} records saved to {outcome.path}. Keep it with the recovery key: together they restore the clinic.
        </Alert>
      );
    case 'cancelled':
      return <Text size="sm">No backup was saved.</Text>;
    case 'failed':
      return (
        <Alert color="red" title="The backup was not made" role="alert">
          {outcome.message}
        </Alert>
      );
  }
}

/** Settings → Backup (admin): one encrypted file with every record, opened only with the clinic's recovery key. */
export function BackupSection({ isAdmin }: { isAdmin: boolean }) {
  const { progress, outcome, run } = useBackUp();
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          Backup
        </Title>
        <Text size="sm">
          One encrypted file with every client, note and record of this clinic. Only the clinic’s recovery key opens it, on this or a new computer (first-run
          screen → “Restore from a backup”).
        </Text>
        {progress && (
          <Stack gap={4} role="status">
            <Text size="sm">
              Backing up: {progress.done} of {progress.total} records
            </Text>
            <Progress value={progress.total > 0 ? (100 * progress.done) / progress.total : 0} aria-label="Records backed up" />
          </Stack>
        )}
        {outcome && <OutcomeNote outcome={outcome} />}
        <Group>
          <Button onClick={() => void run()} loading={progress !== null} disabled={!isAdmin}>
            Back up now
          </Button>
          {!isAdmin && <Text size="sm">Only a clinic admin can back up the clinic.</Text>}
        </Group>
        <BackupSchedulePanel isAdmin={isAdmin} />
        <Text size="sm" c="dimmed">
          To restore, open Waypoint on a new computer or in a new, empty profile: its first-run screen has “Restore from a backup”. A computer that already
          holds a clinic cannot restore over it.
        </Text>
      </Stack>
    </Paper>
  );
}
