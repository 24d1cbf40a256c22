import { useCallback, useState } from 'react';
import type { ServerInfo } from '../../sync/clinic-session';
import { allowClinicServer } from '../../host/clinic-server';
import { ClinicServerError } from '../../sync/server-errors';
import type { ConnectFormValues } from './connect-form';
import { useClinicSync } from './sync-context';
import { errorMessage } from '../../../shared/error-message';

export interface ConnectClinicState {
  readonly connecting: boolean;
  /** What went wrong, worded for the admin (each server problem has its own message). */
  readonly error: string | null;
  readonly connect: (values: ConnectFormValues) => Promise<ServerInfo | null>;
}

/** Words for a failure talking to the clinic server. */
export function serverErrorText(e: unknown, what: string): string {
  return e instanceof ClinicServerError ? e.message : `${what} failed: ${errorMessage(e)}`;
}

/** Connects the clinic to its server once; the admin password is used for this call only and not kept. */
export function useConnectClinic(): ConnectClinicState {
  const { connect: connectServer } = useClinicSync();
  const [connecting, setConnecting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const connect = useCallback(
    async (values: ConnectFormValues): Promise<ServerInfo | null> => {
      setConnecting(true);
      setError(null);
      try {
        await allowClinicServer(values.url);
        return await connectServer({ url: values.url, clinicId: values.clinicId, admin: { username: values.username, password: values.password } });
      } catch (e) {
        setError(serverErrorText(e, 'Connecting'));
        return null;
      } finally {
        setConnecting(false);
      }
    },
    [connectServer],
  );
  return { connecting, error, connect };
}
