import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ServerAdminFields, serverAdminComplete } from '../../../components/ServerAdminFields';
import { useServerAdminStep } from '../../../components/useServerAdminStep';
import { useClinicSync } from '../sync-context';
import { serverErrorText } from '../useConnectClinic';

/**
 * Settings → Clinic server → Update the server: runs provisioning again with the server admin's credentials, so a
 * clinic connected by an earlier Waypoint gets this version's guards (e.g. the keyring guard). Keeps all data.
 */
export function UpdateServerForm() {
  const { updateServer } = useClinicSync();
  const [done, setDone] = useState<Date | null>(null);
  const step = useServerAdminStep(
    async (admin) => {
      await updateServer(admin);
      setDone(new Date());
    },
    { failure: (e) => serverErrorText(e, 'Updating the server') },
  );
  const updating = step.submitting;
  const submit = async () => {
    if (serverAdminComplete(step.admin)) setDone(null);
    await step.submit();
  };

  return (
    <form
      noValidate
      aria-labelledby="update-server-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <Title order={3} size="h5" id="update-server-title">
          Update the server’s protection
        </Title>
        <Text size="sm">
          After updating Waypoint, bring the clinic’s databases, access rules and server-side checks up to date. Nothing stored on the server changes; the admin
          password is used for this step only.
        </Text>
        <ServerAdminFields value={step.admin} onChange={step.setAdmin} showMissing={step.missing} />
        {updating.error && (
          <Alert color="red" title="The server was not updated" role="alert">
            {updating.error}
          </Alert>
        )}
        {done && (
          <Alert color="teal" title="Server protection is up to date" role="status">
            {`Databases, access rules and checks were updated at ${done.toLocaleTimeString()}.`}
          </Alert>
        )}
        <Button type="submit" variant="default" loading={updating.pending} w="fit-content">
          Update server
        </Button>
      </Stack>
    </form>
  );
}
