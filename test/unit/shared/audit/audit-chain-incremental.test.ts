import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditHashInput, chainIntact, nextChainLink, restoredChainLink, verifyAuditChains, type ChainedAuditEvent } from '../../../../shared/audit/audit-chain';
import { checkFromMark, verifyAfterMark, type VerifiedMark } from '../../../../shared/audit/audit-chain-incremental';

const sha = (e: ChainedAuditEvent) => createHash('sha256').update(auditHashInput(e)).digest('hex');

function chain(deviceId: string, n: number): ChainedAuditEvent[] {
  const out: ChainedAuditEvent[] = [];
  for (let i = 0; i < n; i++) {
    const prev = out.at(-1);
    out.push({
      id: `${deviceId}-${String(i + 1).padStart(3, '0')}`,
      action: 'view',
      entity: 'client',
      entityId: 'c1',
      actorId: i < 3 ? 's1' : 's2',
      at: `2026-12-01T10:${String(i).padStart(2, '0')}:00.000Z`,
      detail: `event ${String(i + 1)}`,
      chain: nextChainLink(deviceId, prev ? { seq: prev.chain.seq, hash: sha(prev) } : null),
    });
  }
  return out;
}

const a = chain('laptop-a', 20);
const upTo = (n: number) => a.filter((e) => e.chain.seq <= n);
const after = (n: number) => a.filter((e) => e.chain.seq > n);
const markAt = (n: number): VerifiedMark => verifyAfterMark('laptop-a', null, upTo(n), sha).mark;
function at(n: number): ChainedAuditEvent {
  const e = a[n - 1];
  if (!e) throw new Error(`no event #${String(n)}`);
  return e;
}
const hashAt = (n: number) => sha(at(n));

describe('verifyAfterMark: the incremental rule', () => {
  it('verifying from a mark gives the same report as the full check, and the same new mark', () => {
    const full = verifyAuditChains(a, sha).devices[0];
    const fromMark = verifyAfterMark('laptop-a', markAt(8), after(8), sha);
    expect(fromMark.report).toEqual(full);
    expect(fromMark.mark).toEqual(markAt(20));
    expect(fromMark.mark).toMatchObject({ seq: 20, hash: hashAt(20), actorIds: ['s1', 's2'], firstAt: a[0]?.at, lastAt: a[19]?.at });
  });

  it.each<[string, readonly ChainedAuditEvent[], { gaps: unknown[]; edits: number[]; reorderings: number[] }, number]>([
    ['nothing new', [], { gaps: [], edits: [], reorderings: [] }, 8],
    ['newer events, untouched', after(8), { gaps: [], edits: [], reorderings: [] }, 20],
    ['a newer event removed', after(8).filter((e) => e.chain.seq !== 12), { gaps: [{ fromSeq: 12, toSeq: 12 }], edits: [], reorderings: [] }, 11],
    [
      'the first newer event does not link to the mark',
      after(8).map((e) => (e.chain.seq === 9 ? { ...e, chain: { ...e.chain, prevHash: 'x' } } : e)),
      { gaps: [], edits: [9, 10], reorderings: [] },
      8,
    ],
    [
      'a newer event edited (the next one no longer links)',
      after(8).map((e) => (e.chain.seq === 14 ? { ...e, detail: 'edited' } : e)),
      { gaps: [], edits: [15], reorderings: [] },
      13,
    ],
    ['a forged second event at a newer number', [...after(8), { ...at(12), id: 'forged', detail: 'forged' }], { gaps: [], edits: [12], reorderings: [] }, 11],
  ])('%s', (_, newer, problems, markSeq) => {
    const { report, mark } = verifyAfterMark('laptop-a', markAt(8), newer, sha);
    expect(report).toMatchObject(problems);
    expect(mark.seq).toBe(markSeq);
  });

  it('out-of-order arrivals: the mark stays before a gap, and the late events are checked when they arrive', () => {
    // Laptop B's events 13–16 reach this laptop after 17–20 (sync order, or B was offline for a while).
    const first = verifyAfterMark(
      'laptop-a',
      markAt(8),
      after(8).filter((e) => e.chain.seq < 13 || e.chain.seq > 16),
      sha,
    );
    expect(first.report.gaps).toEqual([{ fromSeq: 13, toSeq: 16 }]);
    expect(first.mark.seq).toBe(12);
    const second = verifyAfterMark('laptop-a', first.mark, after(12), sha);
    expect(second.report).toMatchObject({ gaps: [], edits: [], reorderings: [], events: 20, lastSeq: 20 });
    expect(second.mark).toEqual(markAt(20));
    // A late event that does not belong (forged into the gap) is found the same way.
    const forged = after(12).map((e) => (e.chain.seq === 14 ? { ...e, chain: { ...e.chain, prevHash: 'forged' } } : e));
    expect(verifyAfterMark('laptop-a', first.mark, forged, sha).report.edits).toEqual([14, 15]); // its own hash changed too
  });
});

describe('checkFromMark: when the newer events are enough', () => {
  const mark = markAt(8);
  it.each<[string, VerifiedMark | null, { countUpToMark: number; hashesAtMark: string[] } | null, 'newer' | 'whole']>([
    ['no mark yet', null, { countUpToMark: 8, hashesAtMark: [hashAt(8)] }, 'whole'],
    ['untouched up to the mark', mark, { countUpToMark: 8, hashesAtMark: [hashAt(8)] }, 'newer'],
    ['an event at or before the mark removed', mark, { countUpToMark: 7, hashesAtMark: [hashAt(8)] }, 'whole'],
    ['a lower-numbered event arrived after the mark was set (offline, or forged)', mark, { countUpToMark: 9, hashesAtMark: [hashAt(8)] }, 'whole'],
    ['the marked event changed', mark, { countUpToMark: 8, hashesAtMark: ['other'] }, 'whole'],
    ['the marked event removed', mark, { countUpToMark: 7, hashesAtMark: [] }, 'whole'],
    ['a second event at the marked number', mark, { countUpToMark: 9, hashesAtMark: [hashAt(8), 'other'] }, 'whole'],
  ])('%s → %s', (_, m, stored, expected) => {
    expect(checkFromMark(m, stored)).toBe(expected);
  });
});

describe('a restored laptop’s chain (restore link)', () => {
  const restoreEvent = (prevHash: string, action: 'restore' | 'view' = 'restore'): ChainedAuditEvent => ({
    id: 'r-1',
    action,
    entity: 'vault',
    entityId: 'clinic',
    actorId: 's1',
    at: '2026-12-02T10:00:00.000Z',
    detail: 'Clinic restored from a backup',
    chain: { deviceId: 'laptop-r', seq: 1, prevHash },
  });
  const link = restoredChainLink('laptop-r', { deviceId: 'laptop-a', seq: 20, hash: hashAt(20) }).prevHash;

  it.each<[string, readonly ChainedAuditEvent[], { edits: number[]; continues?: unknown }, boolean]>([
    [
      'a restore event linking to the backed-up laptop’s newest event',
      [restoreEvent(link)],
      { edits: [], continues: { deviceId: 'laptop-a', seq: 20, matches: true } },
      true,
    ],
    [
      'a restore link naming an event that was changed',
      [restoreEvent(link.replace(hashAt(20), 'f'.repeat(64)))],
      { edits: [], continues: { matches: false } },
      false,
    ],
    ['a restore link on an event that is not a restore', [restoreEvent(link, 'view')], { edits: [1] }, false],
    ['a malformed link', [restoreEvent('restored-from:[oops')], { edits: [1] }, false],
  ])('%s', (_, restored, expected, intact) => {
    const report = verifyAuditChains([...a, ...restored], sha).devices.find((d) => d.deviceId === 'laptop-r');
    expect(report).toMatchObject(expected);
    expect(report && chainIntact(report)).toBe(intact);
  });

  it('the mark of a restored laptop moves past its restore event and keeps the link', () => {
    const { mark } = verifyAfterMark('laptop-r', null, [restoreEvent(link)], sha);
    expect(mark).toMatchObject({ seq: 1, continues: { deviceId: 'laptop-a', seq: 20 } });
    expect(verifyAfterMark('laptop-r', mark, [], sha).report.continues).toMatchObject({ deviceId: 'laptop-a', seq: 20 });
  });
});
