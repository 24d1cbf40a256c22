import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { Staff } from '../../../../shared/domain/staff';
import type { SyncCredentials } from '../../../sync/encrypting-fetch';
import { ServerAdminFields } from '../../../components/ServerAdminFields';
import { useServerAdminStep } from '../../../components/useServerAdminStep';
import type { ReenabledAccount } from '../reenable-actions';

interface Props {
  /** The reactivated member whose disabled server account(s) to re-enable; null: closed. */
  readonly member: Staff | null;
  readonly accounts: readonly string[];
  /** Shown once after re-enabling: what the member types to join again. */
  readonly issued: readonly ReenabledAccount[] | null;
  readonly serverUrl: string;
  readonly onReenable: (admin: SyncCredentials) => Promise<void>;
  readonly onClose: () => void;
}

const mono = { input: { fontFamily: 'monospace' } };

/** The new password and one-time code of each re-enabled account, shown once (like Add staff member's code). */
function IssuedAccounts({ name, issued, serverUrl, onDone }: { name: string; issued: readonly ReenabledAccount[]; serverUrl: string; onDone: () => void }) {
  return (
    <Stack>
      <Text>
        {`Give ${name} these in person. On their laptop they choose “Join an existing clinic”, type the server address ${serverUrl}, this user name, password and enrollment code, and choose their passphrase again. Shown only now; the code works once.`}
      </Text>
      {issued.map((a) => (
        <Stack key={a.username} gap="xs">
          <TextInput label="Server user name" value={a.username} readOnly autoComplete="off" styles={mono} />
          <TextInput label="Server password" value={a.password} readOnly autoComplete="off" styles={mono} />
          <TextInput label="Enrollment code" value={a.code} readOnly autoComplete="off" styles={mono} />
        </Stack>
      ))}
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}

/**
 * Asks for the server admin's credentials (this step only, never stored) and re-enables a reactivated member's
 * disabled server account(s) with a new password and a one-time enrollment code (issue 18).
 */
export function ReenableServerAccountModal({ member, accounts, issued, serverUrl, onReenable, onClose }: Props) {
  const step = useServerAdminStep(onReenable);
  const reenabling = step.submitting;
  const close = () => {
    step.reset();
    onClose();
  };
  const name = member?.name ?? '';
  return (
    <Modal opened={member !== null} onClose={close} title="Re-enable their server account" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      {issued ? (
        <IssuedAccounts name={name} issued={issued} serverUrl={serverUrl} onDone={close} />
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void step.submit();
          }}
        >
          <Stack>
            <Text>
              {`${name} is active again here, but their server account (${accounts.join(', ')}) is still disabled: their laptop cannot sync. Enter the server admin’s user name and password to re-enable it with a new password and a one-time enrollment code; they are used for this step only and not stored.`}
            </Text>
            <ServerAdminFields value={step.admin} onChange={step.setAdmin} showMissing={step.missing} />
            {reenabling.error && (
              <Alert color="red" title="The server account is still disabled" role="alert">
                {`${reenabling.error} ${name} stays active here; to re-enable the account later, enroll their laptop again (Settings → Clinic server).`}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} data-autofocus>
                Not now
              </Button>
              <Button type="submit" color="teal" loading={reenabling.pending}>
                Re-enable server account
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
