import { bytesEqual } from '../../shared/crypto/bytes';
import { encryptionKeyBytes, type EncryptionKey } from '../../shared/signing/encryption-keys';
import type { WaypointDatabase } from '../db';
import { publishEncryptionKey, readEncryptionKey } from '../db';
import type { SigningSession } from '../signing/signing-session';
import { signBytes } from '../signing/webcrypto-signing';
import { openOrCreateEncryptionKey, type LocalKeyOwner, type OpenEncryptionKey } from './local-keys';

/**
 * Unlock: opens (on first unlock: creates) the user's encryption key on this laptop and publishes its public half,
 * signed by the user's signing key on this laptop, as a synced clinic record. Needs the signing session: a laptop
 * whose signing key did not open publishes nothing (a rotated key then reaches the member by an enrollment code).
 * A claim already published as it stands is not signed again (every sync start came here).
 */
export async function openEncryptionKey(db: WaypointDatabase, signing: SigningSession, owner: LocalKeyOwner, now: Date): Promise<OpenEncryptionKey> {
  const { key } = await openOrCreateEncryptionKey(owner, now);
  const claim = {
    keyId: key.keyId,
    userId: signing.userId,
    laptopId: signing.laptopId,
    publicKey: key.publicKey,
    createdAt: key.createdAt,
    signingKeyId: signing.key.keyId,
  };
  const published = await readEncryptionKey(db, key.keyId);
  if (published && bytesEqual(encryptionKeyBytes(published), encryptionKeyBytes(claim))) return key;
  const record: EncryptionKey = { ...claim, sig: await signBytes(signing.key.privateKey, encryptionKeyBytes(claim)) };
  await publishEncryptionKey(db, record, { authorId: signing.userId, now });
  return key;
}
