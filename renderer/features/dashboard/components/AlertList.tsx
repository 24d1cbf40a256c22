import { Anchor, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { isSafetyAlert, type CaseloadAlert } from '../../../../shared/progress/alerts';
import { formatIsoDate } from '../../../components/format-date';
import { ALERT_LABELS } from '../alert-labels';
import { useAlertLink } from '../useAlertLink';
import { SnoozeDialog } from './SnoozeDialog';

interface Props {
  readonly alerts: readonly CaseloadAlert[];
  /** Absent for the safety strip: alerts 1–2 are never snoozed. */
  readonly onSnooze?: (alert: CaseloadAlert, days: number, reason: string) => Promise<void>;
  readonly label: string;
}

function AlertItem({ alert, onSnoozeClick }: { alert: CaseloadAlert; onSnoozeClick: (() => void) | null }) {
  const alertLink = useAlertLink();
  return (
    <List.Item>
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to={alertLink(alert.id, alert.clientId)} fw={700}>
          {ALERT_LABELS[alert.id]}: {alert.clientName}
        </Anchor>
        <Text size="sm">{alert.detail}</Text>
        <Text size="sm" c="dimmed">
          since {formatIsoDate(alert.since)}
        </Text>
        {onSnoozeClick && (
          <Button size="compact-xs" variant="default" onClick={onSnoozeClick} aria-label={`Snooze ${ALERT_LABELS[alert.id]} for ${alert.clientName}`}>
            Snooze
          </Button>
        )}
      </Group>
    </List.Item>
  );
}

/** Alerts in the order given (precedence, age, name); each links to the screen that resolves it. */
export function AlertList({ alerts, onSnooze, label }: Props) {
  const [snoozing, setSnoozing] = useState<CaseloadAlert | null>(null);
  return (
    <>
      <List type="ordered" spacing="xs" aria-label={label}>
        {alerts.map((a) => (
          <AlertItem
            key={`${a.clientId} ${a.id} ${a.detail}`}
            alert={a}
            onSnoozeClick={
              onSnooze && !isSafetyAlert(a.id)
                ? () => {
                    setSnoozing(a);
                  }
                : null
            }
          />
        ))}
      </List>
      {snoozing && onSnooze && (
        <SnoozeDialog
          alert={snoozing}
          onClose={() => {
            setSnoozing(null);
          }}
          onSnooze={(days, reason) => onSnooze(snoozing, days, reason)}
        />
      )}
    </>
  );
}
