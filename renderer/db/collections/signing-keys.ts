import { combineLatest, map, type Observable } from 'rxjs';
import { isKeyRevocation, type KeyRevocation } from '../../../shared/signing/revocations';
import { isKeyCertificate, isSigningKey, type KeyCertificate, type SigningKey } from '../../../shared/signing/signing-types';
import type { ClinicRecord } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { findClinicRecords, getClinicRecord, insertClinicRecord, watchClinicRecords } from './clinic.collection';
import type { WriteContext } from './collection-spec';

/**
 * Public signing keys and their certificates, stored as sealed, synced clinic records (kinds 'signing-key' and
 * 'key-certificate', about the staff member). Both are append-only: a key or certificate is never changed. A revocation
 * (shared/signing/revocations.ts) is a 'key-certificate' record too, told apart by its data's `type`: a statement
 * about a certificate, kept in that kind so no clinic schema version was needed.
 */

export interface KeyRecords {
  readonly keys: readonly SigningKey[];
  readonly certificates: readonly KeyCertificate[];
  readonly revocations: readonly KeyRevocation[];
}

const keyRecordId = (keyId: string) => `signing-key.${keyId}`;
const certificateRecordId = (c: Pick<KeyCertificate, 'keyId' | 'issuerKeyId'>) => `key-certificate.${c.keyId}.${c.issuerKeyId}`;
const revocationRecordId = (r: Pick<KeyRevocation, 'keyId' | 'issuerKeyId'>) => `key-revocation.${r.keyId}.${r.issuerKeyId}`;

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

/** Stores a revocation once per (key, issuer key): the first one an admin's key signed stands. */
export async function storeRevocation(db: WaypointDatabase, revocation: KeyRevocation, ctx: WriteContext): Promise<void> {
  const id = revocationRecordId(revocation);
  if (await getClinicRecord(db, id)) throw new Error('This key was already revoked with your key.');
  const record = { kind: 'key-certificate', status: 'open', refCollection: 'staff', refId: revocation.userId, data: { ...revocation }, reason: '' } as const;
  await insertClinicRecord(db, record, { ...ctx, id });
}

const keysOf = (records: readonly ClinicRecord[]): SigningKey[] => records.flatMap((r) => (isSigningKey(r.data) ? [r.data] : []));
const certificatesOf = (records: readonly ClinicRecord[]): KeyCertificate[] => records.flatMap((r) => (isKeyCertificate(r.data) ? [r.data] : []));
const revocationsOf = (records: readonly ClinicRecord[]): KeyRevocation[] => records.flatMap((r) => (isKeyRevocation(r.data) ? [r.data] : []));
const recordsOf = (keys: readonly ClinicRecord[], certificates: readonly ClinicRecord[]): KeyRecords => ({
  keys: keysOf(keys),
  certificates: certificatesOf(certificates),
  revocations: revocationsOf(certificates),
});

export async function readKeyRecords(db: WaypointDatabase): Promise<KeyRecords> {
  const [keys, certificates] = await Promise.all([findClinicRecords(db, 'signing-key'), findClinicRecords(db, 'key-certificate')]);
  return recordsOf(keys, certificates);
}

/** Every public key and certificate, kept live (a certificate arriving by sync re-verifies what is on screen). */
export function watchKeyRecords(db: WaypointDatabase): Observable<KeyRecords> {
  return combineLatest([watchClinicRecords(db, 'signing-key'), watchClinicRecords(db, 'key-certificate')]).pipe(
    map(([keys, certificates]) => recordsOf(keys, certificates)),
  );
}
