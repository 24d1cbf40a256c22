import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useClinicSync } from '../sync-context';
import { useSyncStatus } from '../useSyncStatus';
import { EnrollLaptopForm } from './EnrollLaptopForm';
import { SyncSettings } from './SyncSettings';
import { UpdateServerForm } from './UpdateServerForm';

/** Settings → Clinic server: connect (admin, once), then where this laptop syncs and laptop enrollment. */
export function ClinicServerSection({ isAdmin }: { readonly isAdmin: boolean }) {
  const { server, problem, sync } = useClinicSync();
  const status = useSyncStatus(sync);
  return (
    <Paper withBorder p="md">
      <Stack>
        {problem && (
          <Alert color="red" title="Sync did not start" role="alert">
            {problem}
          </Alert>
        )}
        {!server && isAdmin && <SyncSettings />}
        {!server && !isAdmin && (
          <>
            <Title order={2} size="h4">
              Clinic server
            </Title>
            <Text size="sm">This laptop does not sync. The clinic admin connects the clinic server.</Text>
          </>
        )}
        {server && (
          <>
            <Title order={2} size="h4">
              Clinic server
            </Title>
            <Text size="sm">
              This laptop syncs with <strong>{server.url}</strong> (clinic {server.clinicId}) as {server.username}. Everything is encrypted on this laptop
              before it is sent.
            </Text>
            {sync?.authMode() && (
              <Text size="sm" c="gray.7">
                {sync.authMode() === 'cookie'
                  ? 'Signed in with a session cookie: the server checks the password once per session.'
                  : 'Signed in with the password on every request (basic auth): the server or this app’s origin does not allow a session cookie. Use https.'}
              </Text>
            )}
            {status?.state === 'error' && (
              <Alert color="red" title="Sync stopped" role="alert">
                {status.error} Your work is kept on this laptop; use “Retry sync” in the header once the cause is fixed.
              </Alert>
            )}
            {isAdmin && <EnrollLaptopForm />}
            {isAdmin && <UpdateServerForm />}
          </>
        )}
      </Stack>
    </Paper>
  );
}
