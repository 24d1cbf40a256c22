import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { PassphraseStrength } from '../../components/PassphraseStrength';
import type { JoinInput, JoinProgress } from '../../app/vault-controller';
import { JoinClinicPage } from './JoinClinicPage';
import { RestoreBackupPage, type RestoreBackupActions } from './RestoreBackupPage';
import { passphraseFormRules } from './passphrase-rules';
import { errorMessage } from '../../../shared/error-message';

interface SetupInput {
  clinicName: string;
  adminName: string;
  passphrase: string;
}

interface Props {
  readonly onCreate: (input: SetupInput) => Promise<void>;
  readonly onJoin: (input: JoinInput, onProgress: (p: JoinProgress) => void, startNow: Promise<void>) => Promise<void>;
  readonly restore: RestoreBackupActions;
}

/** First run on this laptop: create the clinic, its admin and the keys — or join an existing clinic. */
export function SetupPage({ onCreate, onJoin, restore }: Props) {
  const [path, setPath] = useState<'new' | 'join' | 'restore'>('new');
  const back = () => {
    setPath('new');
  };
  if (path === 'join') return <JoinClinicPage onJoin={onJoin} onBack={back} />;
  if (path === 'restore') return <RestoreBackupPage actions={restore} onBack={back} />;
  return <NewClinicForm onCreate={onCreate} onOtherPath={setPath} />;
}

function NewClinicForm({ onCreate, onOtherPath }: { onCreate: Props['onCreate']; onOtherPath: (path: 'join' | 'restore') => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { clinicName: '', adminName: '', passphrase: '', confirm: '' },
    validate: {
      clinicName: (v) => (v.trim() ? null : 'Enter the clinic’s name.'),
      adminName: (v) => (v.trim() ? null : 'Enter your name.'),
      ...passphraseFormRules,
    },
  });

  const submit = form.onSubmit(async ({ clinicName, adminName, passphrase }) => {
    setBusy(true);
    setError(null);
    try {
      await onCreate({ clinicName, adminName, passphrase });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  });

  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder shadow="sm" p="xl" w={480}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1}>Set up Waypoint</Title>
            <Text c="dimmed">
              Create your clinic on this laptop. Everything you record is encrypted with a key that only your passphrase (or the recovery key you will see next)
              can unlock.
            </Text>
            <TextInput label="Clinic name" required {...form.getInputProps('clinicName')} />
            <TextInput label="Your name" description="You will be the clinic admin." required {...form.getInputProps('adminName')} />
            <PasswordInput label="Passphrase" required {...form.getInputProps('passphrase')} />
            <PassphraseStrength value={form.values.passphrase} />
            <PasswordInput label="Confirm passphrase" required {...form.getInputProps('confirm')} />
            {error && (
              <Alert color="red" title="The clinic was not created">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              Create clinic
            </Button>
            <Button
              variant="subtle"
              onClick={() => {
                onOtherPath('join');
              }}
              disabled={busy}
            >
              Join an existing clinic
            </Button>
            <Button
              variant="subtle"
              onClick={() => {
                onOtherPath('restore');
              }}
              disabled={busy}
            >
              Restore from a backup
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
