import { Alert, Center, Loader, MantineProvider, Stack, Text, Title } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { LockPage, RecoveryKeyPage, SetupPage } from '../features/vault';
import { allowClinicServer } from '../host/clinic-server';
import type { ResumeDeps } from '../resume/ResumeProvider';
import { UnlockedApp } from './UnlockedApp';
import { cssVariablesResolver, theme } from './theme';
import { useVaultState } from './useVaultState';
import type { VaultController } from './vault-controller';
import { errorMessage } from '../../shared/error-message';

function Gate({ controller, resume }: { controller: VaultController; resume: ResumeDeps }) {
  const state = useVaultState(controller);
  const unlocked = state.phase === 'unlocked';
  // Toasts can name clients ("Testperson, Quincy added"): none may outlive the unlocked session.
  useEffect(() => {
    if (!unlocked) notifications.clean();
  }, [unlocked]);
  switch (state.phase) {
    case 'loading':
      return (
        <Center h="100vh">
          <Loader aria-label="Loading" />
        </Center>
      );
    case 'failed':
      return <StartupFailure error={new Error(state.message)} />;
    case 'setup':
      return (
        <SetupPage
          onCreate={(input) => controller.prepareClinic(input)}
          onJoin={async (input, onProgress, startNow) => {
            await allowClinicServer(input.url);
            await controller.joinClinic(input, onProgress, startNow);
          }}
          restore={{
            openBackup: (text, recoveryKey) => controller.openBackup(text, recoveryKey),
            restoreBackup: (input, onProgress) => controller.restoreBackup(input, onProgress),
          }}
        />
      );
    case 'confirm-recovery':
      return (
        <RecoveryKeyPage
          recoveryKey={state.prepared.recoveryKey}
          clinicName={state.prepared.record.clinicName}
          onConfirmed={() => controller.confirmRecovery()}
          onBack={() => {
            controller.cancelSetup();
          }}
        />
      );
    case 'locked':
      return (
        <LockPage
          clinicName={state.clinicName}
          users={state.users}
          notice={state.notice}
          lastUserId={state.lastUserId}
          onUnlock={(userId, passphrase, code) => controller.unlock(userId, passphrase, code)}
          onRecover={(input) => controller.recover(input)}
          onCheckReset={(userId) => controller.resetReplacesTrustRoot(userId)}
        />
      );
    case 'unlocked':
      return <UnlockedApp controller={controller} state={state} resume={resume} />;
  }
}

export function App({ controller, resume }: { controller: VaultController; resume: ResumeDeps }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <Gate controller={controller} resume={resume} />
    </MantineProvider>
  );
}

/** Shown when the vault cannot even be opened (IndexedDB blocked or damaged). */
export function StartupFailure({ error }: { error: unknown }) {
  const message = errorMessage(error);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Center h="100vh" p="xl">
        <Stack maw={560}>
          <Title order={1}>Waypoint cannot open its vault</Title>
          <Alert color="red" title="What happened">
            {message}
          </Alert>
          <Text>
            Nothing has been deleted. Close other Waypoint windows and start Waypoint again. If this keeps happening, your clinic admin can restore this laptop
            from the clinic server.
          </Text>
        </Stack>
      </Center>
    </MantineProvider>
  );
}
