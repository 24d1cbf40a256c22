import { Alert, Loader, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { clientDisplayName, type Client, type ClientInput } from '../../../shared/domain/client';
import type { Staff } from '../../../shared/domain/staff';
import { useSignedIn } from '../../session';
import { localToday } from '../../components/format-date';
import { notify } from '../../components/notify';
import { clientToForm, clinicianOptions, defaultClinicianId, newClientForm } from './client-form';
import { ClientForm } from './components/ClientForm';
import { LoadError } from './components/LoadError';
import { useClient, useStaffList } from './useClient';
import { useClientActions } from './useClientActions';

interface EditorProps {
  readonly client: Client | null;
  readonly staff: readonly Staff[];
}

function ClientEditor({ client, staff }: EditorProps) {
  const navigate = useNavigate();
  const { user } = useSignedIn();
  const actions = useClientActions();
  const [today] = useState(localToday);
  const clinicians = useMemo(() => clinicianOptions(staff, user.id, client?.primaryClinicianId), [staff, user.id, client]);
  const [initialValues] = useState(() =>
    client ? clientToForm(client) : newClientForm(defaultClinicianId(clinicians, user.id), today),
  );
  // The version on screen; `client` follows the stored record (another laptop's edit can arrive meanwhile).
  const [openedWith] = useState(client);
  const [saving, setSaving] = useState(false);
  const changedElsewhere = !saving && client !== null && openedWith !== null && client.updatedAt !== openedWith.updatedAt;

  const onSave = async (input: ClientInput) => {
    setSaving(true);
    let saved: Client;
    try {
      saved = openedWith ? await actions.update(openedWith, input) : await actions.create(input);
    } catch (error) {
      setSaving(false);
      throw error;
    }
    notify(`${clientDisplayName(saved)} ${client ? 'updated' : 'added'}.`);
    await navigate(`/clients/${saved.id}`);
  };

  return (
    <Stack>
      {changedElsewhere && (
        <Alert color="blue" title="Changed on another laptop while you edit">
          Another version of this record arrived after you opened the form. Saving keeps what is on this form; the other
          version is kept under Conflicts to compare or merge. Cancel to see the other version first.
        </Alert>
      )}
      <ClientForm
        title={client ? `Edit ${clientDisplayName(client)}` : 'New client'}
        stashKey={client ? `client:edit:${client.id}` : 'client:new'}
        initialValues={initialValues}
        clinicians={clinicians}
        today={today}
        onSave={onSave}
        onCancel={() => void navigate(client ? `/clients/${client.id}` : '/clients')}
      />
    </Stack>
  );
}

function EditClient({ clientId }: { clientId: string }) {
  const { data, error } = useClient(clientId);
  if (error) return <LoadError what="This client record" error={error} />;
  if (!data) return <Loader aria-label="Loading client" />;
  if (!data.client) return <Text role="alert">No client has this id. Go back to the client list and open the client from there.</Text>;
  return <ClientEditor key={data.client.id} client={data.client} staff={data.staff} />;
}

function NewClient() {
  const { data, error } = useStaffList();
  if (error) return <LoadError what="The staff list" error={error} />;
  if (!data) return <Loader aria-label="Loading staff" />;
  return <ClientEditor client={null} staff={data} />;
}

/** New client (/clients/new) or edit (/clients/:clientId/edit). */
export function ClientFormPage() {
  const { clientId } = useParams();
  return clientId ? <EditClient clientId={clientId} /> : <NewClient />;
}
