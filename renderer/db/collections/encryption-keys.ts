import { isEncryptionKey, type EncryptionKey } from '../../../shared/signing/encryption-keys';
import type { WaypointDatabase } from '../schema-plan';
import { findClinicRecords, getClinicRecord, insertClinicRecord } from './clinic.collection';
import type { WriteContext } from './collection-spec';

/**
 * Members' public encryption keys (issue 18 item 4d), stored as sealed, synced clinic records of kind 'encryption-key'
 * about the staff member; append-only like the signing keys.
 */

const recordId = (keyId: string) => `encryption-key.${keyId}`;

/** Stores a public encryption key once (a second publish of the same key is a no-op). */
export async function publishEncryptionKey(db: WaypointDatabase, key: EncryptionKey, ctx: WriteContext): Promise<void> {
  if (await getClinicRecord(db, recordId(key.keyId))) return;
  const record = { kind: 'encryption-key', status: 'open', refCollection: 'staff', refId: key.userId, data: { ...key }, reason: '' } as const;
  await insertClinicRecord(db, record, { ...ctx, id: recordId(key.keyId) });
}

export async function readEncryptionKeys(db: WaypointDatabase): Promise<readonly EncryptionKey[]> {
  return (await findClinicRecords(db, 'encryption-key')).flatMap((r) => (isEncryptionKey(r.data) ? [r.data] : []));
}

/** The published record of one encryption key, or null. */
export async function readEncryptionKey(db: WaypointDatabase, keyId: string): Promise<EncryptionKey | null> {
  const record = await getClinicRecord(db, recordId(keyId));
  return record && isEncryptionKey(record.data) ? record.data : null;
}
