import { chainedCertificate, revocationOf, type KeyRevocation } from '../../../shared/signing/revocations';
import type { SigningKey } from '../../../shared/signing/signing-types';
import type { Staff } from '../../../shared/domain/staff';
import type { KeyRecords } from '../../db';
import type { SigningSession } from '../../signing/signing-session';
import { certifyBlocker, keyDirectoryOf } from '../../signing/trust';
import { webCryptoChecker } from '../../signing/webcrypto-signing';

/** One row of the signing keys page: a staff member's key on one laptop and whether it is certified. */
export interface SigningKeyRow {
  readonly key: SigningKey;
  readonly staff: Staff | null;
  readonly certified: boolean;
  /** The key's revocation (then its signatures from that time on are not verified); null while it stands. */
  readonly revoked: KeyRevocation | null;
  readonly root: boolean;
  readonly thisLaptop: boolean;
}

export interface SigningKeysView {
  readonly rows: readonly SigningKeyRow[];
  /** Why the signed-in user cannot certify ('' when they can). */
  readonly certifyBlocker: string;
}

export async function signingKeysView(records: KeyRecords, staff: readonly Staff[], session: SigningSession | null): Promise<SigningKeysView> {
  if (!session) return { rows: [], certifyBlocker: 'Your signing key is not open on this laptop.' };
  const dir = await keyDirectoryOf(records, session);
  const rows = await Promise.all(
    records.keys.map(async (key) => ({
      key,
      staff: staff.find((s) => s.id === key.userId) ?? null,
      certified: (await chainedCertificate(key.keyId, dir, webCryptoChecker)) !== null,
      revoked: await revocationOf(key.keyId, dir, webCryptoChecker),
      root: key.keyId === dir.anchor.rootKeyId,
      thisLaptop: key.laptopId === session.laptopId,
    })),
  );
  const byName = (r: SigningKeyRow) => r.staff?.name ?? r.key.userId;
  return {
    rows: rows.sort((a, b) => byName(a).localeCompare(byName(b)) || a.key.createdAt.localeCompare(b.key.createdAt)),
    certifyBlocker: await certifyBlocker(dir, session),
  };
}
