import { Alert, Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { beforeChainText, checkpointText, deviceFindings, deviceName, deviceSummary } from '../../../../shared/audit/audit-chain-text';
import { chainIntact } from '../../../../shared/audit/audit-chain';
import { CHECKPOINT_EVERY, checkpointsIntact, type DeviceCheckpointReport } from '../../../../shared/audit/audit-checkpoint';
import { unknownName } from '../../../../shared/audit/audit-view';
import type { AuditTrailCheck } from '../../../db';
import { useAuditTrailCheck } from '../useAuditTrailCheck';

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** The audit trail's integrity per laptop: the new events on opening the log, every event on demand. */
export function AuditTrailCheckPanel({ staffNames }: { readonly staffNames: ReadonlyMap<string, string> }) {
  const { check, checkEverything } = useAuditTrailCheck();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="audit-integrity">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4" id="audit-integrity">
            Integrity of the audit trail
          </Title>
          <Button variant="default" onClick={checkEverything} loading={check.loading}>
            Check everything
          </Button>
        </Group>
        {check.loading && <Loader size="sm" aria-label="Checking the audit trail" />}
        {check.error && (
          <Alert color="red" title="The audit trail could not be checked">
            {check.error.message}
          </Alert>
        )}
        {check.data && <CheckResult check={check.data} staffName={(id) => staffNames.get(id) ?? unknownName('staff member', id)} />}
      </Stack>
    </Paper>
  );
}

/** What this check read: every event, or only those since each laptop's last verified point. */
function checkScopeText(check: AuditTrailCheck): string {
  if (check.scope === 'everything') return 'Every event was read and checked.';
  const n = check.read ?? 0;
  return `Checked the ${String(n)} ${n === 1 ? 'event' : 'events'} after each laptop’s last verified point, and that nothing up to that point was removed or added. “Check everything” reads every event again: it also finds an older event changed in place.`;
}

/** Laptops whose every event is gone but whose signed checkpoints remain. */
const vanished = (check: AuditTrailCheck) => [...check.checkpoints.values()].filter((r) => !check.devices.some((d) => d.deviceId === r.deviceId));

function CheckpointLine({ report, staffName }: { readonly report: DeviceCheckpointReport | undefined; readonly staffName: (id: string) => string }) {
  if (!report) return null;
  const ok = checkpointsIntact(report);
  return (
    <Text span size="sm" c={ok ? undefined : 'red.8'} fw={report.bad.length > 0 ? 700 : undefined}>
      {` ${checkpointText(report, staffName).join(' ')}`}
    </Text>
  );
}

function CheckResult({ check, staffName }: { readonly check: AuditTrailCheck; readonly staffName: (id: string) => string }) {
  const intact = check.devices.every(chainIntact) && [...check.checkpoints.values()].every(checkpointsIntact);
  return (
    <>
      <Text size="sm" role="status">
        {intact ? 'No sign of removed, changed or reordered events' : 'Events were removed, changed or reordered'} (checked{' '}
        {formatter.format(new Date(check.checkedAt))}).
      </Text>
      <Text size="sm">{checkScopeText(check)}</Text>
      {check.devices.length === 0 && <Text size="sm">No laptop has written a chained event yet.</Text>}
      <List spacing={4} size="sm">
        {check.devices.map((d) => (
          <List.Item key={d.deviceId}>
            <Text span fw={600} size="sm">
              {deviceName(d.deviceId, check.thisDeviceId)}
            </Text>
            {`: ${deviceSummary(d, staffName)}. `}
            <Text span size="sm" c={chainIntact(d) ? undefined : 'red.8'}>
              {deviceFindings(d).join(' ')}
            </Text>
            <CheckpointLine report={check.checkpoints.get(d.deviceId)} staffName={staffName} />
          </List.Item>
        ))}
        {vanished(check).map((r) => (
          <List.Item key={r.deviceId}>
            <Text span fw={600} size="sm">
              {deviceName(r.deviceId, check.thisDeviceId)}
            </Text>
            {': no events left.'}
            <CheckpointLine report={r} staffName={staffName} />
          </List.Item>
        ))}
      </List>
      {check.beforeChain > 0 && <Text size="sm">{beforeChainText(check.beforeChain)}</Text>}
      <Text size="xs" c="dimmed">
        Each laptop chains its own events; its newest events are confirmed by a checkpoint signed with the signed-in user’s key, written on every lock and every{' '}
        {CHECKPOINT_EVERY} events. Events written after a laptop’s last checkpoint are confirmed only by the events that follow them.
      </Text>
    </>
  );
}
