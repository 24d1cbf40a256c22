import { Alert, Button, PasswordInput, Select, Stack } from '@mantine/core';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { preselectedUnlockUser } from '../../../shared/domain/lockout';
import type { UnlockResult } from '../../vault/vault';
import { FirstSignInForm } from './FirstSignInForm';
import { unlockFailureMessage } from './unlock-messages';
import { useCountdown } from './useCountdown';
import { errorMessage } from '../../../shared/error-message';

export interface UnlockUser {
  readonly id: string;
  readonly name: string;
  /** Waiting for their first sign-in with a one-time code. */
  readonly firstSignIn?: boolean;
}

interface Props {
  users: readonly UnlockUser[];
  lastUserId: string | null;
  /** With a one-time `code`: the first sign-in, `passphrase` being the one they chose. */
  onUnlock: (userId: string, passphrase: string, code?: string) => Promise<UnlockResult>;
}

/** Who are you + passphrase; a wrong passphrase is refused with a clear message and a growing delay. */
export function UnlockForm({ users, lastUserId, onUnlock }: Props) {
  const [userId, setUserId] = useState<string | null>(() =>
    preselectedUnlockUser(
      users.map((u) => u.id),
      lastUserId,
    ),
  );
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [waitMs, startWait] = useCountdown();
  const passphraseRef = useRef<HTMLInputElement>(null);
  // The lock screen exists to type a passphrase: put the caret there (and back there after a failure).
  useEffect(() => {
    if (!busy) passphraseRef.current?.focus();
  }, [busy]);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!userId) {
      setError('Choose your name.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await onUnlock(userId, passphrase);
      if (!result.ok) {
        setError(unlockFailureMessage(result, 'passphrase'));
        startWait(result.waitMs);
        setPassphrase('');
        setBusy(false);
      }
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  const who = (
    <Select label="Who are you?" data={users.map((u) => ({ value: u.id, label: u.name }))} value={userId} onChange={setUserId} allowDeselect={false} />
  );
  const first = users.find((u) => u.id === userId)?.firstSignIn === true;
  if (first && userId) {
    return (
      <Stack>
        {who}
        <FirstSignInForm key={userId} onSignIn={(code, chosen) => onUnlock(userId, chosen, code)} />
      </Stack>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {who}
        <PasswordInput
          label="Passphrase"
          value={passphrase}
          ref={passphraseRef}
          onChange={(e) => {
            setPassphrase(e.currentTarget.value);
          }}
        />
        {error && (
          <Alert color="red" role="alert" title="Not unlocked">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={busy} disabled={waitMs > 0 || passphrase === ''}>
          {waitMs > 0 ? `Unlock (wait ${Math.ceil(waitMs / 1000)} s)` : 'Unlock'}
        </Button>
      </Stack>
    </form>
  );
}
