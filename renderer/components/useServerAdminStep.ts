import { useState } from 'react';
import type { SyncCredentials } from '../sync/encrypting-fetch';
import { NO_SERVER_ADMIN, serverAdminComplete, type ServerAdminInput } from './ServerAdminFields';
import { useSubmit, type Submit } from './useSubmit';
import type { FailureText } from './submit';

export interface ServerAdminStep {
  readonly admin: ServerAdminInput;
  readonly setAdmin: (admin: ServerAdminInput) => void;
  /** Show "Enter …" at the empty fields (a submit was tried with one missing). */
  readonly missing: boolean;
  readonly submitting: Omit<Submit<[]>, 'run'>;
  /** Runs the step when both fields hold something; the password is cleared after a success. */
  readonly submit: () => Promise<void>;
  /** Forgets the password, the error and the missing marks (closing a dialog). */
  readonly reset: () => void;
}

/**
 * A step that needs the server admin's credentials (update the server, disable or re-enable an account): the two
 * fields, the "missing" check before anything is sent, and the password cleared once used — never stored.
 */
export function useServerAdminStep(step: (admin: SyncCredentials) => Promise<void>, options: { readonly failure?: FailureText } = {}): ServerAdminStep {
  const [admin, setAdmin] = useState(NO_SERVER_ADMIN);
  const [missing, setMissing] = useState(false);
  const { run, ...submitting } = useSubmit(async () => {
    await step({ username: admin.username.trim(), password: admin.password });
    setAdmin({ ...admin, password: '' });
  }, options);
  return {
    admin,
    setAdmin,
    missing,
    submitting,
    submit: async () => {
      const complete = serverAdminComplete(admin);
      setMissing(!complete);
      if (complete) await run();
    },
    reset: () => {
      setAdmin({ ...admin, password: '' });
      submitting.setError(null);
      setMissing(false);
    },
  };
}
