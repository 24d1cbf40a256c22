import type { Client, ClientInput, DischargeInput } from '../../../shared/domain/client';
import { isPart2Client } from '../../../shared/reports';
import { auditFor } from '../../audit';
import { insertClient, dischargeClient, getClient, updateClient } from '../../db';
import { writeStamp, type ActorContext } from '../../session';
import { keepArrivedVersion } from '../../drafts/keep-arrived';
import { updatedVersion } from '../../drafts/form-arrival';
import { changedFields } from './client-form';

/* Writes to client records, each followed by its audit event, authored by the context's actor. */

export async function createClientRecord(ctx: ActorContext, input: ClientInput): Promise<Client> {
  const stamp = writeStamp(ctx);
  const client = await insertClient(ctx.db, input, stamp);
  await auditFor(ctx, 'client')('create', client.id, 'Created the client record', stamp.now);
  return client;
}

/**
 * Saves the form over the record. `openedWith` is the version the form was opened with: if another laptop's version
 * arrived meanwhile, it is kept as a conflict copy (Conflicts) instead of vanishing under the form's.
 */
export async function updateClientRecord(ctx: ActorContext, openedWith: Client, input: ClientInput): Promise<Client> {
  const stamp = writeStamp(ctx);
  const before = (await getClient(ctx.db, openedWith.id)) ?? openedWith;
  await keepArrivedVersion(ctx.db, 'clients', { opened: openedWith, stored: before, versionOf: updatedVersion }, stamp.now);
  const client = await updateClient(ctx.db, before.id, input, stamp);
  // An older record's Part 2 mark is its program's default: saving that default explicitly is no change.
  const changed = changedFields({ ...before, part2: isPart2Client(before) }, input);
  await auditFor(ctx, 'client')('edit', client.id, changed.length ? `Changed ${changed.join(', ')}` : 'Saved without changes', stamp.now);
  return client;
}

export async function dischargeClientRecord(ctx: ActorContext, before: Client, input: DischargeInput): Promise<Client> {
  const stamp = writeStamp(ctx);
  const client = await dischargeClient(ctx.db, before.id, input, stamp);
  await auditFor(ctx, 'client')('discharge', client.id, `Discharged: ${input.dischargeReason}`, stamp.now);
  return client;
}
