import { withContinuation, type ChainedAuditEvent, type DeviceChainReport } from '../../../shared/audit/audit-chain';
import { checkFromMark, verifyAfterMark, type StoredAtMark, type VerifiedMark } from '../../../shared/audit/audit-chain-incremental';
import type { WaypointDatabase } from '../schema-plan';
import { auditEventHash, toAuditEvent } from './audit.collection';
import { takeLegacyLocalDocument } from './legacy-local-documents';
import { readLocalEntries, writeLocalEntries } from './local-store';

/*
 * The incremental integrity check's storage side (shared/audit/audit-chain-incremental.ts has the rule): the marks in
 * the sealed local store (local-store.ts: this laptop only, never synced, never in a backup), and each device's events read through
 * the (deviceId, seq) index — only those after its mark, unless the mark no longer matches what is stored.
 */

const MARKS_STORE = 'local-audit-marks';
const MARKS_ENTRY = 'audit-verified-marks';

function isMark(value: unknown): value is VerifiedMark {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Readonly<Record<string, unknown>>;
  const strings = ['deviceId', 'hash', 'firstAt', 'lastAt'].every((k) => typeof v[k] === 'string');
  const continues = v.continues === undefined || (typeof v.continues === 'object' && v.continues !== null);
  return strings && continues && typeof v.seq === 'number' && Array.isArray(v.actorIds) && v.actorIds.every((a) => typeof a === 'string');
}

/** The marks this laptop remembers, by device (none when never checked, or when the entry does not read as marks). */
export async function readVerifiedMarks(db: WaypointDatabase): Promise<ReadonlyMap<string, VerifiedMark>> {
  const stored = (await readLocalEntries(db, MARKS_STORE)).get(MARKS_ENTRY)?.value ?? (await takeLegacyMarks(db));
  const marks: unknown = typeof stored === 'object' && stored !== null && 'marks' in stored ? stored.marks : undefined;
  return new Map((Array.isArray(marks) ? marks.filter(isMark) : []).map((m) => [m.deviceId, m]));
}

export async function writeVerifiedMarks(db: WaypointDatabase, marks: Iterable<VerifiedMark>): Promise<void> {
  await writeLocalEntries(db, MARKS_STORE, await readLocalEntries(db, MARKS_STORE), [{ id: MARKS_ENTRY, value: { marks: [...marks] } }]);
}

/** Marks an upgraded laptop kept in the old place, moved into the local store (empty marks when there were none). */
async function takeLegacyMarks(db: WaypointDatabase): Promise<unknown> {
  const legacy = await takeLegacyLocalDocument(db, MARKS_ENTRY);
  const value = typeof legacy === 'object' && legacy !== null ? legacy : { marks: [] };
  await writeLocalEntries(db, MARKS_STORE, new Map(), [{ id: MARKS_ENTRY, value }]);
  return value;
}

/** Each chained device's id, in order: one indexed read per device (the first event after the previous id). */
export async function listChainDevices(db: WaypointDatabase): Promise<string[]> {
  const ids: string[] = [];
  for (let last = ''; ;) {
    const next = await db.audit.findOne({ selector: { deviceId: { $gt: last } }, sort: [{ deviceId: 'asc' }, { seq: 'asc' }] }).exec();
    if (!next) return ids;
    last = next.deviceId;
    ids.push(last);
  }
}

/** Each chained event's hash, by id (one digest at a time: in Chromium 20,000 take ~0.3–0.6 s, batching did not help). */
export async function hashChained(events: readonly ChainedAuditEvent[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const e of events) hashes.set(e.id, await auditEventHash(e));
  return hashes;
}

/** A device's events numbered after `afterSeq`, hashed (the hash by id). */
export async function readChainAfter(db: WaypointDatabase, deviceId: string, afterSeq: number) {
  const docs = await db.audit.find({ selector: { deviceId, seq: { $gt: afterSeq } }, sort: [{ deviceId: 'asc' }, { seq: 'asc' }] }).exec();
  const events = docs.flatMap((d): ChainedAuditEvent[] => {
    const e = toAuditEvent(d.toMutableJSON(false));
    return e.chain ? [{ ...e, chain: e.chain }] : [];
  });
  return { events, hashes: await hashChained(events) };
}

/** The hashes of a device's events stored at number `seq`. */
export async function hashesAt(db: WaypointDatabase, deviceId: string, seq: number): Promise<string[]> {
  const docs = await db.audit.find({ selector: { deviceId, seq } }).exec();
  const events = docs.map((d) => toAuditEvent(d.toMutableJSON(false)));
  return Promise.all(events.flatMap((e) => (e.chain ? [auditEventHash({ ...e, chain: e.chain })] : [])));
}

async function storedAtMark(db: WaypointDatabase, mark: VerifiedMark): Promise<StoredAtMark> {
  const countUpToMark = await db.audit.count({ selector: { deviceId: mark.deviceId, seq: { $gt: 0, $lte: mark.seq } } }).exec();
  return { countUpToMark, hashesAtMark: await hashesAt(db, mark.deviceId, mark.seq) };
}

/** One device's report and new mark: from its mark when storage still matches it, else its whole chain again. */
export async function checkDeviceFromMark(
  db: WaypointDatabase,
  deviceId: string,
  mark: VerifiedMark | null,
): Promise<{ readonly report: DeviceChainReport; readonly mark: VerifiedMark; readonly read: number }> {
  const from = mark && checkFromMark(mark, await storedAtMark(db, mark)) === 'newer' ? mark : null;
  const { events, hashes } = await readChainAfter(db, deviceId, from?.seq ?? 0);
  const result = verifyAfterMark(deviceId, from, events, (e) => hashes.get(e.id) ?? '');
  const link = result.report.continues;
  const report = link ? withContinuation(result.report, await hashesAt(db, link.deviceId, link.seq)) : result.report;
  return { report, mark: result.mark, read: events.length };
}
