import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditHashInput, chainIntact, nextChainLink, verifyAuditChains, type ChainedAuditEvent } from '../../../../shared/audit/audit-chain';
import type { AuditEvent } from '../../../../shared/domain/audit';

const sha = (e: ChainedAuditEvent) => createHash('sha256').update(auditHashInput(e)).digest('hex');

/** `n` events written in order by one device, each linked to the one before (as the audit writer does). */
function chain(deviceId: string, n: number, startMinute = 0): ChainedAuditEvent[] {
  const out: ChainedAuditEvent[] = [];
  for (let i = 0; i < n; i++) {
    const prev = out.at(-1);
    const link = nextChainLink(deviceId, prev ? { seq: prev.chain.seq, hash: sha(prev) } : null);
    const minute = String(startMinute + i * 2).padStart(2, '0');
    out.push({
      id: `${deviceId}-${String(i + 1)}`,
      action: 'view',
      entity: 'client',
      entityId: 'c1',
      actorId: 's1',
      at: `2026-12-01T10:${minute}:00.000Z`,
      detail: `event ${String(i + 1)}`,
      chain: link,
    });
  }
  return out;
}

const swapSeq = (events: ChainedAuditEvent[], a: number, b: number) =>
  events.map((e) => (e.chain.seq === a ? { ...e, chain: { ...e.chain, seq: b } } : e.chain.seq === b ? { ...e, chain: { ...e.chain, seq: a } } : e));

const legacy: AuditEvent = {
  id: 'old-1',
  action: 'view',
  entity: 'client',
  entityId: 'c1',
  actorId: 's1',
  at: '2026-11-01T09:00:00.000Z',
  detail: 'Opened the chart',
};

describe('verifyAuditChains', () => {
  const a = chain('laptop-a', 5);
  const b = chain('laptop-b', 4, 1);
  it.each<[string, readonly AuditEvent[], { gaps: unknown[]; edits: number[]; reorderings: number[] }]>([
    ['an untouched chain', a, { gaps: [], edits: [], reorderings: [] }],
    ['an untouched chain read in any order (as synced)', [...a].reverse(), { gaps: [], edits: [], reorderings: [] }],
    ['an event removed', a.filter((e) => e.chain.seq !== 3), { gaps: [{ fromSeq: 3, toSeq: 3 }], edits: [], reorderings: [] }],
    ['the first two events removed', a.filter((e) => e.chain.seq > 2), { gaps: [{ fromSeq: 1, toSeq: 2 }], edits: [], reorderings: [] }],
    ['an event’s detail edited', a.map((e) => (e.chain.seq === 2 ? { ...e, detail: 'nothing to see' } : e)), { gaps: [], edits: [3], reorderings: [] }],
    ['an event’s time edited', a.map((e) => (e.chain.seq === 4 ? { ...e, at: '2026-12-01T09:00:00.000Z' } : e)), { gaps: [], edits: [5], reorderings: [] }],
    ['an event’s actor edited', a.map((e) => (e.chain.seq === 1 ? { ...e, actorId: 's2' } : e)), { gaps: [], edits: [2], reorderings: [] }],
    ['two events swapped (numbers exchanged)', swapSeq(a, 2, 3), { gaps: [], edits: [], reorderings: [2, 3, 4] }],
    [
      'an event removed and the rest renumbered',
      a.filter((e) => e.chain.seq !== 2).map((e) => (e.chain.seq > 2 ? { ...e, chain: { ...e.chain, seq: e.chain.seq - 1 } } : e)),
      { gaps: [], edits: [2], reorderings: [] },
    ],
    [
      'an event forged with a number already taken',
      [...a, ...a.slice(2, 3).map((e) => ({ ...e, id: 'forged', detail: 'forged' }))],
      { gaps: [], edits: [3], reorderings: [] },
    ],
  ])('%s', (_name, events, expected) => {
    const [device] = verifyAuditChains(events, sha).devices;
    expect({ gaps: device?.gaps, edits: device?.edits, reorderings: device?.reorderings }).toEqual(expected);
  });

  it('checks two devices interleaved in time each on its own; tampering on one leaves the other OK', () => {
    const interleaved = [...a, ...b].sort((x, y) => x.at.localeCompare(y.at));
    const tampered = interleaved.filter((e) => e.id !== 'laptop-b-2');
    const report = verifyAuditChains(tampered, sha);
    expect(report.devices.map((d) => [d.deviceId, d.events, chainIntact(d)])).toEqual([
      ['laptop-a', 5, true],
      ['laptop-b', 3, false],
    ]);
    expect(report.devices[1]?.gaps).toEqual([{ fromSeq: 2, toSeq: 2 }]);
  });

  it('verifies an offline stretch synced late (numbers follow writing order, not arrival) and finds an edit made offline', () => {
    const offline = chain('laptop-b', 6, 1);
    const arrived = [...a, ...offline.slice(0, 2), ...offline.slice(2).reverse()];
    expect(verifyAuditChains(arrived, sha).devices.every(chainIntact)).toBe(true);
    const edited = arrived.map((e) => (e.id === 'laptop-b-4' ? { ...e, detail: 'rewritten while offline' } : e));
    expect(verifyAuditChains(edited, sha).devices.find((d) => d.deviceId === 'laptop-b')?.edits).toEqual([5]);
  });

  it('counts events written before the chain apart, never as tampering', () => {
    const report = verifyAuditChains([legacy, ...a], sha);
    expect(report.beforeChain).toBe(1);
    expect(report.devices).toHaveLength(1);
    expect(report.devices.map(chainIntact)).toEqual([true]);
  });

  it('cannot see the newest event edited (nothing recorded its hash yet): a signed checkpoint would', () => {
    const edited = a.map((e) => (e.chain.seq === 5 ? { ...e, detail: 'changed' } : e));
    expect(verifyAuditChains(edited, sha).devices.map(chainIntact)).toEqual([true]);
  });
});

describe('nextChainLink', () => {
  it.each([
    ['the first event of a device', null, { deviceId: 'd', seq: 1, prevHash: '' }],
    ['after event 7', { seq: 7, hash: 'ab' }, { deviceId: 'd', seq: 8, prevHash: 'ab' }],
  ])('%s', (_n, head, link) => {
    expect(nextChainLink('d', head)).toEqual(link);
  });
});
