import { auditFor } from '../../audit';
import { insertClinicRecord } from '../../db';
import { writeStamp, type ActorContext } from '../../session';
import { signerFor } from '../../signing';
import { ackActionLabel, ackHash, type AckAction } from './safety-alerts';

/* A clinician's signed answer to a client's open safety alerts, followed by its audit event. */

export interface AckInput {
  readonly responseIds: readonly string[];
  readonly action: AckAction;
  readonly note: string;
}

/** Answers the client's open safety alerts: a signed acknowledgement (its content hash goes in the audit). */
export async function acknowledgeSafetyAlert(ctx: ActorContext, clientId: string, { responseIds, action, note }: AckInput): Promise<void> {
  const stamp = writeStamp(ctx);
  const signedAt = stamp.now.toISOString();
  const contentHash = await ackHash({ clientId, responseIds, action, note, authorId: ctx.actor.id, signedAt });
  const signature = await signerFor(ctx.actor.id)?.('safety-ack', contentHash, signedAt);
  const data = { responseIds: [...responseIds], action, note, contentHash, ...(signature ? { signature: { ...signature } } : {}) };
  const record = { kind: 'safety-ack', status: 'resolved', refCollection: 'clients', refId: clientId, data, reason: '' } as const;
  const ack = await insertClinicRecord(ctx.db, record, stamp);
  await auditFor(ctx, 'response')(
    'sign',
    ack.id,
    `Safety alert answered for client ${clientId}: ${ackActionLabel(action)} (SHA-256 ${contentHash})`,
    stamp.now,
  );
}
