import { describe, expect, it } from 'vitest';
import { acknowledgementReminder } from '../../../../shared/progress/plans/acknowledgement-reminder';
import type { Signature } from '../../../../shared/progress/plans/types';
import { planVersion } from './plan-fixture';

const sig = (role: Signature['role'], signedAt: string | null, extra: Partial<Signature> = {}): Signature => ({
  role,
  signerId: role === 'author' ? 'me' : null,
  signerName: 'X',
  signedAt,
  method: 'in_app',
  attestation: '',
  contentHash: 'h',
  ...extra,
});
const dayOf = (instant: string) => instant.slice(0, 10);
const author = sig('author', '2026-12-01T15:00:00.000Z');

describe('acknowledgementReminder', () => {
  it.each([
    ['signed 7 days ago: not yet', 'active', [author], '2026-12-08', null],
    ['signed 8 days ago: the reminder', 'active', [author], '2026-12-09', { since: '2026-12-01', days: 8 }],
    ['awaiting a co-sign counts from the author’s signature', 'awaiting_signatures', [author], '2026-12-10', { since: '2026-12-01', days: 9 }],
    ['the client acknowledged', 'active', [author, sig('client', '2026-12-02T10:00:00.000Z', { method: 'verbal_telehealth_attested' })], '2026-12-20', null],
    [
      'the client declined (recorded with a reason)',
      'active',
      [author, sig('client', null, { declined: { reason: 'Wants to think', recordedBy: 'me', at: '2026-12-02T10:00:00.000Z' } })],
      '2026-12-20',
      null,
    ],
    ['a guardian acknowledged', 'active', [author, sig('guardian', '2026-12-02T10:00:00.000Z')], '2026-12-20', null],
    ['a superseded version owes nothing', 'superseded', [author], '2026-12-20', null],
    ['a draft owes nothing', 'draft', [], '2026-12-20', null],
  ] as const)('%s', (_name, status, signatures, today, expected) => {
    expect(acknowledgementReminder(planVersion({ status, signatures, contentHash: 'h' }), today, dayOf)).toEqual(expected);
  });
});
