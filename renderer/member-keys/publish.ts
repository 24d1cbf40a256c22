import type { CryptoProvider } from '../../shared/crypto/provider';
import { encryptionKeyBytes, type EncryptionKey } from '../../shared/signing/encryption-keys';
import { createWebCryptoProvider } from '../crypto/web-crypto-provider';
import type { WaypointDatabase } from '../db';
import { publishEncryptionKey } from '../db';
import type { SigningSession } from '../signing/signing-session';
import { signBytes } from '../signing/webcrypto-signing';
import { openOrCreateEncryptionKey, type OpenEncryptionKey } from './local-keys';

/**
 * Unlock: opens (on first unlock: creates) the user's encryption key on this laptop and publishes its public half,
 * signed by the user's signing key on this laptop, as a synced clinic record. Needs the signing session: a laptop
 * whose signing key did not open publishes nothing (a rotated key then reaches the member by an enrollment code).
 */
export async function openEncryptionKey(
  db: WaypointDatabase,
  signing: SigningSession,
  master: Uint8Array,
  now: Date,
  crypto: CryptoProvider = createWebCryptoProvider(),
): Promise<OpenEncryptionKey> {
  const owner = { crypto, store: signing.store, master, personal: signing.personal, laptopId: signing.laptopId, userId: signing.userId };
  const { key } = await openOrCreateEncryptionKey(owner, now);
  const claim = {
    keyId: key.keyId,
    userId: signing.userId,
    laptopId: signing.laptopId,
    publicKey: key.publicKey,
    createdAt: key.createdAt,
    signingKeyId: signing.key.keyId,
  };
  const record: EncryptionKey = { ...claim, sig: await signBytes(signing.key.privateKey, encryptionKeyBytes(claim)) };
  await publishEncryptionKey(db, record, { authorId: signing.userId, now });
  return key;
}
