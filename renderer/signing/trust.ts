import { rootCandidate } from '../../shared/signing/certificates';
import { chainedCertificate, revocationOf } from '../../shared/signing/revocations';
import { certificateBytes, type KeyCertificate, type SigningKey } from '../../shared/signing/signing-types';
import type { KeyDirectory } from '../../shared/signing/verdict';
import type { WaypointDatabase } from '../db';
import { readKeyRecords, storeCertificate, type KeyRecords } from '../db';
import { pinRoot, readPinnedRoot } from './private-keys';
import { currentSigningSession, type SigningSession } from './signing-session';
import { signBytes, webCryptoChecker } from './webcrypto-signing';

/** Certificates: the clinic's trust root, an admin certifying a key, and the pinned root each laptop checks against. */

async function issue(session: SigningSession, subject: SigningKey, role: string, now: Date): Promise<KeyCertificate> {
  const claim = {
    clinicId: session.clinicId,
    keyId: subject.keyId,
    userId: subject.userId,
    laptopId: subject.laptopId,
    publicKey: subject.publicKey,
    role,
    certifiedAt: now.toISOString(),
    issuerId: session.userId,
    issuerKeyId: session.key.keyId,
  };
  return { v: 1, ...claim, sig: await signBytes(session.key.privateKey, certificateBytes(claim)) };
}

/**
 * At clinic creation: the first admin's key certifies itself and becomes the trust root, pinned on this laptop.
 * Refused when the clinic already has a root (a second one would leave other laptops unable to choose).
 */
export async function makeTrustRoot(db: WaypointDatabase, session: SigningSession, now: Date): Promise<KeyCertificate> {
  if (session.role !== 'admin') throw new Error('Only an admin’s key can be the clinic’s trust root.');
  const { certificates } = await readKeyRecords(db);
  if (await rootCandidate(certificates, session.clinicId, webCryptoChecker)) throw new Error('This clinic already has a trust root.');
  const own: SigningKey = {
    keyId: session.key.keyId,
    userId: session.userId,
    laptopId: session.laptopId,
    publicKey: session.key.publicKey,
    createdAt: session.key.createdAt,
  };
  const cert = await issue(session, own, 'admin', now);
  await storeCertificate(db, cert, { authorId: session.userId, now });
  await pinRoot(session.store, session.clinicId, cert.keyId);
  return cert;
}

/** The records plus this laptop's pinned root; a laptop with none pins the clinic's one self-certified admin key. */
export async function keyDirectoryOf(records: KeyRecords, session: SigningSession): Promise<KeyDirectory> {
  let rootKeyId = await readPinnedRoot(session.store, session.clinicId);
  if (rootKeyId === '') {
    const root = await rootCandidate(records.certificates, session.clinicId, webCryptoChecker);
    if (root) {
      await pinRoot(session.store, session.clinicId, root.keyId);
      rootKeyId = root.keyId;
    }
  }
  return { ...records, anchor: { clinicId: session.clinicId, rootKeyId } };
}

/** Why the session's user cannot certify keys ('' when they can): an admin whose own key is certified. */
export async function certifyBlocker(dir: KeyDirectory, session: SigningSession | null): Promise<string> {
  if (!session || session.role !== 'admin') return 'Only an admin certifies signing keys.';
  const own = await chainedCertificate(session.key.keyId, dir, webCryptoChecker);
  if (own?.role !== 'admin') return 'Your own signing key on this laptop is not certified yet: another admin certifies it first.';
  return (await revocationOf(session.key.keyId, dir, webCryptoChecker)) ? 'Your own signing key on this laptop was revoked.' : '';
}

/** An admin certifies a user's key with the user's current role; the certificate is stored as a synced record. */
export async function certifySigningKey(db: WaypointDatabase, session: SigningSession, subject: SigningKey, role: string, now: Date): Promise<KeyCertificate> {
  const records = await readKeyRecords(db);
  const blocker = await certifyBlocker(await keyDirectoryOf(records, session), session);
  if (blocker) throw new Error(blocker);
  const cert = await issue(session, subject, role, now);
  await storeCertificate(db, cert, { authorId: session.userId, now });
  return cert;
}

/** Clinic creation: the first admin's freshly opened key becomes the trust root. */
export async function makeTrustRootOnCreation(db: WaypointDatabase, now: Date): Promise<void> {
  const session = currentSigningSession();
  if (session) await makeTrustRoot(db, session, now);
}
