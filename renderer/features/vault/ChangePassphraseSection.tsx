import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { errorMessage } from '../../../shared/error-message';
import { CURRENT_PASSPHRASE_WRONG } from '../../app/passphrase-change';
import { notify } from '../../components/notify';
import { PassphraseStrength } from '../../components/PassphraseStrength';
import { useSignedIn } from '../../session';
import { passphraseFormRules } from './passphrase-rules';

/** Settings: the signed-in user changes their own passphrase on this laptop; their signing key is re-sealed with it. */
export function ChangePassphraseSection() {
  const { changePassphrase } = useSignedIn();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { current: '', passphrase: '', confirm: '' },
    validate: { current: (v) => (v ? null : 'Type your current passphrase.'), ...passphraseFormRules },
  });
  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      await changePassphrase(values.current, values.passphrase);
      form.reset();
      notify('Passphrase changed on this laptop. Your signing key now opens only with the new one.');
    } catch (e) {
      const message = errorMessage(e);
      if (message === CURRENT_PASSPHRASE_WRONG) form.setFieldError('current', message);
      else setError(message);
    } finally {
      setBusy(false);
    }
  });
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4">
            Your passphrase
          </Title>
          <Text size="sm">Changes the passphrase you unlock this laptop with. Your signing key here is sealed under it and moves to the new one.</Text>
          <PasswordInput label="Current passphrase" autoComplete="current-password" {...form.getInputProps('current')} />
          <PasswordInput label="New passphrase" autoComplete="new-password" {...form.getInputProps('passphrase')} />
          <PassphraseStrength value={form.values.passphrase} />
          <PasswordInput label="Confirm new passphrase" autoComplete="new-password" {...form.getInputProps('confirm')} />
          {error && (
            <Alert color="red" title="Passphrase not changed">
              {error}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={busy}>
              Change passphrase
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
