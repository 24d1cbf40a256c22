import { Text } from '@mantine/core';
import type { DraftStatus } from '../../../drafts/draft-status';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "Saved 14:05", "Saving…" (also while a save waits for the typing pause) or "Not saved: reason", announced politely to screen readers. */
export function SaveStatus({ status }: { readonly status: DraftStatus }) {
  const text = status.state === 'saved' ? `Saved ${timeFormat.format(status.at)}` : status.state === 'error' ? `Not saved: ${status.reason}` : 'Saving…';
  return (
    <Text size="sm" c={status.state === 'error' ? 'red.9' : 'gray.7'} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </Text>
  );
}
