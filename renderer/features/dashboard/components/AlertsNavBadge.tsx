import { Badge, VisuallyHidden } from '@mantine/core';
import { plural } from '../../../../shared/domain/text';
import { useSignedIn } from '../../../session';
import { useCaseloadDashboard } from '../useCaseloadDashboard';

/** Beside "Today" in the navigation: the signed-in clinician's safety and needs-action alerts (none: nothing shown). */
export function AlertsNavBadge() {
  const { user } = useSignedIn();
  const { data } = useCaseloadDashboard({ kind: 'clinicians', ids: [user.id] });
  const count = data ? data.alerts.safety.length + data.alerts.needsAction.length : 0;
  if (count === 0) return null;
  return (
    <Badge size="sm" color={data?.alerts.safety.length ? 'red.9' : 'orange.9'} variant="filled">
      {count}
      <VisuallyHidden> {plural(count, 'alert').replace(/^\d+ /, '')}</VisuallyHidden>
    </Badge>
  );
}
