import { useMemo } from 'react';
import type { Client, ClientInput, DischargeInput } from '../../../shared/domain/client';
import { appendAudit, createClient, dischargeClient, getClient, updateClient, useDatabase } from '../../db';
import { keepOverwrittenVersion } from '../../sync/sync-records';
import { useSignedIn } from '../../session';
import { changedFields } from './client-form';

export interface ClientActions {
  readonly create: (input: ClientInput) => Promise<Client>;
  /**
   * Saves the form over the record. `openedWith` is the version the form was opened with: if another laptop's
   * version arrived meanwhile, it is kept as a conflict copy (Conflicts) instead of vanishing under the form's.
   */
  readonly update: (openedWith: Client, input: ClientInput) => Promise<Client>;
  readonly discharge: (client: Client, input: DischargeInput) => Promise<Client>;
}

/** Writes to client records, each followed by its audit event, authored by the signed-in user. */
export function useClientActions(): ClientActions {
  const db = useDatabase();
  const { user } = useSignedIn();
  return useMemo(() => {
    const audit = (action: 'create' | 'edit' | 'discharge', entityId: string, detail: string, now: Date) =>
      appendAudit(db, { action, entity: 'client', entityId, actorId: user.id, detail }, { now });
    return {
      create: async (input) => {
        const now = new Date();
        const client = await createClient(db, input, { authorId: user.id, now });
        await audit('create', client.id, 'Created the client record', now);
        return client;
      },
      update: async (openedWith, input) => {
        const now = new Date();
        const before = (await getClient(db, openedWith.id)) ?? openedWith;
        if (before.updatedAt !== openedWith.updatedAt) await keepOverwrittenVersion(db, 'clients', before as unknown as Readonly<Record<string, unknown>>, now);
        const client = await updateClient(db, before.id, input, { authorId: user.id, now });
        const changed = changedFields(before, input);
        await audit('edit', client.id, changed.length ? `Changed ${changed.join(', ')}` : 'Saved without changes', now);
        return client;
      },
      discharge: async (before, input) => {
        const now = new Date();
        const client = await dischargeClient(db, before.id, input, { authorId: user.id, now });
        await audit('discharge', client.id, `Discharged: ${input.dischargeReason}`, now);
        return client;
      },
    };
  }, [db, user.id]);
}
