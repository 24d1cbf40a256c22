import { describe, expect, it } from 'vitest';
import { createWebCryptoProvider } from '../../../renderer/crypto/web-crypto-provider';
import { generateEncryptionKeyPair, importEncryptionPrivateKey, unwrapWithPrivateKey, wrapToPublicKey } from '../../../renderer/member-keys/ecdh';
import { fingerprintOf, generateSigningKeyPair, importPrivateKey, signBytes, webCryptoChecker } from '../../../renderer/signing/webcrypto-signing';
import { EnvelopeError } from '../../../shared/crypto/envelope';
import { certifiedEncryptionKeys, encryptionKeyBytes, encryptionKeyProblem, type EncryptionKey } from '../../../shared/signing/encryption-keys';
import { revocationBytes, type KeyRevocation } from '../../../shared/signing/revocations';
import { certificateBytes, type KeyCertificate } from '../../../shared/signing/signing-types';
import { memberKeyGeneration } from '../../../shared/sync/member-keys';

const crypto = createWebCryptoProvider();

async function encryptionPair() {
  const pair = await generateEncryptionKeyPair();
  return { publicKey: pair.publicKey, privateKey: await importEncryptionPrivateKey(pair.pkcs8) };
}

describe('wrapping a sync key to a member’s encryption key (ECDH P-256)', () => {
  it('opens only with the recipient’s private key and the same purpose', async () => {
    const omar = await encryptionPair();
    const tess = await encryptionPair();
    const secret = crypto.randomBytes(32);
    const wrapped = await wrapToPublicKey(crypto, omar.publicKey, secret, 'member-key/omar/1');
    expect(await unwrapWithPrivateKey(crypto, omar, wrapped, 'member-key/omar/1')).toEqual(secret);
    await expect(unwrapWithPrivateKey(crypto, tess, wrapped, 'member-key/omar/1')).rejects.toBeInstanceOf(EnvelopeError);
    await expect(unwrapWithPrivateKey(crypto, omar, wrapped, 'member-key/omar/2')).rejects.toBeInstanceOf(EnvelopeError);
  });
});

describe('which encryption keys are vouched for', () => {
  async function setup() {
    const root = await generateSigningKeyPair();
    const rootKeyId = await fingerprintOf(root.publicKey);
    const rootPrivate = await importPrivateKey(root.pkcs8);
    const anchor = { clinicId: 'c', rootKeyId };
    const rootClaim = {
      clinicId: 'c',
      keyId: rootKeyId,
      userId: 'admin',
      laptopId: 'l0',
      publicKey: root.publicKey,
      role: 'admin',
      certifiedAt: 't',
      issuerId: 'admin',
      issuerKeyId: rootKeyId,
    };
    const member = await generateSigningKeyPair();
    const memberKeyId = await fingerprintOf(member.publicKey);
    const memberClaim = { ...rootClaim, keyId: memberKeyId, userId: 'omar', laptopId: 'l1', publicKey: member.publicKey, role: 'therapist' };
    const certificates: KeyCertificate[] = [
      { v: 1, ...rootClaim, sig: await signBytes(rootPrivate, certificateBytes(rootClaim)) },
      { v: 1, ...memberClaim, sig: await signBytes(rootPrivate, certificateBytes(memberClaim)) },
    ];
    const enc = await generateEncryptionKeyPair();
    const claim = {
      keyId: await fingerprintOf(enc.publicKey),
      userId: 'omar',
      laptopId: 'l1',
      publicKey: enc.publicKey,
      createdAt: 't',
      signingKeyId: memberKeyId,
    };
    const key: EncryptionKey = { ...claim, sig: await signBytes(await importPrivateKey(member.pkcs8), encryptionKeyBytes(claim)) };
    // The admin revokes Omar's signing key (issue 18 item 6); `revoked` is on record only where a row uses it.
    const statement = {
      clinicId: 'c',
      keyId: memberKeyId,
      userId: 'omar',
      revokedAt: '2026-12-01T00:00:00.000Z',
      reason: 'laptop lost',
      issuerId: 'admin',
      issuerKeyId: rootKeyId,
    };
    const revoked: KeyRevocation = { v: 1, type: 'revocation', ...statement, sig: await signBytes(rootPrivate, revocationBytes(statement)) };
    return { anchor, certificates, key, revoked };
  }

  it.each([
    ['a key signed by its user’s certified signing key', (k: EncryptionKey) => k, ''],
    ['a key claimed for another user', (k: EncryptionKey) => ({ ...k, userId: 'tess' }), 'another user'],
    ['a key claimed for another laptop', (k: EncryptionKey) => ({ ...k, laptopId: 'l9' }), 'another user’s or laptop’s'],
    ['a public key swapped under the same id', (k: EncryptionKey) => ({ ...k, publicKey: k.publicKey.replace(/.$/, 'A') }), 'key id does not match'],
    ['a key vouched for by an uncertified signing key', (k: EncryptionKey) => ({ ...k, signingKeyId: 'nobody' }), 'not certified'],
    ['an altered date', (k: EncryptionKey) => ({ ...k, createdAt: 'u' }), 'signature does not verify'],
  ])('%s', async (_name, change, problem) => {
    const { anchor, certificates, key } = await setup();
    const found = await encryptionKeyProblem(change(key), { certificates, revocations: [], anchor }, webCryptoChecker);
    if (problem === '') expect(found).toBe('');
    else expect(found).toContain(problem);
  });

  // A rotated sync key goes only to keys whose signing key is certified and not revoked: a member whose signing key
  // was revoked gets no wrapping, while a revocation no certified admin signed changes nothing.
  it.each([
    ['no revocation on record', (): KeyRevocation[] => [], 1],
    ['the vouching signing key revoked by a certified admin', (r: KeyRevocation) => [r], 0],
    ['a revocation with a forged signature', (r: KeyRevocation) => [{ ...r, sig: r.sig.replace(/^./, r.sig.startsWith('A') ? 'B' : 'A') }], 1],
    ['a revocation of another key', (r: KeyRevocation) => [{ ...r, keyId: 'someone-else' }], 1],
  ])('a rotated key’s recipients with %s', async (_name, revocations, wrapped) => {
    const { anchor, certificates, key, revoked } = await setup();
    const dir = { certificates, revocations: revocations(revoked), anchor };
    expect(await certifiedEncryptionKeys([key], new Set(['omar']), dir, webCryptoChecker)).toHaveLength(wrapped);
    if (wrapped === 0) expect(await encryptionKeyProblem(key, dir, webCryptoChecker)).toBe('the signing key that vouches for it was revoked');
  });

  it.each([
    ['member-key:omar:1', 1],
    ['member-key:staff-1:12', 12],
    ['member-key:omar:0', null],
    ['member-key:omar:', null],
    ['enroll:omar', null],
  ])('%s names generation %s', (id, generation) => {
    expect(memberKeyGeneration(id)).toBe(generation);
  });
});
