import { beforeAll, describe, expect, it } from 'vitest';
import type { KeyRevocation } from '../../../../shared/signing/revocations';
import type { KeyCertificate } from '../../../../shared/signing/signing-types';
import { verifySignature, type KeyDirectory } from '../../../../shared/signing/verdict';
import { webCryptoChecker } from '../../../../renderer/signing/webcrypto-signing';
import { CLINIC, certify, newKey, revoke, signAs, verdictSummary as summary, type TestKey } from './signing-fixtures';

/** Revoked keys (issue 18 item 6): signatures before the revocation time stay verified, later ones do not. */

const HASH = 'c'.repeat(64);
const REVOKED_AT = '2026-12-03T12:00:00.000Z';
const BEFORE = '2026-12-03T11:59:59.000Z';
const AFTER = '2026-12-04T09:00:00.000Z';
let root: TestKey, dana: TestKey, sam: TestKey, samAdmin: TestKey, outsider: TestKey;
let certs: KeyCertificate[];

beforeAll(async () => {
  [root, dana, sam, samAdmin, outsider] = await Promise.all([newKey('admin-1'), newKey('dana'), newKey('sam'), newKey('sam', 'laptop-2'), newKey('eve')]);
  certs = [
    await certify(root, root, 'admin'),
    await certify(dana, root, 'therapist'),
    await certify(sam, root, 'therapist'),
    await certify(samAdmin, root, 'admin'),
  ];
});

const dir = (revocations: readonly KeyRevocation[]): KeyDirectory => ({
  keys: [root, dana, sam, samAdmin].map((k) => k.record),
  certificates: certs,
  revocations,
  anchor: { clinicId: CLINIC, rootKeyId: root.record.keyId },
});
const verdictAt = async (signedAt: string, revocations: () => Promise<readonly KeyRevocation[]>) =>
  summary(
    await verifySignature(
      { signerId: 'dana', purpose: 'note', contentHash: HASH, signature: await signAs(dana, HASH, 'dana', signedAt) },
      dir(await revocations()),
      webCryptoChecker,
    ),
  );

describe('revoked keys', () => {
  const cases: readonly [string, string, () => Promise<readonly KeyRevocation[]>, string][] = [
    ['not revoked', AFTER, () => Promise.resolve([]), 'verified'],
    ['signed before the revocation', BEFORE, async () => [await revoke(dana, root, REVOKED_AT)], `verified (revoked ${REVOKED_AT} by admin-1)`],
    ['signed after the revocation', AFTER, async () => [await revoke(dana, root, REVOKED_AT)], `revoked (revoked ${REVOKED_AT} by admin-1)`],
    ['signed at the revocation time', REVOKED_AT, async () => [await revoke(dana, root, REVOKED_AT)], `revoked (revoked ${REVOKED_AT} by admin-1)`],
    ['signature dated nonsense', 'yesterday', async () => [await revoke(dana, root, REVOKED_AT)], 'revoked (revoked 2026-12-03T12:00:00.000Z by admin-1)'],
    [
      'two revocations: the earlier counts',
      BEFORE,
      async () => [await revoke(dana, samAdmin, AFTER), await revoke(dana, root, '2026-12-01T00:00:00.000Z')],
      'revoked (revoked 2026-12-01T00:00:00.000Z by admin-1)',
    ],
    ['revoked by a certified second admin', AFTER, async () => [await revoke(dana, samAdmin, REVOKED_AT)], `revoked (revoked ${REVOKED_AT} by sam)`],
    ['"revoked" by a therapist’s key: ignored', AFTER, async () => [await revoke(dana, sam, REVOKED_AT)], 'verified'],
    ['"revoked" by a key no admin certified: ignored', AFTER, async () => [await revoke(dana, outsider, REVOKED_AT)], 'verified'],
    ['revocation for another clinic: ignored', AFTER, async () => [await revoke(dana, root, REVOKED_AT, 'other')], 'verified'],
    [
      'revocation altered after signing (later date): ignored',
      BEFORE,
      async () => [{ ...(await revoke(dana, root, REVOKED_AT)), revokedAt: BEFORE }],
      'verified',
    ],
    [
      'revoked by an admin whose own key was revoked earlier: ignored',
      AFTER,
      async () => [await revoke(samAdmin, root, '2026-12-02T00:00:00.000Z'), await revoke(dana, samAdmin, REVOKED_AT)],
      'verified',
    ],
    [
      'revoked by an admin whose own key was revoked later: stands',
      AFTER,
      async () => [await revoke(samAdmin, root, '2026-12-05T00:00:00.000Z'), await revoke(dana, samAdmin, REVOKED_AT)],
      `revoked (revoked ${REVOKED_AT} by sam)`,
    ],
  ];
  it.each(cases)('%s', async (_name, signedAt, revocations, expected) => {
    expect(await verdictAt(signedAt, revocations)).toBe(expected);
  });

  it('names a revocation signed by someone other than its stated issuer as no revocation', async () => {
    const forged = { ...(await revoke(dana, root, REVOKED_AT)), issuerId: 'sam' };
    expect(await verdictAt(AFTER, () => Promise.resolve([forged]))).toBe('verified');
  });
});
