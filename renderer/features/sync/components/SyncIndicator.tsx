import { Badge, Button, Group, Tooltip } from '@mantine/core';
import { useClinicSync } from '../sync-context';
import { useSyncStatus } from '../useSyncStatus';
import { FirstPullProgress } from './FirstPullProgress';
import { SyncStatus } from './SyncStatus';

/** The header's sync indicator: status always visible; on an error, the reason and a "Retry sync" action. */
export function SyncIndicator() {
  const { sync, problem } = useClinicSync();
  const status = useSyncStatus(sync);
  if (problem) {
    return (
      <Tooltip label={problem} multiline w={280}>
        <Badge color="red.8" variant="outline" role="status" tabIndex={0} aria-label={`Sync error. ${problem}`}>
          Sync error
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <FirstPullProgress sync={sync} />
      <SyncStatus status={status} />
      {status && sync && (status.state === 'error' || status.state === 'offline') && (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => {
            sync.reSync();
          }}
        >
          Retry sync
        </Button>
      )}
    </Group>
  );
}
