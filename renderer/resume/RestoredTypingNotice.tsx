import { Alert, Button, Group, Text } from '@mantine/core';
import type { RestoredTyping } from './useFormStash';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** Says that the form holds typing from before the lock (not saved yet), with a way to drop it. */
export function RestoredTypingNotice({ restored }: { restored: RestoredTyping }) {
  if (!restored.restoredAt) return null;
  return (
    <Alert color="blue" role="status" title={`Restored what you were typing before Waypoint locked at ${time.format(new Date(restored.restoredAt))}`}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">None of it is saved yet: check it, then save it or discard it.</Text>
        <Button size="xs" variant="default" onClick={restored.discard} style={{ flexShrink: 0 }}>
          Discard restored typing
        </Button>
      </Group>
    </Alert>
  );
}
