import { Text } from '@mantine/core';
import type { DraftStatus } from '../../../drafts/draft-status';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** The draft's save state; a value the plan refuses is named as such, and the typing is said to be kept. */
export function PlanSaveStatus({ status, errorCount }: { readonly status: DraftStatus; readonly errorCount: number }) {
  let text: string;
  if (status.state === 'saved') text = `Draft saved ${timeFormat.format(status.at)}`;
  else if (status.state === 'saving') text = 'Saving…';
  else if (errorCount > 0)
    text = `Not saved yet: ${String(errorCount)} field${errorCount === 1 ? ' needs' : 's need'} attention (marked below). What you typed stays here.`;
  else if (status.state === 'error') text = `Not saved: ${status.reason}`;
  else text = 'Saving…';
  return (
    <Text size="sm" c={status.state === 'error' || errorCount > 0 ? 'red.9' : 'gray.7'} role="status" aria-live="polite">
      {text}
    </Text>
  );
}
