import { beforeAll, describe, expect, it } from 'vitest';
import { certifiedKey, rootCandidate } from '../../../../shared/signing/certificates';
import type { KeyCertificate, RecordSignature } from '../../../../shared/signing/signing-types';
import { verifySignature, type KeyDirectory, type SignatureVerdict, type SignedSubject } from '../../../../shared/signing/verdict';
import { webCryptoChecker } from '../../../../renderer/signing/webcrypto-signing';
import { CLINIC, certify, newKey, signAs, type TestKey } from './signing-fixtures';

const HASH = 'a'.repeat(64);
let root: TestKey, dana: TestKey, sam: TestKey, mallory: TestKey, samAdmin: TestKey;
let certs: KeyCertificate[];

beforeAll(async () => {
  [root, dana, sam, mallory, samAdmin] = await Promise.all([
    newKey('admin-1'),
    newKey('dana'),
    newKey('sam'),
    newKey('dana', 'laptop-x'),
    newKey('sam', 'laptop-2'),
  ]);
  certs = [await certify(root, root, 'admin'), await certify(dana, root, 'therapist'), await certify(sam, root, 'therapist')];
});

const dir = (over: Partial<KeyDirectory> = {}): KeyDirectory => ({
  keys: [root, dana, sam, mallory, samAdmin].map((k) => k.record),
  certificates: certs,
  revocations: [],
  anchor: { clinicId: CLINIC, rootKeyId: root.record.keyId },
  ...over,
});
const subject = (signature: RecordSignature | null, over: Partial<SignedSubject> = {}): SignedSubject => ({
  signerId: 'dana',
  purpose: 'note',
  contentHash: HASH,
  signature,
  ...over,
});
const reason = (v: SignatureVerdict) => (v.state === 'warning' ? v.reason : v.state);

describe('verifySignature', () => {
  it('verifies a note signed with the named signer’s certified key', async () => {
    expect(await verifySignature(subject(await signAs(dana, HASH)), dir(), webCryptoChecker)).toEqual({ state: 'verified', signerId: 'dana' });
  });

  it('reads a record without a signature as signed before keys, never verified', async () => {
    expect(await verifySignature(subject(null), dir(), webCryptoChecker)).toEqual({ state: 'before-keys' });
  });

  const cases: readonly [string, () => Promise<[SignedSubject, KeyDirectory]>, string][] = [
    ['content changed after signing', async () => [subject(await signAs(dana, HASH), { contentHash: 'b'.repeat(64) }), dir()], 'content-changed'],
    ['signature copied onto another purpose', async () => [subject(await signAs(dana, HASH), { purpose: 'addendum' }), dir()], 'content-changed'],
    ['"Signed by" Dana, signed as Sam', async () => [subject(await signAs(sam, HASH)), dir()], 'other-user'],
    ['Sam’s key claiming to be Dana', async () => [subject(await signAs(sam, HASH, 'dana')), dir()], 'other-user'],
    ['a key nobody published', async () => [subject(await signAs(dana, HASH)), dir({ keys: [], certificates: [] })], 'unknown-key'],
    [
      'a published key whose id is not its fingerprint',
      async () => [subject(await signAs(dana, HASH)), dir({ keys: [{ ...dana.record, publicKey: mallory.record.publicKey }], certificates: [] })],
      'unknown-key',
    ],
    [
      'a signature altered after signing',
      async () => [subject({ ...(await signAs(dana, HASH)), signedAt: '2026-12-03T09:00:00.000Z' }), dir()],
      'bad-signature',
    ],
    ['Dana’s name on a key no admin certified', async () => [subject(await signAs(mallory, HASH)), dir()], 'uncertified-key'],
    [
      'a certificate signed by a non-admin key',
      async () => [subject(await signAs(mallory, HASH)), dir({ certificates: [...certs, await certify(mallory, sam, 'therapist')] })],
      'uncertified-key',
    ],
    [
      'a root the laptop never pinned (self-signed by a forger)',
      async () => [subject(await signAs(mallory, HASH)), dir({ certificates: [...certs, await certify(mallory, mallory, 'admin')] })],
      'uncertified-key',
    ],
    ['no pinned root on this laptop', async () => [subject(await signAs(dana, HASH)), dir({ anchor: { clinicId: CLINIC, rootKeyId: '' } })], 'no-root'],
    [
      'a certificate for another clinic',
      async () => [subject(await signAs(dana, HASH)), dir({ anchor: { clinicId: 'other', rootKeyId: root.record.keyId } })],
      'uncertified-key',
    ],
    [
      'a record speaking for laptop-2 (a checkpoint) signed with Dana’s key issued for laptop-1',
      async () => [subject(await signAs(dana, HASH), { laptopId: 'laptop-2' }), dir()],
      'other-laptop',
    ],
  ];
  it('verifies a record speaking for a laptop signed with a key issued for that laptop', async () => {
    const s = subject(await signAs(dana, HASH), { laptopId: 'laptop-1' });
    expect(await verifySignature(s, dir(), webCryptoChecker)).toEqual({ state: 'verified', signerId: 'dana' });
  });
  it.each(cases)('warns: %s', async (_name, make, expected) => {
    const [s, d] = await make();
    expect(reason(await verifySignature(s, d, webCryptoChecker))).toBe(expected);
  });
});

describe('certificates', () => {
  it('follows a chain through a certified admin back to the root', async () => {
    const adminCert = await certify(samAdmin, root, 'admin');
    const viaSam = await certify(mallory, samAdmin, 'therapist');
    const anchor = { clinicId: CLINIC, rootKeyId: root.record.keyId };
    expect(await certifiedKey(mallory.record.keyId, [...certs, adminCert, viaSam], anchor, webCryptoChecker)).toEqual(viaSam);
    expect(await certifiedKey(mallory.record.keyId, [...certs, viaSam], anchor, webCryptoChecker)).toBeNull();
  });

  it('offers the one self-certified admin key as the root, and none when a second appears', async () => {
    expect((await rootCandidate(certs, CLINIC, webCryptoChecker))?.keyId).toBe(root.record.keyId);
    expect(await rootCandidate([...certs, await certify(mallory, mallory, 'admin')], CLINIC, webCryptoChecker)).toBeNull();
  });
});
