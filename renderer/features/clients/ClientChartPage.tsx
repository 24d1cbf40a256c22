import { Button, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { clientDisplayName, type Client, type DischargeInput } from '../../../shared/domain/client';
import type { Staff } from '../../../shared/domain/staff';
import { formatInstantDate, localToday } from '../../components/format-date';
import { notify } from '../../components/notify';
import { useChartRegistry } from '../../modules';
import { ClientHeader } from './components/ClientHeader';
import { DischargeModal } from './components/DischargeModal';
import { LoadError } from './components/LoadError';
import { useClient } from './useClient';
import { useAuditView } from '../../audit';
import { useClientActions } from './useClientActions';

function Chart({ client, staff }: { client: Client; staff: readonly Staff[] }) {
  const [today] = useState(localToday);
  const [discharging, setDischarging] = useState(false);
  const [params, setParams] = useSearchParams();
  const { chartTabs, chartBanners } = useChartRegistry();
  const firstTab = chartTabs[0]?.value ?? '';
  const tab = params.get('tab') ?? firstTab;
  const setTab = (value: string) => {
    setParams({ tab: value }, { replace: true });
  };
  const canEdit = client.status === 'active';
  const actions = useClientActions();
  const nameOf = (id: string) => staff.find((s) => s.id === id)?.name ?? 'an unknown staff member';

  const discharge = async (input: DischargeInput) => {
    await actions.discharge(client, input);
    setDischarging(false);
    notify(`${clientDisplayName(client)} discharged.`);
  };

  const buttons = (
    <>
      <Button component={Link} to={`/clients/${client.id}/edit`} variant="default">
        Edit
      </Button>
      {client.status === 'active' && (
        <Button
          color="red.9"
          variant="outline"
          onClick={() => {
            setDischarging(true);
          }}
        >
          Discharge
        </Button>
      )}
    </>
  );

  return (
    <Stack>
      <ClientHeader client={client} clinicianName={nameOf(client.primaryClinicianId)} today={today} actions={buttons} />
      {chartBanners.map(({ key, Banner }) => (
        <Banner key={key} client={client} canEdit={canEdit} tab={tab} />
      ))}
      <Tabs
        value={tab}
        onChange={(v) => {
          setTab(v ?? firstTab);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label="Chart sections">
          {chartTabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {chartTabs.map(({ value, Panel }) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <Panel client={client} canEdit={canEdit} />
          </Tabs.Panel>
        ))}
      </Tabs>
      <Text size="sm" c="gray.7">
        Record created by {nameOf(client.authorId)} on {formatInstantDate(client.createdAt)}.
      </Text>
      {client.status === 'active' && (
        <DischargeModal
          client={client}
          opened={discharging}
          today={today}
          onClose={() => {
            setDischarging(false);
          }}
          onDischarge={discharge}
        />
      )}
    </Stack>
  );
}

function ClientChart({ clientId }: { clientId: string }) {
  const { data, error } = useClient(clientId);
  useAuditView('client', clientId, Boolean(data?.client), 'Opened the chart');
  if (error) return <LoadError what="This client record" error={error} />;
  if (!data) return <Loader aria-label="Loading client" />;
  if (!data.client) {
    return (
      <Text role="alert">
        No client has this id. <Link to="/clients">Go back to the client list</Link> and open the client from there.
      </Text>
    );
  }
  return <Chart client={data.client} staff={data.staff} />;
}

/** A client's chart (/clients/:clientId?tab=…): header, the features' banners, then their tabs (app/features.ts composes them). */
export function ClientChartPage() {
  const { clientId = '' } = useParams();
  return <ClientChart key={clientId} clientId={clientId} />;
}
