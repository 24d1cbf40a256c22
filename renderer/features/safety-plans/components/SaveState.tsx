import { Text } from '@mantine/core';
import type { DraftStatus } from '../../../drafts/draft-status';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "Draft saved 14:05", "Saving…" or "Not saved: reason", announced politely. */
export function SaveState({ status }: { readonly status: DraftStatus }) {
  const text = status.state === 'saved' ? `Draft saved ${timeFormat.format(status.at)}` : status.state === 'error' ? `Not saved: ${status.reason}` : 'Saving…';
  return (
    <Text size="sm" c={status.state === 'error' ? 'red.9' : 'gray.7'} role="status" aria-live="polite">
      {text}
    </Text>
  );
}
