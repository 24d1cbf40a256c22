import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditHashInput, nextChainLink, type ChainedAuditEvent } from '../../../../shared/audit/audit-chain';
import { checkpointText as checkpointLines } from '../../../../shared/audit/audit-chain-text';
import {
  checkCheckpoints,
  checkpointDue,
  checkpointsIntact,
  type AuditCheckpoint,
  type ChainAsStored,
  type CheckedCheckpoint,
} from '../../../../shared/audit/audit-checkpoint';
import type { SignatureVerdict } from '../../../../shared/signing/verdict';

const sha = (e: ChainedAuditEvent) => createHash('sha256').update(auditHashInput(e)).digest('hex');

function chain(deviceId: string, n: number): ChainedAuditEvent[] {
  const out: ChainedAuditEvent[] = [];
  for (let i = 1; i <= n; i++) {
    const prev = out.at(-1);
    const link = nextChainLink(deviceId, prev ? { seq: prev.chain.seq, hash: sha(prev) } : null);
    out.push({
      id: `${deviceId}-${String(i)}`,
      action: 'view',
      entity: 'client',
      entityId: 'c1',
      actorId: 's1',
      at: '2026-12-01T10:00:00.000Z',
      detail: `e${String(i)}`,
      chain: link,
    });
  }
  return out;
}

/** The chain as verification reads it from storage. */
function stored(events: readonly ChainedAuditEvent[]): ReadonlyMap<string, ChainAsStored> {
  const hashesAt = (seq: number) => events.filter((e) => e.chain.seq === seq).map(sha);
  const id = events[0]?.chain.deviceId ?? 'laptop-a';
  return new Map([[id, { lastSeq: Math.max(0, ...events.map((e) => e.chain.seq)), hashesAt }]]);
}

const verified: SignatureVerdict = { state: 'verified', signerId: 'ana' };
const badSig: SignatureVerdict = { state: 'warning', reason: 'bad-signature' };

/** A checkpoint of `events`' event `seq` (the signature itself is judged by the verdict given with it). */
function checkpointOf(events: readonly ChainedAuditEvent[], seq: number, verdict: SignatureVerdict = verified): CheckedCheckpoint {
  const head = events.find((e) => e.chain.seq === seq);
  if (!head) throw new Error(`no event ${String(seq)}`);
  const signature = {
    v: 1,
    alg: 'ECDSA-P256-SHA256',
    purpose: 'audit-checkpoint',
    contentHash: 'h',
    signerId: 'ana',
    keyId: 'k',
    signedAt: 't',
    sig: 's',
  } as const;
  const checkpoint: AuditCheckpoint = {
    v: 1,
    deviceId: head.chain.deviceId,
    seq,
    headHash: sha(head),
    at: '2026-12-01T11:00:00.000Z',
    signerId: 'ana',
    signature,
  };
  return { checkpoint, verdict };
}

const a = chain('laptop-a', 57);
const names = (id: string) => (id === 'ana' ? 'Ana' : id);

describe('checking a laptop’s chain against its signed checkpoints', () => {
  it.each<[string, readonly ChainedAuditEvent[], readonly CheckedCheckpoint[], string, boolean]>([
    ['no checkpoint', a, [], 'No signed checkpoint: its newest events are not vouched for.', true],
    [
      'an untouched chain up to its checkpoint',
      a,
      [checkpointOf(a, 57)],
      'Signed checkpoint: a checkpoint signed by Ana vouches for #57, and it matches.',
      true,
    ],
    [
      'the newest events removed after a checkpoint',
      a.filter((e) => e.chain.seq <= 41),
      [checkpointOf(a, 50), checkpointOf(a, 57)],
      'The chain ends at #41 but a checkpoint signed by Ana vouches for #57: events removed.',
      false,
    ],
    [
      'the newest event edited (invisible to the chain alone)',
      a.map((e) => (e.chain.seq === 57 ? { ...e, detail: 'nothing to see' } : e)),
      [checkpointOf(a, 57)],
      'Event #57 no longer matches the checkpoint signed by Ana for it: it or events before it were edited.',
      false,
    ],
    [
      'events after the checkpoint are not vouched, the checkpoint still matches',
      [...a, ...chain('laptop-a', 60).slice(57)],
      [checkpointOf(a, 50)],
      'Signed checkpoint: a checkpoint signed by Ana vouches for #50, and it matches.',
      true,
    ],
  ])('%s', (_name, events, checkpoints, text, intact) => {
    const report = checkCheckpoints(stored(events), checkpoints).get('laptop-a');
    if (!report) throw new Error('no report');
    expect(checkpointLines(report, names)[0]).toBe(text);
    expect(checkpointsIntact(report)).toBe(intact);
  });

  it('reports a checkpoint whose signature does not verify loudly and does not trust it', () => {
    const truncated = a.filter((e) => e.chain.seq <= 41);
    const report = checkCheckpoints(stored(truncated), [checkpointOf(a, 40), checkpointOf(a, 57, badSig)]).get('laptop-a');
    if (!report) throw new Error('no report');
    expect(report.finding).toMatchObject({ state: 'vouched', seq: 40 });
    expect(report.bad).toEqual([{ seq: 57, at: '2026-12-01T11:00:00.000Z', signerId: 'ana', reason: 'bad-signature' }]);
    expect(checkpointsIntact(report)).toBe(false);
    expect(checkpointLines(report, names)[1]).toBe(
      "A checkpoint for #57 claiming Ana's signature does not verify (the signature does not match the key): it was forged or altered.",
    );
  });

  it('does not trust a checkpoint verified as someone other than the signer it names', () => {
    const report = checkCheckpoints(stored(a), [checkpointOf(a, 57, { state: 'verified', signerId: 'ben' })]).get('laptop-a');
    expect(report?.finding.state).toBe('none');
    expect(report?.bad).toHaveLength(1);
  });

  it('reports a laptop whose every event was removed but whose checkpoint remains', () => {
    const report = checkCheckpoints(new Map(), [checkpointOf(a, 57)]).get('laptop-a');
    expect(report?.finding).toMatchObject({ state: 'removed', lastSeq: 0, seq: 57 });
  });

  it.each([
    [50, 'view', true],
    [51, 'view', false],
    [7, 'lock', true],
  ])('a checkpoint is due after event %i (%s): %s', (seq, action, due) => {
    expect(checkpointDue(seq, action)).toBe(due);
  });
});
