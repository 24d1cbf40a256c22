import { Alert, Button, Center, Code, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { parseRecoveryKey } from '../../../shared/crypto/recovery-key';
import { getHost } from '../../host';
import { copySecret } from './clipboard-secret';
import { errorMessage } from '../../../shared/error-message';

interface Props {
  recoveryKey: string;
  clinicName: string;
  onConfirmed: () => Promise<void>;
  onBack: () => void;
}

function sameKey(typed: string, shown: string): boolean {
  const a = parseRecoveryKey(typed);
  const b = parseRecoveryKey(shown);
  return a.ok && b.ok && a.bytes.every((v, i) => v === b.bytes[i]);
}

/** Shows the recovery key once and requires it typed back before the clinic is stored. */
export function RecoveryKeyPage({ recoveryKey, clinicName, onConfirmed, onBack }: Props) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const matches = sameKey(typed, recoveryKey);

  const save = async () => {
    const content = `Waypoint recovery key for ${clinicName}\n\n${recoveryKey}\n\nKeep this somewhere safe and offline.\n`;
    await getHost().saveFile({ suggestedName: 'waypoint-recovery-key.txt', content, mimeType: 'text/plain' });
  };
  const copy = () => {
    copySecret(recoveryKey).then(
      () => {
        setCopied('yes');
      },
      () => {
        setCopied('failed');
      },
    );
  };
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirmed();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder shadow="sm" p="xl" w={560}>
        <Stack>
          <Title order={1}>Save your recovery key</Title>
          <Text>
            If every passphrase is forgotten, this key is the only way into the clinic’s records. It is shown
            <strong> only now</strong>. Print it or write it down and keep it locked away.
          </Text>
          <Code block tabIndex={0} aria-label="Recovery key" data-testid="recovery-key" fz="lg" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {recoveryKey}
          </Code>
          <Group>
            <Button variant="default" onClick={copy}>
              {copied === 'yes' ? 'Copied' : 'Copy'}
            </Button>
            <Button variant="default" onClick={() => void save()}>
              Save as a text file
            </Button>
          </Group>
          {copied !== 'no' && (
            <Text size="sm" role="status">
              {copied === 'yes'
                ? 'Copied. Waypoint clears it from the clipboard in one minute.'
                : 'Could not copy; select the key and copy it, or save it as a file.'}
            </Text>
          )}
          <TextInput
            label="Type the recovery key to confirm you saved it"
            value={typed}
            onChange={(e) => {
              setTyped(e.currentTarget.value);
            }}
            error={typed.length >= recoveryKey.length && !matches ? 'This does not match the key above.' : null}
          />
          {error && (
            <Alert color="red" title="The clinic could not be saved">
              {error}
            </Alert>
          )}
          <Group justify="space-between">
            <Button variant="subtle" onClick={onBack} disabled={busy}>
              Start over
            </Button>
            <Button disabled={!matches} loading={busy} onClick={() => void confirm()}>
              Continue
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
