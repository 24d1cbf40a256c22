import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { parseEnrollmentCode } from '../../../shared/sync/enrollment-code';
import { PassphraseStrength } from '../../components/PassphraseStrength';
import type { UnlockResult } from '../../vault/vault';
import { passphraseFormRules } from './passphrase-rules';
import { unlockFailureMessage } from './unlock-messages';
import { errorMessage } from '../../../shared/error-message';

interface Props {
  readonly onSignIn: (code: string, passphrase: string) => Promise<UnlockResult>;
}

/** First sign-in on this laptop: the one-time code from the admin, then the staff member's own passphrase. */
export function FirstSignInForm({ onSignIn }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { code: '', passphrase: '', confirm: '' },
    validate: {
      code: (v) => {
        const parsed = parseEnrollmentCode(v);
        return parsed.ok ? null : parsed.reason;
      },
      ...passphraseFormRules,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      const result = await onSignIn(values.code, values.passphrase);
      if (!result.ok) {
        setError(unlockFailureMessage(result, 'one-time code'));
        setBusy(false);
      }
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">First sign-in on this laptop: type the one-time code your clinic admin gave you and choose your own passphrase.</Text>
        <TextInput label="One-time code" autoComplete="one-time-code" {...form.getInputProps('code')} />
        <PasswordInput label="Choose your passphrase" autoComplete="new-password" {...form.getInputProps('passphrase')} />
        <PassphraseStrength value={form.values.passphrase} />
        <PasswordInput label="Confirm passphrase" autoComplete="new-password" {...form.getInputProps('confirm')} />
        {error && (
          <Alert color="red" role="alert" title="Not signed in">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={busy}>
          Sign in and set passphrase
        </Button>
      </Stack>
    </form>
  );
}
