import { Anchor, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { combineLatest, map } from 'rxjs';
import { dischargeSummariesDue, dueWords, type DischargeSummaryDueRow } from '../../../../shared/reports';
import { formatIsoDate, localToday } from '../../../components/format-date';
import { useLiveQuery, watchAllDischargeSummaries, watchClients } from '../../../db';
import type { DashboardEntryProps } from '../../../modules';

/** The discharged clients of the caseload whose summary is not signed, kept live; undefined while loading. */
function useSummariesDue(clinicianIds: readonly string[] | null): readonly DischargeSummaryDueRow[] | undefined {
  const data = useLiveQuery(
    (db) => combineLatest([watchClients(db), watchAllDischargeSummaries(db)]).pipe(map(([clients, summaries]) => ({ clients, summaries }))),
    [],
  ).data;
  const today = localToday();
  return useMemo(() => {
    if (!data) return undefined;
    const clients = data.clients.map((c) => ({
      id: c.id,
      name: `${c.lastName}, ${c.preferredName || c.firstName}`,
      status: c.status,
      dischargeDate: c.dischargeDate,
      primaryClinicianId: c.primaryClinicianId,
    }));
    return dischargeSummariesDue(clients, data.summaries, clinicianIds, today);
  }, [data, clinicianIds, today]);
}

/** Dashboard: discharge summaries still to write or sign (progress.md §7.3: due within 15 days), most overdue first. */
export function DischargeSummariesDue({ clinicianIds }: DashboardEntryProps) {
  const rows = useSummariesDue(clinicianIds);
  if (!rows || rows.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="discharge-due-heading">
      <Title order={2} size="h3" id="discharge-due-heading">
        Discharge summaries to sign
      </Title>
      <List>
        {rows.map((r) => (
          <List.Item key={r.clientId}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/clients/${encodeURIComponent(r.clientId)}?tab=discharge`} fw={700}>
                Discharge summary: {r.name}
              </Anchor>
              <Text size="sm" c={r.daysLeft < 0 ? 'red.8' : undefined}>
                {dueWords(r.daysLeft)} (by {formatIsoDate(r.dueOn)})
              </Text>
              <Text size="sm" c="dimmed">
                {r.started ? 'draft, not signed' : 'not started'}; discharged {formatIsoDate(r.dischargeDate)}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
