import type { AuditChainLink, AuditEvent } from '../domain/audit';

/*
 * Tamper evidence for the audit log. Each laptop (database) chains its own events: event n carries n and the hash of
 * the same laptop's event n−1. Chains are per device because laptops write offline and sync later, so no order
 * across laptops exists to chain. The hash covers everything an event says and the link it carries, but not its
 * number: the links give the true order, and a number that disagrees with them is a reordering, not an edit.
 * What a chain cannot show without a signed checkpoint: the newest event of a laptop edited, or its newest events
 * removed (nothing after them recorded their hash).
 */

/** An event that carries a chain link. */
export type ChainedAuditEvent = AuditEvent & { readonly chain: AuditChainLink };

/** The link of a device's first event. */
export const CHAIN_START = '';

/** The text an event's hash is taken over: its fields in a fixed order (a JSON array: no key-order ambiguity). */
export function auditHashInput(e: AuditEvent & { readonly chain: Pick<AuditChainLink, 'deviceId' | 'prevHash'> }): string {
  return JSON.stringify(['waypoint/audit/v1', e.id, e.action, e.entity, e.entityId, e.actorId, e.at, e.detail, e.chain.deviceId, e.chain.prevHash]);
}

/** The link of the next event a device writes after `head` (its newest event and that event's hash), or after nothing. */
export function nextChainLink(deviceId: string, head: { readonly seq: number; readonly hash: string } | null): AuditChainLink {
  return head ? { deviceId, seq: head.seq + 1, prevHash: head.hash } : { deviceId, seq: 1, prevHash: CHAIN_START };
}

/** The event a restored laptop's chain continues from: the backed-up laptop's newest event when the backup was made. */
export interface RestoreLink {
  readonly deviceId: string;
  readonly seq: number;
  readonly hash: string;
}

const RESTORED = 'restored-from:';

/**
 * The link of a restored laptop's first event (its "restore" event): instead of the chain start it names the laptop
 * the backup was made on, that laptop's event number and its hash. It is hashed with the event like any link.
 */
export function restoredChainLink(deviceId: string, from: RestoreLink): AuditChainLink {
  return { deviceId, seq: 1, prevHash: `${RESTORED}${JSON.stringify([from.deviceId, from.seq, from.hash])}` };
}

/** The laptop and event a first event's link names, when it is a restore link. */
export function restoreLinkOf(prevHash: string): RestoreLink | null {
  if (!prevHash.startsWith(RESTORED)) return null;
  try {
    const parsed: unknown = JSON.parse(prevHash.slice(RESTORED.length));
    if (!Array.isArray(parsed)) return null;
    const [deviceId, seq, hash] = parsed as unknown[];
    return typeof deviceId === 'string' && typeof seq === 'number' && typeof hash === 'string' ? { deviceId, seq, hash } : null;
  } catch {
    return null;
  }
}

/** A run of missing event numbers (removed events), inclusive. */
export interface ChainGap {
  readonly fromSeq: number;
  readonly toSeq: number;
}

/** What one device's chain shows. `edits`: numbers of events whose predecessor no longer matches the hash they recorded. */
export interface DeviceChainReport {
  readonly deviceId: string;
  readonly events: number;
  readonly lastSeq: number;
  readonly firstAt: string;
  readonly lastAt: string;
  readonly actorIds: readonly string[];
  readonly gaps: readonly ChainGap[];
  /** Events (by number) that do not follow from the event before them: that one was changed, or replaced. */
  readonly edits: readonly number[];
  /** Events (by number) whose recorded predecessor is another of this device's events: the order was changed. */
  readonly reorderings: readonly number[];
  /**
   * A restored laptop: the backed-up laptop's event its #1 continues from, and whether that event is stored with the
   * hash the link names (undefined until checked against the other laptop's events; false: it was changed or removed).
   */
  readonly continues?: RestoreLink & { readonly matches?: boolean };
}

export interface AuditChainReport {
  readonly devices: readonly DeviceChainReport[];
  /** Events written before the chain existed (audit schema v0): neither verified nor suspect. */
  readonly beforeChain: number;
}

/** Whether a device's chain shows nothing wrong. */
export function chainIntact(d: Pick<DeviceChainReport, 'gaps' | 'edits' | 'reorderings' | 'continues'>): boolean {
  return d.gaps.length === 0 && d.edits.length === 0 && d.reorderings.length === 0 && d.continues?.matches !== false;
}

/** Whether an event's link is right for the first event after `base`: the chain start or, for #1, a restore link. */
export function linksToBase(e: ChainedAuditEvent, base: ChainBase): boolean {
  return e.chain.prevHash === base.hash || (base.seq === 0 && e.action === 'restore' && restoreLinkOf(e.chain.prevHash) !== null);
}

/** The report with its restore link checked against the hashes of the backed-up laptop's events at that number. */
export function withContinuation(d: DeviceChainReport, hashesAtSource: readonly string[]): DeviceChainReport {
  return d.continues ? { ...d, continues: { ...d.continues, matches: hashesAtSource.includes(d.continues.hash) } } : d;
}

function gapsIn(seqs: readonly number[], afterSeq: number): ChainGap[] {
  const gaps: ChainGap[] = [];
  let expected = afterSeq + 1;
  for (const seq of seqs) {
    if (seq > expected) gaps.push({ fromSeq: expected, toSeq: seq - 1 });
    expected = Math.max(expected, seq + 1);
  }
  return gaps;
}

/** Where a device's chain is checked from: before its first event, or after an event already verified (its number and hash). */
export interface ChainBase {
  readonly seq: number;
  readonly hash: string;
}

export const CHAIN_ORIGIN: ChainBase = { seq: 0, hash: CHAIN_START };

/**
 * One device's chain among `events`, all numbered after `base` (the whole chain from CHAIN_ORIGIN, or only the events
 * after one already verified: the first must then link to its hash). Counts and times are of `events` only.
 */
export function verifyDevice(
  deviceId: string,
  events: readonly ChainedAuditEvent[],
  hashOf: (e: ChainedAuditEvent) => string,
  base: ChainBase = CHAIN_ORIGIN,
): DeviceChainReport {
  const sorted = [...events].sort((a, b) => a.chain.seq - b.chain.seq || a.id.localeCompare(b.id));
  const hashes = new Set(sorted.map(hashOf));
  if (base.seq > 0) hashes.add(base.hash);
  const atSeq = new Map<number, ChainedAuditEvent[]>();
  for (const e of sorted) {
    const list = atSeq.get(e.chain.seq);
    if (list) list.push(e);
    else atSeq.set(e.chain.seq, [e]);
  }
  // Two events claiming one number: one of them was put in afterwards.
  const edits = new Set([...atSeq].filter(([, list]) => list.length > 1).map(([seq]) => seq));
  const reorderings = new Set<number>();
  for (const e of sorted) {
    const { seq, prevHash } = e.chain;
    const preds = seq === base.seq + 1 ? null : atSeq.get(seq - 1);
    if (preds === undefined) continue; // a gap before it, reported as such
    if (preds === null ? linksToBase(e, base) : preds.some((p) => hashOf(p) === prevHash)) continue;
    if (prevHash !== CHAIN_START && hashes.has(prevHash)) reorderings.add(seq);
    else edits.add(seq);
  }
  const ats = sorted.map((e) => e.at).sort();
  const first = sorted[0];
  const continues = base.seq === 0 && first?.chain.seq === 1 && first.action === 'restore' ? restoreLinkOf(first.chain.prevHash) : null;
  return {
    ...(continues ? { continues } : {}),
    deviceId,
    events: sorted.length,
    lastSeq: sorted.at(-1)?.chain.seq ?? 0,
    firstAt: ats[0] ?? '',
    lastAt: ats.at(-1) ?? '',
    actorIds: [...new Set(sorted.map((e) => e.actorId))],
    gaps: gapsIn(
      sorted.map((e) => e.chain.seq),
      base.seq,
    ),
    edits: [...edits].sort((x, y) => x - y),
    reorderings: [...reorderings].sort((x, y) => x - y),
  };
}

/**
 * Verifies every device's chain among `events` (in any order: as synced). `hashOf` gives an event's SHA-256 (hex)
 * over auditHashInput. Devices are listed by their newest event, newest first.
 */
export function verifyAuditChains(events: readonly AuditEvent[], hashOf: (e: ChainedAuditEvent) => string): AuditChainReport {
  const byDevice = new Map<string, ChainedAuditEvent[]>();
  let beforeChain = 0;
  for (const e of events) {
    if (!e.chain) {
      beforeChain += 1;
      continue;
    }
    const list = byDevice.get(e.chain.deviceId) ?? [];
    list.push({ ...e, chain: e.chain });
    byDevice.set(e.chain.deviceId, list);
  }
  const devices = [...byDevice].map(([id, list]) => {
    const d = verifyDevice(id, list, hashOf);
    const source = d.continues ? (byDevice.get(d.continues.deviceId) ?? []) : [];
    return withContinuation(d, source.filter((e) => e.chain.seq === d.continues?.seq).map(hashOf));
  });
  return { devices: devices.sort((a, b) => b.lastAt.localeCompare(a.lastAt)), beforeChain };
}
