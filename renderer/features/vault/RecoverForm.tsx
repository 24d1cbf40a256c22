import { Alert, Button, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { parseRecoveryKey } from '../../../shared/crypto/recovery-key';
import { preselectedUnlockUser } from '../../../shared/domain/lockout';
import { PassphraseStrength } from '../../components/PassphraseStrength';
import type { UnlockResult } from '../../vault/vault';
import { passphraseFormRules } from './passphrase-rules';
import { unlockFailureMessage } from './unlock-messages';
import type { UnlockUser } from './UnlockForm';
import { errorMessage } from '../../../shared/error-message';
import { notify } from '../../components/notify';
import { currentSigningSession } from '../../signing';
import { TrustRootResetWarning } from './TrustRootResetWarning';

/** Said after a recovery unlock that made a new signing key (the old one is sealed under the forgotten passphrase). */
export const RECOVERY_NEW_KEY_NOTICE =
  'New signing key made on this laptop: ask an admin to certify it on the Signing keys page. Until then your signatures show “not certified”.';

export interface RecoverInput {
  recoveryKey: string;
  userId: string;
  newPassphrase: string;
}

interface Props {
  users: readonly UnlockUser[];
  lastUserId: string | null;
  onRecover: (input: RecoverInput) => Promise<UnlockResult>;
  onCheckReset: (userId: string) => Promise<boolean>;
}

/** Unlock with the clinic's recovery key and choose a new passphrase. */
export function RecoverForm({ users, lastUserId, onRecover, onCheckReset }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The reset waiting for the user's word: this laptop holds the clinic's trust root, which the reset replaces.
  const [confirming, setConfirming] = useState<RecoverInput | null>(null);
  const form = useForm({
    initialValues: {
      userId:
        preselectedUnlockUser(
          users.map((u) => u.id),
          lastUserId,
        ) ?? '',
      recoveryKey: '',
      passphrase: '',
      confirm: '',
    },
    validate: {
      userId: (v) => (v ? null : 'Choose your name.'),
      recoveryKey: (v) => {
        const parsed = parseRecoveryKey(v);
        return parsed.ok ? null : parsed.reason;
      },
      ...passphraseFormRules,
    },
  });

  const recover = async (input: RecoverInput, checked: boolean) => {
    setBusy(true);
    setError(null);
    try {
      if (!checked && (await onCheckReset(input.userId))) {
        setConfirming(input);
        setBusy(false);
        return;
      }
      const result = await onRecover(input);
      if (!result.ok) {
        setError(unlockFailureMessage(result, 'recovery key'));
        setBusy(false);
      } else if (currentSigningSession()?.fresh) notify(RECOVERY_NEW_KEY_NOTICE);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  const submit = form.onSubmit((values) => recover({ recoveryKey: values.recoveryKey, userId: values.userId, newPassphrase: values.passphrase }, false));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select label="Who are you?" data={users.map((u) => ({ value: u.id, label: u.name }))} allowDeselect={false} {...form.getInputProps('userId')} />
        <TextInput label="Recovery key" autoComplete="off" {...form.getInputProps('recoveryKey')} />
        <PasswordInput label="New passphrase" {...form.getInputProps('passphrase')} />
        <PassphraseStrength value={form.values.passphrase} />
        <PasswordInput label="Confirm new passphrase" {...form.getInputProps('confirm')} />
        <Text size="sm">
          Your signing key on this laptop was sealed under your old passphrase, so it cannot be opened: a new one is made. Until an admin certifies it on the
          Signing keys page, notes you sign show “not certified”.
        </Text>
        {error && (
          <Alert color="red" role="alert" title="Not unlocked">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={busy}>
          Unlock and set new passphrase
        </Button>
      </Stack>
      <TrustRootResetWarning
        opened={confirming !== null}
        onCancel={() => {
          setConfirming(null);
        }}
        onConfirm={() => {
          if (confirming) void recover(confirming, true);
          setConfirming(null);
        }}
      />
    </form>
  );
}
