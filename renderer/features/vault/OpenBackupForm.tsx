import { Alert, Button, FileInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { BackupError } from '../../../shared/backup/backup-format';
import type { OpenedBackup } from '../../../shared/backup/backup-seal';
import { errorMessage } from '../../../shared/error-message';

interface Props {
  readonly onOpen: (text: string, recoveryKey: string) => Promise<OpenedBackup>;
  readonly onOpened: (opened: OpenedBackup) => void;
}

/** Step 1 of a restore: the backup file and the clinic's recovery key; the whole file is checked before anything else. */
export function OpenBackupForm({ onOpen, onOpened }: Props) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<{ file: File | null; recoveryKey: string }>({
    initialValues: { file: null, recoveryKey: '' },
    validate: {
      file: (v) => (v ? null : 'Choose the backup file.'),
      recoveryKey: (v) => (v.trim() ? null : 'Enter the clinic’s recovery key.'),
    },
  });

  const submit = form.onSubmit(async ({ file, recoveryKey }) => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      onOpened(await onOpen(await file.text(), recoveryKey));
    } catch (error) {
      if (error instanceof BackupError) {
        form.setFieldError(error.code === 'wrong-recovery-key' ? 'recoveryKey' : 'file', error.message);
      } else {
        setProblem(errorMessage(error));
      }
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FileInput
          label="Backup file"
          placeholder="waypoint-backup-….json"
          required
          accept=".json,application/json"
          clearable
          {...form.getInputProps('file')}
        />
        <TextInput
          label="Recovery key"
          description="The key shown once when the clinic was set up."
          required
          autoComplete="off"
          {...form.getInputProps('recoveryKey')}
        />
        {problem && (
          <Alert color="red" title="The backup could not be read" role="alert">
            {problem}
          </Alert>
        )}
        <Button type="submit" loading={busy}>
          Open backup
        </Button>
      </Stack>
    </form>
  );
}
