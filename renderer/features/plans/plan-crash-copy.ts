/**
 * The plan draft's crash-recovery copy (renderer/drafts/crash-copy.ts): typing not yet saved (a value the validation
 * refuses, or the debounce not run) survives a page reload. Each draft's key is a sealed 'settings' clinic record
 * (refId = the version's id), made when the draft is first opened; the copy in localStorage is only ciphertext.
 */
import { z } from 'zod';
import type { TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import { findClinicRecords, insertClinicRecord } from '../../db';
import { CRASH_COPY_ALTERED, newCrashCopyKey, readCrashCopy, type CrashCopyResult, type CrashCopyStorage } from '../../drafts/crash-copy';
import { writeStamp, type ActorContext } from '../../session';

const KEY_COLLECTION = 'plan-draft-key';
const PREFIX = 'waypoint.plan-recovery.';

/** Where the copy of a plan draft is kept in localStorage. */
export const planCopyKey = (versionId: string) => PREFIX + versionId;

/** The keys stored for a draft, newest first (two laptops may each have made one). */
async function keysOf(ctx: ActorContext, versionId: string): Promise<readonly string[]> {
  const records = await findClinicRecords(ctx.db, 'settings');
  return records
    .filter((r) => r.refCollection === KEY_COLLECTION && r.refId === versionId && typeof r.data.key === 'string')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .flatMap((r) => (typeof r.data.key === 'string' ? [r.data.key] : []));
}

/**
 * The key the editor writes the copy with: the draft's newest, made (and stored sealed) the first time. Not audited:
 * it is no clinical content, only what seals the typing left on this laptop.
 */
export async function planCopyWriteKey(ctx: ActorContext, versionId: string): Promise<string> {
  const [newest] = await keysOf(ctx, versionId);
  if (newest) return newest;
  const key = newCrashCopyKey();
  await insertClinicRecord(
    ctx.db,
    { kind: 'settings', status: 'open', refCollection: KEY_COLLECTION, refId: versionId, data: { key }, reason: '' },
    writeStamp(ctx),
  );
  return key;
}

const planSchema = z.custom<TreatmentPlanVersion>(
  (v) => z.object({ versionId: z.string(), problems: z.array(z.unknown()), targetBehaviours: z.array(z.unknown()) }).safeParse(v).success,
);

/**
 * The decrypted copy of a draft's typing, tried with each of its keys; a copy none of them opens is refused (with the
 * message to show) and removed.
 */
export async function readPlanCopy(ctx: ActorContext, versionId: string, storage: CrashCopyStorage): Promise<CrashCopyResult<TreatmentPlanVersion>> {
  if (storage.getItem(planCopyKey(versionId)) === null) return { status: 'none' };
  let message = CRASH_COPY_ALTERED;
  for (const key of await keysOf(ctx, versionId)) {
    const found = await readCrashCopy(planCopyKey(versionId), key, storage, planSchema);
    if (found.status === 'restored' && found.copy.content.versionId === versionId) return found;
    if (found.status === 'refused') message = found.message;
  }
  storage.removeItem(planCopyKey(versionId));
  return { status: 'refused', message };
}
