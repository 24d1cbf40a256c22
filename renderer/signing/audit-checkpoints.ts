import { checkpointDue, checkpointText, type AuditCheckpoint } from '../../shared/audit/audit-checkpoint';
import type { WaypointDatabase } from '../db';
import { onAuditHead, storeAuditCheckpoint } from '../db';
import { currentSigningSession, signerFor } from './signing-session';

/**
 * Signed checkpoints of this laptop's audit chain (issue 19 item 1): on lock and every CHECKPOINT_EVERY events the
 * signed-in user's key signs (laptop, number, head hash, time). Without an open signing key nothing is signed.
 */

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const checkpointHash = (c: Pick<AuditCheckpoint, 'deviceId' | 'seq' | 'headHash' | 'at'>) => sha256Hex(checkpointText(c));

/** Signs and stores a checkpoint of `head` as the signed-in user; false when no signing key is open. */
export async function writeAuditCheckpoint(
  db: WaypointDatabase,
  head: { readonly deviceId: string; readonly seq: number; readonly hash: string },
  now: Date,
): Promise<boolean> {
  const session = currentSigningSession();
  const sign = session ? signerFor(session.userId) : null;
  if (!session || !sign) return false;
  const claim = { deviceId: head.deviceId, seq: head.seq, headHash: head.hash, at: now.toISOString() };
  const signature = await sign('audit-checkpoint', await checkpointHash(claim), claim.at);
  await storeAuditCheckpoint(db, { v: 1, ...claim, signerId: session.userId, signature }, { authorId: session.userId, now });
  return true;
}

/** From unlock: a checkpoint after every lock event and every CHECKPOINT_EVERY-th event this laptop writes. */
export function startAuditCheckpoints(db: WaypointDatabase): void {
  onAuditHead(db, async (head, event, now) => {
    if (checkpointDue(head.seq, event.action)) await writeAuditCheckpoint(db, head, now);
  });
}
