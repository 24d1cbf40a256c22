import { isRecordSignature, type RecordSignature } from '../signing/signing-types';
import type { SignatureProblem, SignatureVerdict } from '../signing/verdict';

/*
 * Signed checkpoints close the gap a hash chain leaves at its end: a laptop's newest events can be edited or removed
 * without trace, since nothing after them recorded their hash. A checkpoint is the signed-in user's signature over
 * (laptop, number, hash of that event, time); an edit or removal at or before a checkpoint's number no longer matches it.
 */

/** How many events a laptop writes between checkpoints (one is also written on every lock). */
export const CHECKPOINT_EVERY = 50;

/** A signed checkpoint of one laptop's chain head (a synced clinic record, kind 'audit-checkpoint'). */
export interface AuditCheckpoint {
  readonly v: 1;
  readonly deviceId: string;
  readonly seq: number;
  /** The hash of the laptop's event number `seq` (audit-chain's auditHashInput). */
  readonly headHash: string;
  readonly at: string;
  readonly signerId: string;
  readonly signature: RecordSignature;
}

/** The text whose SHA-256 a checkpoint's signature covers (as its content hash): a fixed-order JSON array. */
export function checkpointText(c: Pick<AuditCheckpoint, 'deviceId' | 'seq' | 'headHash' | 'at'>): string {
  return JSON.stringify(['waypoint/audit-checkpoint/v1', c.deviceId, c.seq, c.headHash, c.at]);
}

/** Whether a checkpoint is due after event `seq` was written with `action`. */
export function checkpointDue(seq: number, action: string): boolean {
  return action === 'lock' || seq % CHECKPOINT_EVERY === 0;
}

export function isAuditCheckpoint(value: unknown): value is AuditCheckpoint {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Readonly<Record<string, unknown>>;
  const strings = ['deviceId', 'headHash', 'at', 'signerId'].every((k) => typeof v[k] === 'string');
  return v.v === 1 && strings && typeof v.seq === 'number' && isRecordSignature(v.signature);
}

/** What a laptop's chain shows against its checkpoints. */
export type CheckpointFinding =
  | { readonly state: 'none' }
  | { readonly state: 'vouched'; readonly seq: number; readonly at: string; readonly signerId: string }
  | { readonly state: 'removed'; readonly lastSeq: number; readonly seq: number; readonly at: string; readonly signerId: string }
  | { readonly state: 'edited'; readonly seq: number; readonly at: string; readonly signerId: string };

export interface BadCheckpoint {
  readonly seq: number;
  readonly at: string;
  readonly signerId: string;
  readonly reason: SignatureProblem;
}

export interface DeviceCheckpointReport {
  readonly deviceId: string;
  readonly finding: CheckpointFinding;
  /** Checkpoints whose signature does not verify: someone wrote or altered them without the signer's key. */
  readonly bad: readonly BadCheckpoint[];
}

/** What is known of a laptop's chain as stored now: its last number and the hashes of the events at each number. */
export interface ChainAsStored {
  readonly lastSeq: number;
  readonly hashesAt: (seq: number) => readonly string[];
}

export interface CheckedCheckpoint {
  readonly checkpoint: AuditCheckpoint;
  readonly verdict: SignatureVerdict;
}

const verifiedBy = (c: CheckedCheckpoint) => c.verdict.state === 'verified' && c.verdict.signerId === c.checkpoint.signerId;

/** Compares one laptop's chain with its newest checkpoint whose signature verifies. */
export function checkDevice(deviceId: string, chain: ChainAsStored, checkpoints: readonly CheckedCheckpoint[]): DeviceCheckpointReport {
  const bad = checkpoints.flatMap(({ checkpoint: c, verdict }) =>
    verifiedBy({ checkpoint: c, verdict })
      ? []
      : [{ seq: c.seq, at: c.at, signerId: c.signerId, reason: verdict.state === 'warning' ? verdict.reason : 'unknown-key' }],
  );
  const newest = checkpoints
    .filter(verifiedBy)
    .map((c) => c.checkpoint)
    .sort((a, b) => b.seq - a.seq)[0];
  if (!newest) return { deviceId, finding: { state: 'none' }, bad };
  const { seq, at, signerId } = newest;
  const hashes = chain.hashesAt(seq);
  if (hashes.length === 0) return { deviceId, finding: { state: 'removed', lastSeq: chain.lastSeq, seq, at, signerId }, bad };
  if (!hashes.includes(newest.headHash)) return { deviceId, finding: { state: 'edited', seq, at, signerId }, bad };
  return { deviceId, finding: { state: 'vouched', seq, at, signerId }, bad };
}

/** Every laptop's report, for the laptops in the chain and those that only left checkpoints (all their events gone). */
export function checkCheckpoints(
  chains: ReadonlyMap<string, ChainAsStored>,
  checkpoints: readonly CheckedCheckpoint[],
): ReadonlyMap<string, DeviceCheckpointReport> {
  const ids = new Set([...chains.keys(), ...checkpoints.map((c) => c.checkpoint.deviceId)]);
  const empty: ChainAsStored = { lastSeq: 0, hashesAt: () => [] };
  const reports = [...ids].map((id) => {
    const own = checkpoints.filter((c) => c.checkpoint.deviceId === id);
    return [id, checkDevice(id, chains.get(id) ?? empty, own)] as const;
  });
  return new Map(reports);
}

/** True when the checkpoints show nothing wrong (no checkpoint at all is not wrong, only unvouched). */
export function checkpointsIntact(r: DeviceCheckpointReport): boolean {
  return r.bad.length === 0 && (r.finding.state === 'none' || r.finding.state === 'vouched');
}
