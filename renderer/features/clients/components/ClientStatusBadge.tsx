import { Badge } from '@mantine/core';
import type { ClientStatus } from '../../../../shared/domain/client';

/** Active or Discharged, in words (color is only a second cue). */
export function ClientStatusBadge({ status }: { status: ClientStatus }) {
  return (
    <Badge color={status === 'active' ? 'teal.9' : 'gray.7'} variant="outline" miw="max-content">
      {status === 'active' ? 'Active' : 'Discharged'}
    </Badge>
  );
}
