import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Staff } from '../../../../shared/domain/staff';
import type { SyncCredentials } from '../../../sync/encrypting-fetch';
import { errorMessage } from '../../../../shared/error-message';

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
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setPassword('');
    setError(null);
    setMissing(false);
    onClose();
  };
  const submit = async () => {
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      await onDisable({ username: username.trim(), password });
      setPassword('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const name = member?.name ?? '';
  return (
    <Modal opened={member !== null} onClose={close} title="Disable their server account" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text>
            {`${name} is deactivated here, but their server account (${accounts.join(', ')}) is still active: their laptop can still sync and read the clinic’s data. Enter the server admin’s user name and password to disable it now; they are used for this step only and not stored.`}
          </Text>
          <TextInput
            label="Server admin user name"
            autoComplete="off"
            value={username}
            onChange={(e) => {
              setUsername(e.currentTarget.value);
            }}
            error={missing && !username.trim() ? 'Enter the server admin user name.' : undefined}
          />
          <PasswordInput
            label="Server admin password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
            }}
            error={missing && !password ? 'Enter the server admin password.' : undefined}
          />
          {error && (
            <Alert color="red" title="The server account is still active" role="alert">
              {`${error} ${name} stays deactivated here; try again when the server can be reached (Staff → Disable server account).`}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              Not now
            </Button>
            <Button type="submit" color="red" loading={busy}>
              Disable server account
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
