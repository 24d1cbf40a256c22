import { z } from 'zod';

/**
 * The backup file (issue 19, item 3): one JSON text holding every collection. Its clear part says what it is
 * (format, schema version per collection, when, which clinic, counts and a SHA-256 of the plaintext body); the body is
 * sealed with AES-256-GCM under a key HKDF-derived from the clinic master key, with the clear part as associated data,
 * so changing any of it makes the body refuse to open. The master key travels wrapped under the recovery key.
 */

export const BACKUP_FORMAT = 'waypoint-backup';
/** 2: the body may name the laptop it was made on and that laptop's audit chain head (auditHead), and its clinic the
 * signing trust root the backing-up laptop pinned; a version-1 app refuses it as newer. 1 still opens. */
export const BACKUP_FORMAT_VERSION = 2;
/** Every backup file starts with these characters: anything else is not a backup. */
export const BACKUP_MAGIC = `{"format":"${BACKUP_FORMAT}"`;

const wrappedKeySchema = z.strictObject({
  kdf: z.enum(['argon2id', 'hkdf-sha256']),
  salt: z.string().min(1),
  argon2: z
    .strictObject({ memoryKiB: z.number().int().positive(), iterations: z.number().int().positive(), parallelism: z.number().int().positive() })
    .optional(),
  envelope: z.string().min(1),
});

export const backupHeaderSchema = z.strictObject({
  formatVersion: z.number().int().positive(),
  clinicId: z.string().min(1),
  createdAt: z.iso.datetime(),
  /** The id of the staff member who made the backup. */
  madeBy: z.string().min(1),
  /** The schema version of every collection in the body, as the app that made it knew them. */
  schemaVersions: z.record(z.string(), z.number().int().min(0)),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const backupManifestSchema = z.strictObject({
  counts: z.record(z.string(), z.number().int().min(0)),
  /** SHA-256 of the plaintext body (UTF-8 JSON), base64. */
  sha256: z.string().min(1),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  header: backupHeaderSchema,
  manifest: backupManifestSchema,
  /** The clinic master key wrapped under the recovery key (as the keyring stores it). */
  recovery: wrappedKeySchema,
  /** The sealed body: an envelope "w1.<iv>.<ciphertext>". */
  body: z.string().min(1),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

export const backupBodySchema = z.strictObject({
  clinic: z.strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    /** The signing trust root (a key id) the backing-up laptop pinned; '' or absent: none (format 1). */
    trustRootKeyId: z.string().optional(),
  }),
  collections: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  /** The laptop the backup was made on and its audit chain's newest event then: a restore continues that chain. */
  auditHead: z.strictObject({ deviceId: z.string().min(1), seq: z.number().int().positive(), hash: z.string().min(1) }).optional(),
});
/** What a backup holds once opened: the clinic and every collection's documents. */
export type BackupBody = z.infer<typeof backupBodySchema>;

export type BackupRefusal = 'not-a-backup' | 'truncated' | 'altered' | 'newer-schema' | 'wrong-recovery-key';

const MESSAGES: Readonly<Record<BackupRefusal, string>> = {
  'not-a-backup': 'This file is not a Waypoint backup.',
  truncated: 'This backup file is incomplete (it was cut short while copying or saving). Nothing was restored.',
  altered: 'This backup file has been altered or damaged and cannot be trusted. Nothing was restored.',
  'newer-schema': 'This backup was made by a newer version of Waypoint. Update Waypoint on this computer, then restore it.',
  'wrong-recovery-key': 'That recovery key does not open this backup. Check it against the printed copy.',
};

/** Why a backup file was refused; `message` is meant for the user. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupRefusal,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code]);
    this.name = 'BackupError';
  }
}

/** The associated data binding the body to the clear part: any change to header, manifest or wrapped key shows. */
export function backupAad(file: Pick<BackupFile, 'header' | 'manifest' | 'recovery'>): string {
  return JSON.stringify({ format: BACKUP_FORMAT, header: file.header, manifest: file.manifest, recovery: file.recovery });
}

function parseText(text: string): unknown {
  if (!text.startsWith(BACKUP_MAGIC)) throw new BackupError('not-a-backup');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A backup always ends with its closing brace; without it the file was cut short.
    throw new BackupError(text.trimEnd().endsWith('}') ? 'altered' : 'truncated');
  }
}

/**
 * Reads the clear part of a backup file and checks it can be restored here: refuses what is not a backup, a cut-short
 * or reshaped file, and a backup from a newer format or with a collection at a newer schema than `schemaVersions`.
 */
export function parseBackupFile(text: string, schemaVersions: Readonly<Record<string, number>>): BackupFile {
  const parsed = backupFileSchema.safeParse(parseText(text));
  if (!parsed.success) throw new BackupError('altered', parsed.error.issues[0]?.path.join('.'));
  const file = parsed.data;
  if (file.header.formatVersion > BACKUP_FORMAT_VERSION) throw new BackupError('newer-schema', `backup format ${file.header.formatVersion}`);
  for (const [name, version] of Object.entries(file.header.schemaVersions)) {
    const known = schemaVersions[name];
    if (known === undefined) throw new BackupError('newer-schema', `unknown collection "${name}"`);
    if (version > known) throw new BackupError('newer-schema', `${name} at version ${version}, this Waypoint reads up to ${known}`);
  }
  const names = Object.keys(file.manifest.counts);
  if (names.length !== Object.keys(file.header.schemaVersions).length || names.some((n) => !(n in file.header.schemaVersions))) {
    throw new BackupError('altered', 'manifest and header list different collections');
  }
  return file;
}
