import { useMemo } from 'react';
import type { Client, ClientInput, DischargeInput } from '../../../shared/domain/client';
import { useActorContext } from '../../session';
import { createClientRecord, dischargeClientRecord, updateClientRecord } from './client-actions';

export interface ClientActions {
  readonly create: (input: ClientInput) => Promise<Client>;
  /**
   * Saves the form over the record. `openedWith` is the version the form was opened with: if another laptop's
   * version arrived meanwhile, it is kept as a conflict copy (Conflicts) instead of vanishing under the form's.
   */
  readonly update: (openedWith: Client, input: ClientInput) => Promise<Client>;
  readonly discharge: (client: Client, input: DischargeInput) => Promise<Client>;
}

/** Writes to client records (client-actions.ts), bound to the signed-in user. */
export function useClientActions(): ClientActions {
  const ctx = useActorContext();
  return useMemo(
    () => ({
      create: (input) => createClientRecord(ctx, input),
      update: (openedWith, input) => updateClientRecord(ctx, openedWith, input),
      discharge: (client, input) => dischargeClientRecord(ctx, client, input),
    }),
    [ctx],
  );
}
