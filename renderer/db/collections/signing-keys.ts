import { combineLatest, map, type Observable } from 'rxjs';
import { isKeyCertificate, isSigningKey, type KeyCertificate, type SigningKey } from '../../../shared/signing/signing-types';
import type { ClinicRecord } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { findClinicRecords, getClinicRecord, insertClinicRecord, watchClinicRecords } from './clinic.collection';
import type { WriteContext } from './collection-spec';

/**
 * Public signing keys and their certificates, stored as sealed, synced clinic records (kinds 'signing-key' and
 * 'key-certificate', about the staff member). Both are append-only: a key or certificate is never changed.
 */

export interface KeyRecords {
  readonly keys: readonly SigningKey[];
  readonly certificates: readonly KeyCertificate[];
}

const keyRecordId = (keyId: string) => `signing-key.${keyId}`;
const certificateRecordId = (c: Pick<KeyCertificate, 'keyId' | 'issuerKeyId'>) => `key-certificate.${c.keyId}.${c.issuerKeyId}`;

/** Stores a public key once (a second publish of the same key is a no-op). */
export async function publishSigningKey(db: WaypointDatabase, key: SigningKey, ctx: WriteContext): Promise<void> {
  if (await getClinicRecord(db, keyRecordId(key.keyId))) return;
  const record = { kind: 'signing-key', status: 'open', refCollection: 'staff', refId: key.userId, data: { ...key }, reason: '' } as const;
  await insertClinicRecord(db, record, { ...ctx, id: keyRecordId(key.keyId) });
}

/** Stores a certificate once per (key, issuer key). */
export async function storeCertificate(db: WaypointDatabase, cert: KeyCertificate, ctx: WriteContext): Promise<void> {
  const id = certificateRecordId(cert);
  if (await getClinicRecord(db, id)) return;
  const record = { kind: 'key-certificate', status: 'open', refCollection: 'staff', refId: cert.userId, data: { ...cert }, reason: '' } as const;
  await insertClinicRecord(db, record, { ...ctx, id });
}

const keysOf = (records: readonly ClinicRecord[]): SigningKey[] => records.flatMap((r) => (isSigningKey(r.data) ? [r.data] : []));
const certificatesOf = (records: readonly ClinicRecord[]): KeyCertificate[] => records.flatMap((r) => (isKeyCertificate(r.data) ? [r.data] : []));

export async function readKeyRecords(db: WaypointDatabase): Promise<KeyRecords> {
  const [keys, certificates] = await Promise.all([findClinicRecords(db, 'signing-key'), findClinicRecords(db, 'key-certificate')]);
  return { keys: keysOf(keys), certificates: certificatesOf(certificates) };
}

/** Every public key and certificate, kept live (a certificate arriving by sync re-verifies what is on screen). */
export function watchKeyRecords(db: WaypointDatabase): Observable<KeyRecords> {
  return combineLatest([watchClinicRecords(db, 'signing-key'), watchClinicRecords(db, 'key-certificate')]).pipe(
    map(([keys, certificates]) => ({ keys: keysOf(keys), certificates: certificatesOf(certificates) })),
  );
}
