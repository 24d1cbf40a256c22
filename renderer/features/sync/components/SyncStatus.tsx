import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import type { SyncStatus as SyncStatusValue } from '../../../../shared/sync/sync-status';
import { syncStatusText } from '../sync-status-text';

interface Props {
  /** null: this laptop does not sync (no clinic server connected). */
  readonly status: SyncStatusValue | null;
}

/** The always-visible sync indicator; announced politely to screen readers when it changes. */
export function SyncStatus({ status }: Props) {
  if (!status) {
    return (
      <Badge color="gray.7" variant="outline" role="status">
        Not syncing
      </Badge>
    );
  }
  const text = syncStatusText(status);
  return (
    <Tooltip label={text.detail} multiline w={280}>
      <Badge color={text.color} variant="outline" role="status" aria-live="polite" tabIndex={0}>
        {text.label}
        <VisuallyHidden>{`. ${text.detail}`}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}
