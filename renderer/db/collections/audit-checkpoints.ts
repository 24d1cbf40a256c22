import { isAuditCheckpoint, type AuditCheckpoint } from '../../../shared/audit/audit-checkpoint';
import type { WaypointDatabase } from '../schema-plan';
import { findClinicRecords, getClinicRecord, insertClinicRecord } from './clinic.collection';
import type { WriteContext } from './collection-spec';

/**
 * Signed checkpoints of each laptop's audit chain head, stored as sealed, synced clinic records (kind
 * 'audit-checkpoint', about the laptop). Append-only: one record per (laptop, number), never changed.
 */

const checkpointId = (c: Pick<AuditCheckpoint, 'deviceId' | 'seq'>) => `audit-checkpoint.${c.deviceId}.${String(c.seq)}`;

/** Stores a checkpoint once per (laptop, number): a second one for the same head is a no-op. */
export async function storeAuditCheckpoint(db: WaypointDatabase, checkpoint: AuditCheckpoint, ctx: WriteContext): Promise<void> {
  const id = checkpointId(checkpoint);
  if (await getClinicRecord(db, id)) return;
  const record = { kind: 'audit-checkpoint', status: 'open', refCollection: 'audit', refId: checkpoint.deviceId, data: { ...checkpoint }, reason: '' } as const;
  await insertClinicRecord(db, record, { ...ctx, id });
}

/** Every stored checkpoint that is shaped like one (its signature is checked by the caller). */
export async function readAuditCheckpoints(db: WaypointDatabase): Promise<readonly AuditCheckpoint[]> {
  return (await findClinicRecords(db, 'audit-checkpoint')).flatMap((r) => (isAuditCheckpoint(r.data) ? [r.data] : []));
}
