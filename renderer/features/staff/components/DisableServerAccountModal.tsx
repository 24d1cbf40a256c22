import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Staff } from '../../../../shared/domain/staff';
import type { SyncCredentials } from '../../../sync/encrypting-fetch';
import { ServerAdminFields } from '../../../components/ServerAdminFields';
import { useServerAdminStep } from '../../../components/useServerAdminStep';

interface Props {
  /** The deactivated member whose server account(s) to disable; null: closed. */
  readonly member: Staff | null;
  readonly accounts: readonly string[];
  readonly onDisable: (admin: SyncCredentials) => Promise<void>;
  readonly onClose: () => void;
}

/**
 * Asks for the server admin's credentials (used for this step only, never stored) and disables a deactivated member's
 * server account(s), so their laptop's password and session are refused at once (issue 18 item 4d).
 */
export function DisableServerAccountModal({ member, accounts, onDisable, onClose }: Props) {
  const step = useServerAdminStep(onDisable);
  const disabling = step.submitting;
  const close = () => {
    step.reset();
    onClose();
  };
  const name = member?.name ?? '';
  return (
    <Modal opened={member !== null} onClose={close} title="Disable their server account" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void step.submit();
        }}
      >
        <Stack>
          <Text>
            {accounts.length > 0
              ? `${name} is deactivated here, but their server account (${accounts.join(', ')}) is still active: their laptop can still sync and read the clinic’s data. Enter the server admin’s user name and password to disable it now; they are used for this step only and not stored.`
              : `${name} is deactivated here. Waypoint has no record of a server account for them (one enrolled before Waypoint kept records): it looks on the server under the name their enrollment used and disables what it finds. Enter the server admin’s user name and password; they are used for this step only and not stored.`}
          </Text>
          <ServerAdminFields value={step.admin} onChange={step.setAdmin} showMissing={step.missing} />
          {disabling.error && (
            <Alert color="red" title="The server account is still active" role="alert">
              {`${disabling.error} ${name} stays deactivated here; try again when the server can be reached (Staff → Disable server account).`}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              Not now
            </Button>
            <Button type="submit" color="red" loading={disabling.pending}>
              Disable server account
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
