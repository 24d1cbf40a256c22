import { Alert, Text } from '@mantine/core';
import type { CaseloadAlert } from '../../../../shared/progress/alerts';
import { AlertList } from './AlertList';

/** Alerts 1–2, oldest first, in red at the top: no collapse control while it holds an alert (progress.md §6.1). */
export function SafetyStrip({ alerts }: { alerts: readonly CaseloadAlert[] }) {
  if (alerts.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No open safety alerts in this caseload.
      </Text>
    );
  return (
    <section aria-label="Safety alerts">
      <Alert color="red" variant="outline" title={`Safety: ${String(alerts.length)} open`} style={{ border: '2px solid var(--mantine-color-red-9)' }}>
        <AlertList alerts={[...alerts].sort((a, b) => a.since.localeCompare(b.since))} label="Safety alerts, oldest first" />
      </Alert>
    </section>
  );
}
