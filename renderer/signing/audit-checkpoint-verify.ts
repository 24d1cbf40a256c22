import type { AuditCheckpoint } from '../../shared/audit/audit-checkpoint';
import { verifySignature, type KeyDirectory, type SignatureVerdict } from '../../shared/signing/verdict';
import type { CheckpointVerifier, WaypointDatabase } from '../db';
import { readKeyRecords } from '../db';
import { checkpointHash } from './audit-checkpoints';
import { currentSigningSession } from './signing-session';
import { keyDirectoryOf } from './trust';
import { webCryptoChecker } from './webcrypto-signing';

/** The verdict on one checkpoint's signature under a key directory. */
export async function checkpointVerdict(checkpoint: AuditCheckpoint, dir: KeyDirectory): Promise<SignatureVerdict> {
  const subject = {
    signerId: checkpoint.signerId,
    purpose: 'audit-checkpoint',
    contentHash: await checkpointHash(checkpoint),
    signature: checkpoint.signature,
    // A checkpoint speaks for one laptop's chain: only a key issued for that laptop may sign it.
    laptopId: checkpoint.deviceId,
  } as const;
  return verifySignature(subject, dir, webCryptoChecker);
}

/** A verifier for checkAuditTrail: the clinic's keys as stored now, under this laptop's pinned root. */
export async function checkpointVerifier(db: WaypointDatabase): Promise<CheckpointVerifier> {
  const records = await readKeyRecords(db);
  const session = currentSigningSession();
  const dir: KeyDirectory = session ? await keyDirectoryOf(records, session) : { ...records, anchor: { clinicId: '', rootKeyId: '' } };
  return (checkpoint) => checkpointVerdict(checkpoint, dir);
}
