import { Badge } from '@mantine/core';
import type { ClientStatus } from '../../../../shared/domain/client';

const LOOKS: Readonly<Record<ClientStatus, { readonly label: string; readonly color: string }>> = {
  active: { label: 'Active', color: 'teal.9' },
  planned: { label: 'Planned admission', color: 'blue.9' },
  discharged: { label: 'Discharged', color: 'gray.7' },
};

/** Active, Planned admission or Discharged, in words (color is only a second cue). */
export function ClientStatusBadge({ status }: { status: ClientStatus }) {
  return (
    <Badge color={LOOKS[status].color} variant="outline" miw="max-content">
      {LOOKS[status].label}
    </Badge>
  );
}
