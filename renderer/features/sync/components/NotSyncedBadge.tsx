import { Badge, Tooltip } from '@mantine/core';

/** Marks a record that is saved on this laptop but not yet on the clinic server. */
export function NotSyncedBadge() {
  return (
    <Tooltip label="Saved on this laptop; not on the clinic server yet. It is sent when the server can be reached.">
      <Badge color="gray.7" variant="outline" tt="none">
        Not synced
      </Badge>
    </Tooltip>
  );
}
