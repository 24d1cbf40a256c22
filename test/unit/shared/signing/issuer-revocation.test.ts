import { beforeAll, describe, expect, it } from 'vitest';
import { certifiedBeforeRevocation } from '../../../../shared/signing/certificates';
import { revocationOf, type KeyRevocation } from '../../../../shared/signing/revocations';
import type { KeyCertificate, SignatureChecker } from '../../../../shared/signing/signing-types';
import { verifySignature, warningWhy, type KeyDirectory, type SignatureVerdict } from '../../../../shared/signing/verdict';
import { webCryptoChecker } from '../../../../renderer/signing/webcrypto-signing';
import { CLINIC, certify, newKey, revoke, signAs, verdictSummary as summary, type TestKey } from './signing-fixtures';

/**
 * Certificates a revoked admin key issued (issue 18 item 6): one dated before the issuer's revocation still chains,
 * one dated at or after it (or with an unreadable date) does not, and the verdict says why.
 */

const REVOKED_AT = '2026-12-03T12:00:00.000Z';
const BEFORE = '2026-12-03T11:59:59.000Z';
const AFTER = '2026-12-04T09:00:00.000Z';
const HASH = 'd'.repeat(64);

describe('certifiedBeforeRevocation', () => {
  const cases: readonly [string, string, string | null, boolean][] = [
    ['issuer not revoked', AFTER, null, true],
    ['certified before the revocation', BEFORE, REVOKED_AT, true],
    ['certified at the revocation time', REVOKED_AT, REVOKED_AT, false],
    ['certified after the revocation', AFTER, REVOKED_AT, false],
    ['certificate date unreadable', 'yesterday', REVOKED_AT, false],
    ['certificate date empty', '', REVOKED_AT, false],
    ['revocation date unreadable', BEFORE, 'soon', false],
    ['unreadable date, issuer not revoked', 'yesterday', null, true],
  ];
  it.each(cases)('%s', (_name, certifiedAt, revokedAt, chains) => {
    expect(certifiedBeforeRevocation(certifiedAt, revokedAt)).toBe(chains);
  });
});

let root: TestKey, sam: TestKey, dana: TestKey, nico: TestKey;
let base: KeyCertificate[];

beforeAll(async () => {
  [root, sam, dana, nico] = await Promise.all([newKey('admin-1'), newKey('sam'), newKey('dana'), newKey('nico')]);
  base = [await certify(root, root, 'admin'), await certify(sam, root, 'admin')];
});

const dir = (certificates: readonly KeyCertificate[], revocations: readonly KeyRevocation[]): KeyDirectory => ({
  keys: [root, sam, dana, nico].map((k) => k.record),
  certificates,
  revocations,
  anchor: { clinicId: CLINIC, rootKeyId: root.record.keyId },
});

describe('a certificate issued by an admin key that was later revoked', () => {
  // Sam (an admin certified by the root) certifies Dana at `certifiedAt`; the root revokes Sam's key at REVOKED_AT.
  const cases: readonly [string, string, boolean, string][] = [
    ['Sam not revoked', AFTER, false, 'verified'],
    ['certified before Sam’s revocation: stays valid', BEFORE, true, 'verified'],
    ['certified at Sam’s revocation time', REVOKED_AT, true, `issuer-revoked (revoked ${REVOKED_AT} by admin-1)`],
    ['certified after Sam’s revocation (backdating is the only way)', AFTER, true, `issuer-revoked (revoked ${REVOKED_AT} by admin-1)`],
    ['certificate dated nonsense', 'not a date', true, `issuer-revoked (revoked ${REVOKED_AT} by admin-1)`],
  ];
  it.each(cases)('%s', async (_name, certifiedAt, samRevoked, expected) => {
    const certificates = [...base, await certify(dana, sam, 'therapist', CLINIC, certifiedAt)];
    const revocations = samRevoked ? [await revoke(sam, root, REVOKED_AT)] : [];
    const signature = await signAs(dana, HASH, 'dana', '2026-12-02T09:00:00.000Z');
    const verdict = await verifySignature(
      { signerId: 'dana', purpose: 'note', contentHash: HASH, signature },
      dir(certificates, revocations),
      webCryptoChecker,
    );
    expect(summary(verdict)).toBe(expected);
  });

  it('breaks the chain further down too: a key certified by one Sam certified after his revocation', async () => {
    const certificates = [...base, await certify(nico, sam, 'admin', CLINIC, AFTER), await certify(dana, nico, 'therapist', CLINIC, AFTER)];
    const signature = await signAs(dana, HASH);
    const verdict = await verifySignature(
      { signerId: 'dana', purpose: 'note', contentHash: HASH, signature },
      dir(certificates, [await revoke(sam, root, REVOKED_AT)]),
      webCryptoChecker,
    );
    expect(summary(verdict)).toBe(`issuer-revoked (revoked ${REVOKED_AT} by admin-1)`);
  });

  it('does not count a revocation signed by an admin key certified after its issuer’s revocation', async () => {
    // Nico's admin key was certified by Sam after Sam was revoked: Nico cannot revoke Dana.
    const certificates = [...base, await certify(nico, sam, 'admin', CLINIC, AFTER), await certify(dana, root, 'therapist')];
    const revocations = [await revoke(sam, root, REVOKED_AT), await revoke(dana, nico, '2026-12-05T00:00:00.000Z')];
    expect(await revocationOf(dana.record.keyId, dir(certificates, revocations), webCryptoChecker)).toBeNull();
  });
});

describe('judging many signatures against one directory', () => {
  it('verifies each revocation’s signature once, not once per signature', async () => {
    const certificates = [...base, await certify(dana, root, 'therapist'), await certify(nico, root, 'therapist')];
    const revocations = [await revoke(dana, root, REVOKED_AT), await revoke(nico, sam, REVOKED_AT)];
    const revocationBytes = new Set(revocations.map((r) => r.sig));
    let revocationChecks = 0;
    const counting: SignatureChecker = {
      fingerprint: (k) => webCryptoChecker.fingerprint(k),
      verify: (key, bytes, sig) => {
        if (revocationBytes.has(sig)) revocationChecks++;
        return webCryptoChecker.verify(key, bytes, sig);
      },
    };
    const d = dir(certificates, revocations);
    const signatures = await Promise.all([1, 2, 3, 4, 5].map((day) => signAs(day % 2 ? dana : nico, HASH, undefined, `2026-12-0${day}T08:00:00.000Z`)));
    const verdicts = await Promise.all(
      signatures.map((signature) => verifySignature({ signerId: signature.signerId, purpose: 'note', contentHash: HASH, signature }, d, counting)),
    );
    expect(verdicts.map((v) => v.state)).toEqual(['verified', 'verified', 'verified', 'warning', 'warning']);
    expect(revocationChecks).toBe(2);
  });
});

describe('what the warning says', () => {
  const revoked = { at: REVOKED_AT, byId: 'admin-1', reason: 'Laptop lost' };
  const text = (r: { at: string; byId: string }) => `revoked on ${r.at.slice(0, 10)} by ${r.byId}`;
  const cases: readonly [string, Extract<SignatureVerdict, { state: 'warning' }>, string][] = [
    ['the signer’s key revoked', { state: 'warning', reason: 'revoked', revoked }, 'key revoked on 2026-12-03 by admin-1'],
    ['certified by a revoked key', { state: 'warning', reason: 'issuer-revoked', revoked }, 'certified by a key revoked on 2026-12-03 by admin-1'],
    ['not certified', { state: 'warning', reason: 'uncertified-key' }, 'the signer’s key is not certified by an admin'],
  ];
  it.each(cases)('%s', (_name, verdict, expected) => {
    expect(warningWhy(verdict, text)).toBe(expected);
  });
});
