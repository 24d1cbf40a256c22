import { Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { overseesCaseloads } from '../../../shared/domain/staff';
import { plural } from '../../../shared/domain/text';
import type { CaseloadAlert } from '../../../shared/progress/alerts';
import { useAuditView } from '../../audit';
import { useLiveQuery, watchStaff } from '../../db';
import { useChartRegistry } from '../../modules';
import { useSignedIn } from '../../session';
import { AlertList } from './components/AlertList';
import { CaseloadTable } from './components/CaseloadTable';
import { LeftOutNotice } from './components/LeftOutNotice';
import { SafetyStrip } from './components/SafetyStrip';
import { ScopePicker } from './components/ScopePicker';
import type { CaseloadScope } from './caseload-loader';
import { useCaseloadDashboard } from './useCaseloadDashboard';
import { useDashboardActions } from './useDashboardActions';

/** Home after unlock (/dashboard): the safety strip, what needs action today, then the caseload (progress.md §6.1). */
export function DashboardPage() {
  const { user } = useSignedIn();
  const [scope, setScope] = useState<CaseloadScope>({ kind: 'clinicians', ids: [user.id] });
  const { data, error } = useCaseloadDashboard(scope);
  const staff = useLiveQuery((db) => watchStaff(db), []).data ?? [];
  const actions = useDashboardActions();
  const { dashboardEntries } = useChartRegistry();
  useAuditView('dashboard', 'caseload', Boolean(data), 'Opened the caseload dashboard');
  const snooze = async (alert: CaseloadAlert, days: number, reason: string) => {
    if (data) await actions.snooze(alert.clientId, data.today, { alertId: alert.id, days, reason });
  };
  return (
    <Stack>
      <Title order={1}>Today</Title>
      {overseesCaseloads(user.role) && <ScopePicker scope={scope} onChange={setScope} staff={staff} selfId={user.id} />}
      {error && <Text role="alert">The caseload could not be read ({error.message}). Lock and unlock Waypoint, then try again.</Text>}
      {!data && !error && <Loader aria-label="Loading the caseload" />}
      {data && (
        <>
          <LeftOutNotice clients={data.leftOut} />
          <SafetyStrip alerts={data.alerts.safety} />
          <Title order={2} size="h3">
            Needs action today
          </Title>
          {data.alerts.needsAction.length === 0 ? (
            <Text role="status">Nothing needs action today.</Text>
          ) : (
            <AlertList alerts={data.alerts.needsAction} onSnooze={snooze} label="Needs action today" />
          )}
          {data.alerts.other.length > 0 && (
            <>
              <Title order={2} size="h3">
                Also due
              </Title>
              <AlertList alerts={data.alerts.other} onSnooze={snooze} label="Also due" />
            </>
          )}
          {data.alerts.snoozed.length > 0 && (
            <Text size="sm" c="dimmed">
              {plural(data.alerts.snoozed.length, 'alert')} snoozed.
            </Text>
          )}
          {dashboardEntries.map(({ key, Entry }) => (
            <Entry key={key} clinicianIds={scope.kind === 'all' ? null : scope.ids} />
          ))}
          <Title order={2} size="h3">
            Caseload
          </Title>
          <CaseloadTable rows={data.rows} topByClient={data.alerts.topByClient} />
        </>
      )}
    </Stack>
  );
}
