import { utf8Encode } from '../crypto/bytes';
import { chainedCertificate, revocationOf, signedAfterRevocation, type RevocationDirectory } from '../signing/revocations';
import type { SignatureChecker } from '../signing/signing-types';

/**
 * A rotated sync key in the clinic keyring (issue 18 item 4(d)): one document per member and generation,
 * `member-key:<user>:<generation>`, holding the key wrapped to each of the member's vouched-for encryption keys
 * (one per laptop). The admin who rotated signs each wrapping with their certified signing key, so a wrapping the
 * server's operator slipped into the keyring (a key they know) is refused by the member's laptop.
 */

export interface MemberKeyWrap {
  /** The recipient encryption key's id. */
  readonly keyId: string;
  readonly ephemeral: string;
  readonly envelope: string;
}

export interface MemberKeyDoc {
  readonly userId: string;
  readonly generation: number;
  readonly wraps: readonly MemberKeyWrap[];
  readonly issuerKeyId: string;
  /** The issuer's signature over memberKeyBytes. */
  readonly sig: string;
  readonly createdAt: string;
}

export const memberKeyDocId = (userId: string, generation: number): string => `member-key:${userId}:${generation}`;

/** The generation a keyring document id names, or null when it is not a member key. */
export function memberKeyGeneration(id: string): number | null {
  const match = /^member-key:.+:([1-9][0-9]{0,5})$/.exec(id);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** The associated data of one wrapping: bound to the clinic, member, generation and recipient key. */
export const memberKeyAad = (clinicId: string, userId: string, generation: number, keyId: string): string =>
  `waypoint/member-key/v1/${clinicId}/${userId}/${generation}/${keyId}`;

/** The bytes the rotating admin signs: the whole document but its signature, in a fixed order. */
export function memberKeyBytes(clinicId: string, d: Omit<MemberKeyDoc, 'sig'>): Uint8Array {
  const wraps = d.wraps.map((w) => [w.keyId, w.ephemeral, w.envelope]);
  return utf8Encode(JSON.stringify(['waypoint/member-key/v1', clinicId, d.userId, d.generation, wraps, d.issuerKeyId, d.createdAt]));
}

/**
 * Why a wrapping's signature is refused ('' when it is accepted): it must verify under a key certified with the admin
 * role, back to the pinned root, that was not revoked at or before the wrapping's date (`signedAt`, its createdAt).
 */
export type IssuerCheck = (issuerKeyId: string, bytes: Uint8Array, sig: string, signedAt: string) => Promise<string>;

export function certifiedAdminCheck(dir: RevocationDirectory, checker: SignatureChecker): IssuerCheck {
  return async (issuerKeyId, bytes, sig, signedAt) => {
    const cert = await chainedCertificate(issuerKeyId, dir, checker);
    if (cert?.role !== 'admin') return 'it is not signed by a key an admin certified with the admin role';
    if (!(await checker.verify(cert.publicKey, bytes, sig))) return 'its signature does not verify';
    const revocation = await revocationOf(issuerKeyId, dir, checker);
    if (revocation && signedAfterRevocation(signedAt, revocation))
      return `it was signed by an admin key revoked on ${revocation.revokedAt.slice(0, 10)}, on or before its date`;
    return '';
  };
}
