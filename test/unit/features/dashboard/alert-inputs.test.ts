import { describe, expect, it } from 'vitest';
import { alertInputOf, NO_PROGRESS_FEEDS, type ClientRecords } from '../../../../renderer/features/dashboard/alert-inputs';
import { computeClientAlerts } from '../../../../shared/progress/alerts';
import type { Signature } from '../../../../shared/progress/plans/types';
import { lastAddressedAt } from '../../../../shared/progress/safety-plans';
import { client } from '../clients/fixtures';
import { planVersion } from '../../shared/progress/plan-fixture';

const now = new Date('2026-12-04T15:00:00Z');
const records = (safetyPlanAddressedAt: string | null): ClientRecords => ({
  client: client({ admissionDate: '2026-11-20' }),
  responses: [],
  attendance: [],
  plans: [],
  homework: [],
  homeworkCompletions: [],
  medications: [],
  medicationEvents: [],
  safetyAcks: [],
  cosignsWaiting: [],
  evidence: null,
  reviews: [],
  safetyPlanAddressedAt,
});
// A high-severity event on 2 December; the active safety plan started on 1 December (the evidence's last review day).
const feeds = { ...NO_PROGRESS_FEEDS, safetyEvents: [{ at: '2026-12-02', severity: 'high' as const }], safetyPlanReviewedAt: '2026-12-01' };
const fired = (addressedAt: string | null) =>
  computeClientAlerts(alertInputOf(records(addressedAt), feeds, now, '2026-12-04'), { now, timeZone: 'UTC' }).map((a) => a.id);

describe('the safety plan addressed after a safety event answers the dashboard’s recent-event alert', () => {
  it.each([
    ['never signed or reviewed since the plan started: the alert stays', null, true],
    ['reviewed with no change (or a version signed) after the event: answered', '2026-12-03T10:00:00.000Z', false],
    ['addressed before the event: the alert stays', '2026-11-30T10:00:00.000Z', true],
  ] as const)('%s', (_name, addressedAt, stays) => {
    expect(fired(addressedAt).includes('safety.recent_event')).toBe(stays);
  });
});

describe('when the safety plan was last addressed', () => {
  const version = (signedAt: string | null, role: 'author' | 'client' = 'author') => ({
    signatures: [{ role, signerId: null, signerName: 'A', signedAt, method: 'in_app', attestation: '', contentHash: '' } satisfies Signature],
  });
  it.each([
    ['nothing', [], [], null],
    ['the author’s signing', [version('2026-12-01T09:00:00Z'), version('2026-12-02T09:00:00Z', 'client')], [], '2026-12-01T09:00:00Z'],
    ['a later review with no change', [version('2026-12-01T09:00:00Z')], ['2026-12-03T09:00:00Z'], '2026-12-03T09:00:00Z'],
    ['an unsigned draft counts for nothing', [version(null)], [], null],
  ] as const)('%s', (_name, versions, reviewedAt, at) => {
    expect(lastAddressedAt(versions, reviewedAt)).toBe(at);
  });
});

describe('a signed plan without the client’s acknowledgement is a pending signature on the dashboard after 7 days', () => {
  const author: Signature = {
    role: 'author',
    signerId: 'me',
    signerName: 'A',
    signedAt: '2026-11-25T09:00:00Z',
    method: 'in_app',
    attestation: '',
    contentHash: 'h',
  };
  const clientAck: Signature = { ...author, role: 'client', signerId: null, signedAt: '2026-11-26T09:00:00Z', method: 'verbal_telehealth_attested' };
  const withPlan = (status: 'active' | 'awaiting_signatures', signatures: readonly Signature[]): ClientRecords => ({
    ...records(null),
    plans: [planVersion({ status, signatures, contentHash: 'h' })],
  });
  const pending = (r: ClientRecords) =>
    computeClientAlerts(alertInputOf(r, NO_PROGRESS_FEEDS, now, '2026-12-04'), { now, timeZone: 'UTC' }).filter((a) => a.id === 'signature.pending');
  it.each([
    ['an active plan signed 9 days ago, not acknowledged (it is in force without it)', withPlan('active', [author]), 1],
    ['a plan awaiting a co-sign, not acknowledged', withPlan('awaiting_signatures', [author]), 1],
    ['acknowledged by the client', withPlan('active', [author, clientAck]), 0],
  ] as const)('%s', (_name, r, n) => {
    expect(pending(r)).toHaveLength(n);
  });
});
