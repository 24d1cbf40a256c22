import { verifyAuditChains, type AuditChainReport } from '../../../shared/audit/audit-chain';
import { checkCheckpoints, type AuditCheckpoint, type ChainAsStored, type DeviceCheckpointReport } from '../../../shared/audit/audit-checkpoint';
import type { AuditEvent } from '../../../shared/domain/audit';
import type { SignatureVerdict } from '../../../shared/signing/verdict';
import type { WaypointDatabase } from '../schema-plan';
import { readAuditCheckpoints } from './audit-checkpoints';
import { auditDeviceId, auditEventHash, toAuditEvent } from './audit.collection';

/** What a verification of the whole audit log found, and which device is this laptop. */
export interface AuditTrailCheck extends AuditChainReport {
  readonly thisDeviceId: string;
  readonly checkedAt: string;
  /** Each laptop's chain against its signed checkpoints, by laptop (empty when checkpoints were not checked). */
  readonly checkpoints: ReadonlyMap<string, DeviceCheckpointReport>;
}

/** The verdict on a checkpoint's signature (renderer/signing checks it against the clinic's keys). */
export type CheckpointVerifier = (checkpoint: AuditCheckpoint) => Promise<SignatureVerdict>;

function chainsAsStored(events: readonly AuditEvent[], hashes: ReadonlyMap<string, string>): ReadonlyMap<string, ChainAsStored> {
  const byDevice = new Map<string, Map<number, string[]>>();
  for (const e of events) {
    if (!e.chain) continue;
    const atSeq = byDevice.get(e.chain.deviceId) ?? new Map<number, string[]>();
    atSeq.set(e.chain.seq, [...(atSeq.get(e.chain.seq) ?? []), hashes.get(e.id) ?? '']);
    byDevice.set(e.chain.deviceId, atSeq);
  }
  const chains = [...byDevice].map(([id, atSeq]) => [id, { lastSeq: Math.max(...atSeq.keys()), hashesAt: (seq: number) => atSeq.get(seq) ?? [] }] as const);
  return new Map(chains);
}

async function checkpointReports(db: WaypointDatabase, chains: ReadonlyMap<string, ChainAsStored>, verify: CheckpointVerifier) {
  const stored = await readAuditCheckpoints(db);
  const checked = await Promise.all(stored.map(async (checkpoint) => ({ checkpoint, verdict: await verify(checkpoint) })));
  return checkCheckpoints(chains, checked);
}

/**
 * Reads every audit event on this laptop (its own and those synced from others), hashes each chained one and checks
 * every device's chain, and, given a verifier, each chain against its newest checkpoint whose signature verifies.
 * Reads the whole log: run it on demand or on opening the log, not on every render.
 */
export async function checkAuditTrail(db: WaypointDatabase, now: Date, verify?: CheckpointVerifier): Promise<AuditTrailCheck> {
  const events = (await db.audit.find().exec()).map((d) => toAuditEvent(d.toMutableJSON(false)));
  const hashes = new Map<string, string>();
  for (const e of events) if (e.chain) hashes.set(e.id, await auditEventHash({ ...e, chain: e.chain }));
  const report = verifyAuditChains(events, (e) => hashes.get(e.id) ?? '');
  const checkpoints = verify ? await checkpointReports(db, chainsAsStored(events, hashes), verify) : new Map<string, DeviceCheckpointReport>();
  return { ...report, thisDeviceId: await auditDeviceId(db), checkedAt: now.toISOString(), checkpoints };
}
