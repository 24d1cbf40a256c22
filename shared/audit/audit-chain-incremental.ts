import { CHAIN_ORIGIN, linksToBase, restoreLinkOf, verifyDevice, type ChainedAuditEvent, type DeviceChainReport, type RestoreLink } from './audit-chain';

/*
 * The incremental integrity check (issue 19). A full check reads and hashes every event (90k at large: seconds), so
 * each laptop remembers, per device, how far that device's chain was verified: the last event of an unbroken,
 * linked run from #1, its hash, and a summary of the run. The next check reads only the events numbered after it.
 *
 * What the incremental check sees: every event numbered after the mark (gaps, edits, reorderings among them, and
 * whether the first links to the mark); the marked event itself changed or removed (its hash is re-read); any event
 * at or before the mark removed, or added there later (an offline event with a lower number, a forged duplicate: the
 * count at or below the mark no longer equals the mark's number) — then that device is verified again from #1.
 * What it cannot see: an event before the mark whose content was changed in place (same number, count unchanged).
 * The full check ("Check everything") finds that, and resets the mark to the end of the run that still verifies.
 * The marks are kept on this laptop only (never synced), sealed under the at-rest key: without that key a mark cannot
 * be moved forward (its hash would have to match an event's, and events' links are sealed too).
 */

/** How far one device's chain was verified: #1 … #seq all present once and linked; `hash` is #seq's hash. */
export interface VerifiedMark {
  readonly deviceId: string;
  readonly seq: number;
  readonly hash: string;
  /** Of the events #1 … #seq. */
  readonly firstAt: string;
  readonly lastAt: string;
  readonly actorIds: readonly string[];
  /** A restored laptop: the backed-up laptop's event its #1 continues from (checked again at every check). */
  readonly continues?: RestoreLink;
}

/** What storage says about a device's chain at and below its mark (two index reads, no walk). */
export interface StoredAtMark {
  /** How many of the device's events are numbered 1 … mark.seq. */
  readonly countUpToMark: number;
  /** The hashes of the events stored at number mark.seq (normally one). */
  readonly hashesAtMark: readonly string[];
}

/** Whether a device can be checked from its mark ('newer': read only events after it) or must be read whole. */
export function checkFromMark(mark: VerifiedMark | null, stored: StoredAtMark | null): 'newer' | 'whole' {
  if (!mark || !stored) return 'whole';
  const untouched = stored.countUpToMark === mark.seq && stored.hashesAtMark.length === 1 && stored.hashesAtMark[0] === mark.hash;
  return untouched ? 'newer' : 'whole';
}

function sortedBySeq(events: readonly ChainedAuditEvent[]) {
  return [...events].sort((a, b) => a.chain.seq - b.chain.seq || a.id.localeCompare(b.id));
}

/**
 * The end of the unbroken run from `mark` through `events` (numbered after it): each next number present once and
 * linking to the one before. When the run ends at an event the next one does not link to, that event is suspect
 * (it may have been edited) and the run stops before it.
 */
function advance(mark: VerifiedMark, events: readonly ChainedAuditEvent[], hashOf: (e: ChainedAuditEvent) => string): VerifiedMark {
  const atSeq = new Map<number, ChainedAuditEvent[]>();
  for (const e of sortedBySeq(events)) {
    const list = atSeq.get(e.chain.seq);
    if (list) list.push(e);
    else atSeq.set(e.chain.seq, [e]);
  }
  const run: { seq: number; hash: string; event: ChainedAuditEvent | null }[] = [{ seq: mark.seq, hash: mark.hash, event: null }];
  for (;;) {
    const last = run.at(-1) ?? { seq: mark.seq, hash: mark.hash, event: null };
    const next = atSeq.get(last.seq + 1);
    if (!next || next.length !== 1) break;
    const [e] = next;
    if (!e) break;
    if (last.event === null && mark.seq === 0 ? !linksToBase(e, { seq: 0, hash: mark.hash }) : e.chain.prevHash !== last.hash) {
      if (run.length > 1) run.pop();
      break;
    }
    run.push({ seq: e.chain.seq, hash: hashOf(e), event: e });
  }
  const added = run.flatMap((r) => (r.event ? [r.event] : []));
  const end = run.at(-1) ?? { seq: mark.seq, hash: mark.hash };
  const ats = [mark.firstAt, mark.lastAt, ...added.map((e) => e.at)].filter(Boolean).sort();
  const first = added[0];
  const continues = mark.continues ?? (first?.chain.seq === 1 && first.action === 'restore' ? (restoreLinkOf(first.chain.prevHash) ?? undefined) : undefined);
  return {
    ...(continues ? { continues } : {}),
    deviceId: mark.deviceId,
    seq: end.seq,
    hash: end.hash,
    firstAt: ats[0] ?? '',
    lastAt: ats.at(-1) ?? '',
    actorIds: [...new Set([...mark.actorIds, ...added.map((e) => e.actorId)])],
  };
}

/** The mark of a device nothing of which is verified yet. */
export const noMark = (deviceId: string): VerifiedMark => ({ deviceId, ...CHAIN_ORIGIN, firstAt: '', lastAt: '', actorIds: [] });

/**
 * Verifies the device's events numbered after `mark` (from #1 when `mark` is null: the whole chain) and gives the
 * device's report (the marked run's summary with the newer events') and its new mark. Events arriving out of order
 * (a gap that later fills) keep the mark before the gap, so the late ones are read and checked when they come.
 */
export function verifyAfterMark(
  deviceId: string,
  mark: VerifiedMark | null,
  newer: readonly ChainedAuditEvent[],
  hashOf: (e: ChainedAuditEvent) => string,
): { readonly report: DeviceChainReport; readonly mark: VerifiedMark } {
  const from = mark ?? noMark(deviceId);
  const tail = verifyDevice(deviceId, newer, hashOf, from);
  const ats = [from.firstAt, from.lastAt, tail.firstAt, tail.lastAt].filter(Boolean).sort();
  const continues = tail.continues ?? from.continues;
  const report: DeviceChainReport = {
    ...tail,
    ...(continues ? { continues } : {}),
    events: from.seq + tail.events,
    lastSeq: Math.max(from.seq, tail.lastSeq),
    firstAt: ats[0] ?? '',
    lastAt: ats.at(-1) ?? '',
    actorIds: [...new Set([...from.actorIds, ...tail.actorIds])],
  };
  return { report, mark: advance(from, newer, hashOf) };
}
