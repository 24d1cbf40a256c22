import { Text } from '@mantine/core';
import type { SaveStatus as Status } from '../useNoteDraft';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "Saved 14:05", "Saving…" or "Not saved: reason", announced politely to screen readers. */
export function SaveStatus({ status }: { readonly status: Status }) {
  const text =
    status.state === 'saved' ? `Saved ${timeFormat.format(status.at)}` : status.state === 'saving' ? 'Saving…' : `Not saved: ${status.reason}`;
  return (
    <Text size="sm" c={status.state === 'error' ? 'red.9' : 'gray.7'} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </Text>
  );
}
