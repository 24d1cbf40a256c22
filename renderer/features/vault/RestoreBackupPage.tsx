import { Alert, Button, Center, Paper, PasswordInput, Progress, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { OpenedBackup } from '../../../shared/backup/backup-seal';
import type { BackupProgress, OnBackupProgress } from '../../backup/backup-export';
import { staffInBackup, type RestoreClinicInput } from '../../backup/restore-clinic';
import { PassphraseStrength } from '../../components/PassphraseStrength';
import { passphraseFormRules } from './passphrase-rules';
import { OpenBackupForm } from './OpenBackupForm';
import { errorMessage } from '../../../shared/error-message';

export interface RestoreBackupActions {
  readonly openBackup: (text: string, recoveryKey: string) => Promise<OpenedBackup>;
  readonly restoreBackup: (input: RestoreClinicInput, onProgress: OnBackupProgress) => Promise<void>;
}

const LABELS: Readonly<Record<string, string>> = {
  clients: 'Clients',
  staff: 'Staff',
  groups: 'Groups',
  sessions: 'Sessions',
  attendance: 'Attendance records',
  notes: 'Notes',
  responses: 'Questionnaire responses',
  medications: 'Medications',
  medevents: 'Medication events',
  careplans: 'Care plans',
  audit: 'Audit events',
  clinic: 'Clinic records',
};

function Counts({ opened }: { opened: OpenedBackup }) {
  return (
    <Table aria-label="Records in this backup" withRowBorders={false}>
      <Table.Tbody>
        {Object.entries(opened.file.manifest.counts).map(([name, count]) => (
          <Table.Tr key={name}>
            <Table.Td>{LABELS[name] ?? name}</Table.Td>
            <Table.Td ta="right">{count}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface RestoreFormProps {
  readonly opened: OpenedBackup;
  readonly onRestore: RestoreBackupActions['restoreBackup'];
  readonly onBusy: (busy: boolean) => void;
}

function RestoreForm({ opened, onRestore, onBusy }: RestoreFormProps) {
  const staff = staffInBackup(opened);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const madeBy = staff.find((s) => s.id === opened.file.header.madeBy)?.id ?? staff[0]?.id ?? null;
  const form = useForm({
    initialValues: { userId: madeBy, passphrase: '', confirm: '' },
    validate: { userId: (v) => (v ? null : 'Choose who you are.'), ...passphraseFormRules },
  });
  const submit = form.onSubmit(async ({ userId, passphrase }) => {
    if (!userId) return;
    setError(null);
    setProgress({ done: 0, total: 0, collection: null });
    onBusy(true);
    try {
      await onRestore({ opened, userId, passphrase }, setProgress);
    } catch (e) {
      setError(errorMessage(e));
      setProgress(null);
      onBusy(false);
    }
  });
  const made = new Date(opened.file.header.createdAt).toLocaleString();
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>
          Backup of <strong>{opened.body.clinic.name}</strong>, made {made}.
        </Text>
        <Counts opened={opened} />
        <Select
          label="Who are you?"
          required
          data={staff.map((s) => ({ value: s.id, label: `${s.name} (${s.role})` }))}
          allowDeselect={false}
          {...form.getInputProps('userId')}
        />
        <PasswordInput label="Passphrase" description="Your new passphrase for this computer." required {...form.getInputProps('passphrase')} />
        <PassphraseStrength value={form.values.passphrase} />
        <PasswordInput label="Confirm passphrase" required {...form.getInputProps('confirm')} />
        {error && (
          <Alert color="red" title="Nothing was restored" role="alert">
            {error}
          </Alert>
        )}
        {progress && (
          <Stack gap={4} role="status">
            <Text size="sm">
              Restoring: {progress.done} of {progress.total} records
            </Text>
            <Progress value={progress.total > 0 ? (100 * progress.done) / progress.total : 0} aria-label="Records restored" />
          </Stack>
        )}
        <Button type="submit" loading={progress !== null}>
          Restore
        </Button>
      </Stack>
    </form>
  );
}

/** First run: restore the clinic from a backup file with its recovery key, then choose a passphrase. */
export function RestoreBackupPage({ actions, onBack }: { actions: RestoreBackupActions; onBack: () => void }) {
  const [opened, setOpened] = useState<OpenedBackup | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder shadow="sm" p="xl" w={520}>
        <Stack>
          <Title order={1}>Restore from a backup</Title>
          <Text c="dimmed">
            Choose a Waypoint backup file and enter the clinic’s recovery key. The whole file is checked before anything is restored; an altered or incomplete
            file is refused.
          </Text>
          {opened ? (
            <RestoreForm opened={opened} onRestore={actions.restoreBackup} onBusy={setBusy} />
          ) : (
            <OpenBackupForm onOpen={actions.openBackup} onOpened={setOpened} />
          )}
          <Button variant="subtle" onClick={onBack} disabled={busy}>
            Set up a new clinic instead
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
