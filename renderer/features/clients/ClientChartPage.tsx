import { Button, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { clientDisplayName, type Client, type DischargeInput } from '../../../shared/domain/client';
import type { Staff } from '../../../shared/domain/staff';
import { formatInstantDate, localToday } from '../../components/format-date';
import { notify } from '../../components/notify';
import { CheckInsSection, FamilyFeedbackSection, MeasuresSection, SafetyAlertBanner } from '../measures';
import { AbsenceAlertBanner, ClientSessionsSection } from '../sessions';
import { AdherenceAlertBanner, MedicationsSection } from '../medications';
import { NotesTab } from '../notes';
import { ClientHeader } from './components/ClientHeader';
import { ContactsCard } from './components/ContactsCard';
import { DischargeCard } from './components/DischargeCard';
import { DischargeModal } from './components/DischargeModal';
import { LoadError } from './components/LoadError';
import { useClient, useRecordChartView } from './useClient';
import { useClientActions } from './useClientActions';

function Chart({ client, staff }: { client: Client; staff: readonly Staff[] }) {
  const [today] = useState(localToday);
  const [discharging, setDischarging] = useState(false);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'measures';
  const setTab = (value: string) => { setParams({ tab: value }, { replace: true }); };
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
        <Button color="red.9" variant="outline" onClick={() => { setDischarging(true); }}>
          Discharge
        </Button>
      )}
    </>
  );

  return (
    <Stack>
      <ClientHeader client={client} clinicianName={nameOf(client.primaryClinicianId)} today={today} actions={buttons} />
      <SafetyAlertBanner clientId={client.id} canAdminister={client.status === 'active'} dateOfBirth={client.dateOfBirth} />
      <AbsenceAlertBanner clientId={client.id} />
      {tab !== 'medications' && <AdherenceAlertBanner clientId={client.id} />}
      <Tabs value={tab} onChange={(v) => { setTab(v ?? 'measures'); }} keepMounted={false}>
        <Tabs.List aria-label="Chart sections">
          <Tabs.Tab value="measures">Measures</Tabs.Tab>
          <Tabs.Tab value="medications">Medications</Tabs.Tab>
          <Tabs.Tab value="notes">Notes</Tabs.Tab>
          <Tabs.Tab value="sessions">Sessions</Tabs.Tab>
          <Tabs.Tab value="checkins">Check-ins</Tabs.Tab>
          <Tabs.Tab value="family-feedback">Family feedback</Tabs.Tab>
          {/* chart-tabs:list — features add their <Tabs.Tab> above this line */}
          <Tabs.Tab value="details">Details</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="measures" pt="md">
          <MeasuresSection clientId={client.id} canAdminister={client.status === 'active'} startDay={client.admissionDate} dateOfBirth={client.dateOfBirth} />
        </Tabs.Panel>
        <Tabs.Panel value="medications" pt="md">
          <MedicationsSection clientId={client.id} canEdit={client.status === 'active'} />
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="md">
          <NotesTab clientId={client.id} canWrite={client.status === 'active'} />
        </Tabs.Panel>
        <Tabs.Panel value="sessions" pt="md">
          <ClientSessionsSection clientId={client.id} />
        </Tabs.Panel>
        <Tabs.Panel value="checkins" pt="md">
          <CheckInsSection clientId={client.id} dateOfBirth={client.dateOfBirth} canRecord={client.status === 'active'} />
        </Tabs.Panel>
        <Tabs.Panel value="family-feedback" pt="md">
          <FamilyFeedbackSection clientId={client.id} canRecord={client.status === 'active'} />
        </Tabs.Panel>
        {/* chart-tabs:panels — features add their <Tabs.Panel pt="md"> above this line */}
        <Tabs.Panel value="details" pt="md">
          <Stack>
            <DischargeCard client={client} />
            <ContactsCard contacts={client.contacts} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <Text size="sm" c="gray.7">
        Record created by {nameOf(client.authorId)} on {formatInstantDate(client.createdAt)}.
      </Text>
      {client.status === 'active' && (
        <DischargeModal
          client={client}
          opened={discharging}
          today={today}
          onClose={() => { setDischarging(false); }}
          onDischarge={discharge}
        />
      )}
    </Stack>
  );
}

function ClientChart({ clientId }: { clientId: string }) {
  const { data, error } = useClient(clientId);
  useRecordChartView(clientId, Boolean(data?.client));
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

/** A client's chart (/clients/:clientId?tab=…): header, then one tab per feature (measures, …, details). */
export function ClientChartPage() {
  const { clientId = '' } = useParams();
  return <ClientChart key={clientId} clientId={clientId} />;
}
