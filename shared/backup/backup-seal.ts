import { bytesEqual, fromBase64, toBase64, utf8Decode, utf8Encode } from '../crypto/bytes';
import { EnvelopeError, openBytes, sealBytes } from '../crypto/envelope';
import { deriveKey, unwrapMasterKey, WrongSecretError, type WrappedKey } from '../crypto/keys';
import type { CryptoProvider } from '../crypto/provider';
import { parseRecoveryKey } from '../crypto/recovery-key';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupAad,
  backupBodySchema,
  BackupError,
  parseBackupFile,
  type BackupBody,
  type BackupFile,
  type BackupHeader,
} from './backup-format';

export interface MakeBackupInput {
  readonly master: Uint8Array;
  /** The master key as the keyring keeps it wrapped under the recovery key. */
  readonly recovery: WrappedKey;
  readonly body: BackupBody;
  readonly madeBy: string;
  readonly now: Date;
  readonly schemaVersions: Readonly<Record<string, number>>;
}

/** Seals every collection into the text of one backup file. */
export async function makeBackup(crypto: CryptoProvider, input: MakeBackupInput): Promise<string> {
  const plain = utf8Encode(JSON.stringify(input.body));
  const counts = Object.fromEntries(Object.entries(input.body.collections).map(([name, docs]) => [name, docs.length]));
  const schemaVersions = Object.fromEntries(Object.keys(counts).map((name) => [name, input.schemaVersions[name] ?? 0]));
  const header: BackupHeader = {
    formatVersion: BACKUP_FORMAT_VERSION,
    clinicId: input.body.clinic.id,
    createdAt: input.now.toISOString(),
    madeBy: input.madeBy,
    schemaVersions,
  };
  const manifest = { counts, sha256: toBase64(await crypto.sha256(plain)) };
  const clear = { header, manifest, recovery: input.recovery };
  const key = await deriveKey(crypto, input.master, 'backup');
  const body = await sealBytes(crypto, key, plain, backupAad(clear));
  const file: BackupFile = { format: BACKUP_FORMAT, ...clear, body };
  return JSON.stringify(file);
}

/** A backup whose body opened and matched its manifest; `master` is the clinic master key it carries. */
export interface OpenedBackup {
  readonly file: BackupFile;
  readonly body: BackupBody;
  readonly master: Uint8Array;
}

async function unwrapWithRecoveryKey(crypto: CryptoProvider, file: BackupFile, recoveryKey: string): Promise<Uint8Array> {
  const parsed = parseRecoveryKey(recoveryKey);
  if (!parsed.ok) throw new BackupError('wrong-recovery-key', parsed.reason);
  try {
    return await unwrapMasterKey(crypto, file.recovery, parsed.bytes);
  } catch (error) {
    if (error instanceof WrongSecretError) throw new BackupError('wrong-recovery-key');
    throw error;
  }
}

function checkCounts(file: BackupFile, body: BackupBody): void {
  const names = Object.keys(body.collections);
  const expected = file.manifest.counts;
  if (names.length !== Object.keys(expected).length) throw new BackupError('altered', 'collections differ from the manifest');
  for (const name of names) {
    if (body.collections[name]?.length !== expected[name]) throw new BackupError('altered', `${name} count differs from the manifest`);
  }
  if (body.clinic.id !== file.header.clinicId) throw new BackupError('altered', 'clinic differs from the header');
}

async function openBody(crypto: CryptoProvider, file: BackupFile, master: Uint8Array): Promise<BackupBody> {
  const key = await deriveKey(crypto, master, 'backup');
  let plain: Uint8Array;
  try {
    plain = await openBytes(crypto, key, file.body, backupAad(file));
  } catch (error) {
    if (error instanceof EnvelopeError) throw new BackupError('altered', 'the sealed body did not verify');
    throw error;
  }
  if (!bytesEqual(await crypto.sha256(plain), fromBase64(file.manifest.sha256))) throw new BackupError('altered', 'checksum mismatch');
  let json: unknown;
  try {
    json = JSON.parse(utf8Decode(plain)) as unknown;
  } catch {
    throw new BackupError('altered', 'the body is not JSON');
  }
  const body = backupBodySchema.safeParse(json);
  if (!body.success) throw new BackupError('altered', 'the body has an unexpected shape');
  checkCounts(file, body.data);
  return body.data;
}

/**
 * Checks a whole backup file before anything is restored: its clear part, the recovery key (which unwraps the master
 * key it carries), the sealed body, the checksum and the counts. Every refusal is a BackupError.
 */
export async function openBackup(
  crypto: CryptoProvider,
  text: string,
  recoveryKey: string,
  schemaVersions: Readonly<Record<string, number>>,
): Promise<OpenedBackup> {
  const file = parseBackupFile(text, schemaVersions);
  const master = await unwrapWithRecoveryKey(crypto, file, recoveryKey);
  try {
    return { file, body: await openBody(crypto, file, master), master };
  } catch (error) {
    master.fill(0);
    throw error;
  }
}
