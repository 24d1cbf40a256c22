import { Alert, Anchor, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { UnlockResult } from '../../vault/vault';
import { RecoverForm, type RecoverInput } from './RecoverForm';
import { UnlockForm, type UnlockUser } from './UnlockForm';

interface Props {
  clinicName: string;
  users: readonly UnlockUser[];
  notice: string | null;
  /** Whoever unlocked this laptop last: preselected (everyone on the keyring stays one click away). */
  lastUserId: string | null;
  onUnlock: (userId: string, passphrase: string, code?: string) => Promise<UnlockResult>;
  onRecover: (input: RecoverInput) => Promise<UnlockResult>;
  /** Whether recovering this user here replaces the clinic's trust root (warned before the reset). */
  onCheckReset: (userId: string) => Promise<boolean>;
}

/** The lock screen: unlock with a passphrase, or with the recovery key and a new passphrase. */
export function LockPage({ clinicName, users, notice, lastUserId, onUnlock, onRecover, onCheckReset }: Props) {
  const [mode, setMode] = useState<'unlock' | 'recover'>('unlock');
  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder shadow="sm" p="xl" w={440}>
        <Stack>
          <Title order={1}>{mode === 'unlock' ? 'Waypoint is locked' : 'Use the recovery key'}</Title>
          <Text c="dimmed">{clinicName}</Text>
          {notice && mode === 'unlock' && <Alert color="blue">{notice}</Alert>}
          {mode === 'unlock' ? (
            <UnlockForm users={users} lastUserId={lastUserId} onUnlock={onUnlock} />
          ) : (
            <RecoverForm users={users} lastUserId={lastUserId} onRecover={onRecover} onCheckReset={onCheckReset} />
          )}
          <Anchor
            component="button"
            type="button"
            onClick={() => {
              setMode(mode === 'unlock' ? 'recover' : 'unlock');
            }}
          >
            {mode === 'unlock' ? 'Forgot your passphrase? Use the recovery key' : 'Back to unlock with a passphrase'}
          </Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}
