import type { CryptoProvider } from '../../../shared/crypto/provider';
import { certifiedEncryptionKeys } from '../../../shared/signing/encryption-keys';
import { auditFor } from '../../audit';
import { createWebCryptoProvider } from '../../crypto/web-crypto-provider';
import { readEncryptionKeys, readKeyRecords } from '../../db';
import { keepGenerations, readHeldGenerations } from '../../member-keys/local-keys';
import { writeStamp, type ActorContext } from '../../session';
import type { SigningSession } from '../../signing/signing-session';
import { keyDirectoryOf } from '../../signing/trust';
import { signBytes, webCryptoChecker } from '../../signing/webcrypto-signing';
import { connectWithCurrentGuards, rotateSyncKey, type RotationOutcome } from '../../sync/key-rotation';
import type { AccountRemovalTarget } from './staff-actions';

/** What the admin's laptop holds to rotate: its open signing session and the clinic master key. */
export interface RotationKeys {
  readonly signing: SigningSession;
  readonly master: Uint8Array;
  readonly crypto?: CryptoProvider;
}

/**
 * After a member is removed (issue 18 item 4d): makes sync key generation N+1 on this laptop, wraps it to each
 * remaining active member's vouched-for encryption keys in the keyring, keeps it here, and audits "key rotation".
 * `remaining` are the ids of the staff members still active; the removed member is not among them and gets no entry.
 * Data already on the server stays sealed under the older generation (docs/security.md says why).
 */
export async function rotateAfterRemoval(
  ctx: ActorContext,
  target: AccountRemovalTarget,
  keys: RotationKeys,
  remaining: readonly string[],
): Promise<RotationOutcome> {
  const crypto = keys.crypto ?? createWebCryptoProvider();
  const { signing } = keys;
  if (signing.role !== 'admin') throw new Error('Only an admin rotates the sync key.');
  const dir = await keyDirectoryOf(await readKeyRecords(ctx.db), signing);
  const recipients = await certifiedEncryptionKeys(await readEncryptionKeys(ctx.db), new Set(remaining), dir, webCryptoChecker);
  const admin = await connectWithCurrentGuards(target.server, target.admin, target.fetch);
  const signer = { keyId: signing.key.keyId, sign: (bytes: Uint8Array) => signBytes(signing.key.privateKey, bytes) };
  const stamp = writeStamp(ctx);
  const owner = { crypto, store: signing.store, master: keys.master, laptopId: signing.laptopId, userId: signing.userId };
  const heldNewest = Math.max(0, ...(await readHeldGenerations(owner)).keys());
  const rotation = await rotateSyncKey(admin, { crypto, clinicId: target.server.clinicId, recipients, signer, now: stamp.now, heldNewest });
  await keepGenerations(owner, new Map([[rotation.generation, rotation.raw]]));
  rotation.raw.fill(0);
  // The rotating admin keeps the key on this laptop; anyone else without a vouched-for key waits for an enrollment code.
  const waiting = remaining.filter((id) => id !== signing.userId && !rotation.userIds.includes(id));
  const members = rotation.userIds.length;
  const detail = `Rotated the sync key to generation ${rotation.generation}: wrapped to ${members} member${members === 1 ? '' : 's'} (${recipients.length} laptop${recipients.length === 1 ? '' : 's'})${
    waiting.length > 0 ? `; ${waiting.length} without an encryption key need a new enrollment code` : ''
  }`;
  await auditFor(ctx, 'vault')('key-rotation', `sync-key-${rotation.generation}`, detail, stamp.now);
  return { generation: rotation.generation, members: rotation.userIds.length, waiting };
}
