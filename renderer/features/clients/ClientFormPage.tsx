import { Loader, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { clientDisplayName, type Client, type ClientInput } from '../../../shared/domain/client';
import type { Staff } from '../../../shared/domain/staff';
import { useSignedIn } from '../../session';
import { localToday } from '../../components/format-date';
import { notify } from '../../components/notify';
import { ArrivedVersionNotice } from '../../components/ArrivedVersionNotice';
import { updatedVersion, type FormArrival } from '../../drafts/form-arrival';
import { useFollowArrivals, type FormStateReport } from '../../drafts/useFollowArrivals';
import { clientToForm, clinicianOptions, defaultClinicianId, newClientForm } from './client-form';
import { ClientForm } from './components/ClientForm';
import { LoadError } from './components/LoadError';
import { useClient, useStaffList } from './useClient';
import { useClientActions } from './useClientActions';

interface EditorProps {
  /** The version the form shows (null: a new client). */
  readonly client: Client | null;
  /** The version the form opened with: saving keeps another stored version as a conflict copy. */
  readonly openedWith: Client | null;
  readonly staff: readonly Staff[];
  readonly arrival?: FormArrival;
  readonly onStateChange?: FormStateReport;
}

function ClientEditor({ client, openedWith, staff, arrival = 'none', onStateChange }: EditorProps) {
  const navigate = useNavigate();
  const { user } = useSignedIn();
  const actions = useClientActions();
  const [today] = useState(localToday);
  const clinicians = useMemo(() => clinicianOptions(staff, user.id, client?.primaryClinicianId), [staff, user.id, client]);
  const [initialValues] = useState(() => (client ? clientToForm(client) : newClientForm(defaultClinicianId(clinicians, user.id), today)));
  const onSave = async (input: ClientInput) => {
    const saved = openedWith ? await actions.update(openedWith, input) : await actions.create(input);
    notify(`${clientDisplayName(saved)} ${client ? 'updated' : 'added'}.`);
    await navigate(`/clients/${saved.id}`);
  };

  return (
    <Stack>
      <ArrivedVersionNotice arrival={arrival} />
      <ClientForm
        title={client ? `Edit ${clientDisplayName(client)}` : 'New client'}
        stashKey={client ? `client:edit:${client.id}` : 'client:new'}
        initialValues={initialValues}
        clinicians={clinicians}
        today={today}
        onSave={onSave}
        onCancel={() => void navigate(client ? `/clients/${client.id}` : '/clients')}
        onStateChange={onStateChange}
      />
    </Stack>
  );
}

function EditClient({ clientId }: { clientId: string }) {
  const { data, error } = useClient(clientId);
  if (error) return <LoadError what="This client record" error={error} />;
  if (!data) return <Loader aria-label="Loading client" />;
  if (!data.client) return <Text role="alert">No client has this id. Go back to the client list and open the client from there.</Text>;
  return <FollowedClientEditor key={data.client.id} client={data.client} staff={data.staff} />;
}

/** Editing a stored client: versions arriving from another laptop are followed (useFollowArrivals). */
function FollowedClientEditor({ client, staff }: { readonly client: Client; readonly staff: readonly Staff[] }) {
  const followed = useFollowArrivals(client, updatedVersion);
  return (
    <ClientEditor
      key={followed.formKey}
      client={followed.shown}
      openedWith={followed.opened}
      staff={staff}
      arrival={followed.arrival}
      onStateChange={followed.report}
    />
  );
}

function NewClient() {
  const { data, error } = useStaffList();
  if (error) return <LoadError what="The staff list" error={error} />;
  if (!data) return <Loader aria-label="Loading staff" />;
  return <ClientEditor client={null} openedWith={null} staff={data} />;
}

/** New client (/clients/new) or edit (/clients/:clientId/edit). */
export function ClientFormPage() {
  const { clientId } = useParams();
  return clientId ? <EditClient clientId={clientId} /> : <NewClient />;
}
