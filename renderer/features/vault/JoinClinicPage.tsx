import { Alert, Button, Center, Paper, PasswordInput, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { PassphraseStrength } from '../../components/PassphraseStrength';
import type { JoinInput, JoinProgress } from '../../app/vault-controller';
import { allowedServerUrl } from '../../host/clinic-server';
import { insecureServerProblem } from '../../../shared/sync/server-url';
import { copyProgressText } from '../../../shared/sync/time-left';
import { passphraseFormRules } from './passphrase-rules';
import { errorMessage } from '../../../shared/error-message';

interface Props {
  /** `startNow` settles when the person chooses to start working before the whole clinic has arrived. */
  readonly onJoin: (input: JoinInput, onProgress: (p: JoinProgress) => void, startNow: Promise<void>) => Promise<void>;
  readonly onBack: () => void;
}

function joinUrlProblem(raw: string): string | null {
  const example = 'Enter the clinic server’s address, e.g. https://couch.example.org:6984';
  if (!/^https?:\/\/[^/]+/.test(raw)) return example;
  try {
    const url = new URL(raw);
    return insecureServerProblem(url.protocol, url.hostname);
  } catch {
    return example;
  }
}

function progressText(p: JoinProgress): string {
  return p.step === 'keyring' ? 'Checking the enrollment code…' : copyProgressText(p);
}

/** First run on a new laptop: join an existing clinic with the account and one-time code the admin gave. */
export function JoinClinicPage({ onJoin, onBack }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<JoinProgress | null>(null);
  const [startNow, setStartNow] = useState<{ readonly go: () => void } | null>(null);
  const form = useForm({
    initialValues: { url: allowedServerUrl() ?? 'https://', username: '', password: '', code: '', passphrase: '', confirm: '' },
    validate: {
      url: (v) => joinUrlProblem(v.trim()),
      username: (v) => (v.trim() ? null : 'Enter the user name the clinic admin gave you.'),
      password: (v) => (v ? null : 'Enter the password the clinic admin gave you.'),
      code: (v) => (v.trim() ? null : 'Enter the enrollment code.'),
      ...passphraseFormRules,
    },
  });

  const submit = form.onSubmit(async ({ url, username, password, code, passphrase }) => {
    setError(null);
    setProgress({ step: 'keyring', done: 0, total: 0, elapsedMs: 0 });
    try {
      const now = new Promise<void>((resolve) => {
        setStartNow({ go: resolve });
      });
      await onJoin({ url, username, password, code, passphrase }, setProgress, now);
    } catch (e) {
      setError(errorMessage(e));
      setProgress(null);
    }
  });

  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder shadow="sm" p="xl" w={520}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1}>Join an existing clinic</Title>
            <Text c="dimmed">
              Use the server address, user name, password and one-time enrollment code your clinic admin gave you. Then choose your own passphrase: it unlocks
              Waypoint on this laptop.
            </Text>
            <TextInput label="Server address" required autoComplete="url" {...form.getInputProps('url')} />
            <TextInput label="Server user name" required autoComplete="off" {...form.getInputProps('username')} />
            <PasswordInput label="Server password" required autoComplete="current-password" {...form.getInputProps('password')} />
            <TextInput label="Enrollment code" required autoComplete="one-time-code" {...form.getInputProps('code')} />
            <PasswordInput label="Passphrase" required {...form.getInputProps('passphrase')} />
            <PassphraseStrength value={form.values.passphrase} />
            <PasswordInput label="Confirm passphrase" required {...form.getInputProps('confirm')} />
            {error && (
              <Alert color="red" title="This laptop did not join the clinic" role="alert">
                {error}
              </Alert>
            )}
            {progress && (
              <Stack gap={4} role="status">
                <Text size="sm">{progressText(progress)}</Text>
                <Progress
                  value={progress.total > 0 ? (100 * progress.done) / progress.total : 0}
                  aria-label="Records copied"
                  animated={progress.step === 'keyring'}
                />
              </Stack>
            )}
            {progress?.step === 'pulling' && progress.done > 0 && progress.done < progress.total && (
              <Button
                variant="light"
                onClick={() => {
                  startNow?.go();
                }}
              >
                Start working while the rest copies
              </Button>
            )}
            <Button type="submit" loading={progress !== null}>
              Join clinic
            </Button>
            <Button variant="subtle" onClick={onBack} disabled={progress !== null}>
              Set up a new clinic instead
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
