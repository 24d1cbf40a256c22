import { useCallback, useState } from 'react';
import { SYNC_PLANS } from '../../db/sync-plan';
import { provisionClinic, type ProvisionedClinic } from '../../sync/clinic-server';
import { ClinicServerError } from '../../sync/server-errors';
import type { ConnectFormValues } from './connect-form';

export interface ConnectClinicState {
  readonly connecting: boolean;
  /** What went wrong, worded for the admin (each server problem has its own message). */
  readonly error: string | null;
  readonly connect: (values: ConnectFormValues) => Promise<ProvisionedClinic | null>;
}

/** Provisions the clinic on its server once; the admin password is used for this call only and not kept. */
export function useConnectClinic(): ConnectClinicState {
  const [connecting, setConnecting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const connect = useCallback(async (values: ConnectFormValues): Promise<ProvisionedClinic | null> => {
    setConnecting(true);
    setError(null);
    try {
      return await provisionClinic({ url: values.url, admin: { username: values.username, password: values.password }, clinicId: values.clinicId, collections: SYNC_PLANS });
    } catch (e) {
      setError(e instanceof ClinicServerError ? e.message : `Connecting failed: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    } finally {
      setConnecting(false);
    }
  }, []);
  return { connecting, error, connect };
}
