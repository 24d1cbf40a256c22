import { describe, expect, it } from 'vitest';
import { planContentHash } from '../../../../shared/progress/plans/plan-hash';
import { planSignaturePurpose, planSignatureSubject } from '../../../../shared/progress/plans/plan-signatures';
import type { Signature } from '../../../../shared/progress/plans/types';
import { SIGNATURE_ALGORITHM, type RecordSignature } from '../../../../shared/signing/signing-types';
import { planVersion } from './plan-fixture';
import { completePlan } from './safety-plans/fixture';

const signature = (over: Partial<Signature> = {}): Signature => ({
  role: 'author',
  signerId: 'dana',
  signerName: 'Dana',
  signedAt: '2026-12-04T09:00:00.000Z',
  method: 'in_app',
  attestation: 'I attest.',
  contentHash: '',
  ...over,
});

describe('planSignaturePurpose', () => {
  it.each([
    ['treatment plan', 'author', 'plan'],
    ['treatment plan', 'supervisor', 'plan-cosign'],
    ['treatment plan', 'client', null],
    ['treatment plan', 'certifying_physician', null],
    ['safety plan', 'author', 'safety-plan'],
    ['safety plan', 'client', null],
  ] as const)('%s, %s → %s', (kind, role, purpose) => {
    const version = kind === 'treatment plan' ? planVersion() : completePlan();
    expect(planSignaturePurpose(version, { role })).toBe(purpose);
  });
});

describe('planSignatureSubject', () => {
  it('recomputes the hash; a content change, a stale signature hash or a missing key read as such', async () => {
    const base = planVersion();
    const hash = await planContentHash(base);
    const version = { ...base, contentHash: hash };
    const key = {
      v: 1,
      alg: SIGNATURE_ALGORITHM,
      purpose: 'plan',
      contentHash: hash,
      signerId: 'dana',
      keyId: 'k',
      signedAt: '',
      sig: '',
    } satisfies RecordSignature;
    const cases = [
      { version, s: signature({ contentHash: hash, key }), hash, signed: true },
      { version, s: signature({ contentHash: hash }), hash, signed: false },
      { version: { ...version, clientStatement: 'Changed.' }, s: signature({ contentHash: hash, key }), hash: '', signed: true },
      { version, s: signature({ contentHash: 'older', key }), hash: '', signed: true },
    ];
    for (const c of cases) {
      const subject = await planSignatureSubject(c.version, c.s);
      expect(subject).toMatchObject({ signerId: 'dana', purpose: 'plan', contentHash: c.hash });
      expect(subject?.signature !== null).toBe(c.signed);
    }
    expect(await planSignatureSubject(version, signature({ role: 'client', signerId: null }))).toBeNull();
  });
});
