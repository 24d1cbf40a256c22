import { Badge, VisuallyHidden } from '@mantine/core';
import { useLiveQuery, watchOpenSyncIssueCount } from '../../../db';

/** Beside "Conflicts" in the navigation: how many conflict copies and refused documents wait for a person. */
export function OpenConflictsBadge() {
  const { data } = useLiveQuery((db) => watchOpenSyncIssueCount(db), []);
  if (!data) return null;
  return (
    <Badge size="sm" color="orange.9" variant="filled">
      {data}
      <VisuallyHidden> open</VisuallyHidden>
    </Badge>
  );
}
