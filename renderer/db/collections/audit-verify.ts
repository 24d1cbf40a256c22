import { verifyAuditChains, type AuditChainReport, type ChainedAuditEvent, type DeviceChainReport } from '../../../shared/audit/audit-chain';
import { verifyAfterMark, type VerifiedMark } from '../../../shared/audit/audit-chain-incremental';
import { checkCheckpoints, type AuditCheckpoint, type ChainAsStored, type DeviceCheckpointReport } from '../../../shared/audit/audit-checkpoint';
import type { AuditEvent } from '../../../shared/domain/audit';
import type { SignatureVerdict } from '../../../shared/signing/verdict';
import type { WaypointDatabase } from '../schema-plan';
import { readAuditCheckpoints } from './audit-checkpoints';
import { auditDeviceId, toAuditEvent } from './audit.collection';
import { checkDeviceFromMark, hashChained, hashesAt, listChainDevices, readVerifiedMarks, writeVerifiedMarks } from './audit-verify-incremental';

/** What a verification of the whole audit log found, and which device is this laptop. */
export interface AuditTrailCheck extends AuditChainReport {
  readonly thisDeviceId: string;
  readonly checkedAt: string;
  /** Each laptop's chain against its signed checkpoints, by laptop (empty when checkpoints were not checked). */
  readonly checkpoints: ReadonlyMap<string, DeviceCheckpointReport>;
  /** 'everything': every event read and hashed; 'since-last': only events after each laptop's verified mark. */
  readonly scope: 'everything' | 'since-last';
  /** With 'since-last': how many events were read. */
  readonly read?: number;
}

/** The verdict on a checkpoint's signature (renderer/signing checks it against the clinic's keys). */
export type CheckpointVerifier = (checkpoint: AuditCheckpoint) => Promise<SignatureVerdict>;

async function checkpointReports(db: WaypointDatabase, lastSeqs: ReadonlyMap<string, number>, verify: CheckpointVerifier) {
  const stored = await readAuditCheckpoints(db);
  const checked = await Promise.all(stored.map(async (checkpoint) => ({ checkpoint, verdict: await verify(checkpoint) })));
  // Only each laptop's newest checkpoint whose signature verifies is compared: its event is read through the index.
  const chains = new Map<string, ChainAsStored>();
  for (const deviceId of new Set([...lastSeqs.keys(), ...stored.map((c) => c.deviceId)])) {
    const newest = Math.max(
      0,
      ...checked
        .filter(({ checkpoint: c, verdict: v }) => c.deviceId === deviceId && v.state === 'verified' && v.signerId === c.signerId)
        .map((c) => c.checkpoint.seq),
    );
    const atNewest = newest > 0 ? await hashesAt(db, deviceId, newest) : [];
    chains.set(deviceId, { lastSeq: lastSeqs.get(deviceId) ?? 0, hashesAt: (seq) => (seq === newest ? atNewest : []) });
  }
  return checkCheckpoints(chains, checked);
}

/**
 * Reads every audit event on this laptop (its own and those synced from others), hashes each chained one and checks
 * every device's chain, and, given a verifier, each chain against its newest checkpoint whose signature verifies.
 * Reads the whole log ("Check everything"); also resets each laptop's verified mark for checkAuditTrailSinceMarks.
 */
export async function checkAuditTrail(db: WaypointDatabase, now: Date, verify?: CheckpointVerifier): Promise<AuditTrailCheck> {
  const events = (await db.audit.find().exec()).map((d) => toAuditEvent(d.toMutableJSON(false)));
  const hashes = await hashChained(events.flatMap((e) => (e.chain ? [{ ...e, chain: e.chain }] : [])));
  const hashOf = (e: ChainedAuditEvent) => hashes.get(e.id) ?? '';
  const report = verifyAuditChains(events, hashOf);
  await writeVerifiedMarks(db, marksOf(events, hashOf));
  const checkpoints = await checkpointsOf(db, report.devices, verify);
  return { ...report, thisDeviceId: await auditDeviceId(db), checkedAt: now.toISOString(), checkpoints, scope: 'everything' };
}

/** Each device's mark after a full check: the end of its run from #1 that verifies. */
function marksOf(events: readonly AuditEvent[], hashOf: (e: ChainedAuditEvent) => string): VerifiedMark[] {
  const byDevice = new Map<string, ChainedAuditEvent[]>();
  for (const e of events) {
    if (!e.chain) continue;
    const list = byDevice.get(e.chain.deviceId) ?? [];
    list.push({ ...e, chain: e.chain });
    byDevice.set(e.chain.deviceId, list);
  }
  return [...byDevice].map(([deviceId, list]) => verifyAfterMark(deviceId, null, list, hashOf).mark);
}

function checkpointsOf(db: WaypointDatabase, devices: readonly DeviceChainReport[], verify: CheckpointVerifier | undefined) {
  if (!verify) return Promise.resolve(new Map<string, DeviceCheckpointReport>());
  return checkpointReports(db, new Map(devices.map((d) => [d.deviceId, d.lastSeq])), verify);
}

/**
 * The check run when the log opens: each device's events after the mark this laptop remembers for it (shared/audit/
 * audit-chain-incremental.ts says what this sees and what only checkAuditTrail does), through the (deviceId, seq)
 * index; a device whose mark no longer matches storage is read whole. The marks move forward as far as verified.
 */
export async function checkAuditTrailSinceMarks(db: WaypointDatabase, now: Date, verify?: CheckpointVerifier): Promise<AuditTrailCheck> {
  const marks = await readVerifiedMarks(db);
  const results = [];
  for (const deviceId of await listChainDevices(db)) results.push(await checkDeviceFromMark(db, deviceId, marks.get(deviceId) ?? null));
  await writeVerifiedMarks(
    db,
    results.map((r) => r.mark),
  );
  const devices = results.map((r) => r.report).sort((a, b) => b.lastAt.localeCompare(a.lastAt));
  // Events without a chain: migrated v0 events (deviceId '') and those a build from before the chain synced (none).
  const beforeChain = (await db.audit.count().exec()) - devices.reduce((n, d) => n + d.events, 0);
  const checkpoints = await checkpointsOf(db, devices, verify);
  const read = results.reduce((n, r) => n + r.read, 0);
  return { devices, beforeChain, thisDeviceId: await auditDeviceId(db), checkedAt: now.toISOString(), checkpoints, scope: 'since-last', read };
}
