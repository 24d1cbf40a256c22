import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_MAGIC,
  BackupError,
  parseBackupFile,
  type BackupBody,
  type BackupRefusal,
} from '../../../../shared/backup/backup-format';
import { makeBackup, openBackup } from '../../../../shared/backup/backup-seal';
import { createMasterKey, wrapWithSecretKey } from '../../../../shared/crypto/keys';
import { formatRecoveryKey } from '../../../../shared/crypto/recovery-key';
import { createWebCryptoProvider } from '../../../../renderer/crypto/web-crypto-provider';

const crypto = createWebCryptoProvider();
const VERSIONS = { clients: 1, notes: 2 };
const NOW = new Date('2026-12-01T10:00:00.000Z');
const BODY: BackupBody = {
  clinic: { id: 'clinic-1', name: 'Harbor IOP' },
  collections: {
    clients: [{ id: 'c1', firstName: 'Quincy', lastName: 'Testperson' }],
    notes: [
      { id: 'n1', clientId: 'c1', body: 'Slept better. ✓' },
      { id: 'n2', clientId: 'c1', body: '' },
    ],
  },
};

async function backupOf(body: BackupBody = BODY, versions: Record<string, number> = VERSIONS) {
  const master = createMasterKey(crypto);
  const recoveryBytes = crypto.randomBytes(32);
  const recovery = await wrapWithSecretKey(crypto, master, recoveryBytes);
  const text = await makeBackup(crypto, { master, recovery, body, madeBy: 'staff-1', now: NOW, schemaVersions: versions });
  return { text, recoveryKey: formatRecoveryKey(recoveryBytes), master };
}

type Edit = (text: string) => string;

/** Replaces one part of the parsed file and writes it back as a backup would be. */
interface FileJson {
  header: Record<string, unknown>;
  manifest: Record<string, unknown>;
  recovery?: unknown;
  body: string;
}

function editJson(edit: (file: FileJson) => void): Edit {
  return (text) => {
    const file = JSON.parse(text) as FileJson;
    edit(file);
    return JSON.stringify(file);
  };
}

function flipBodyChar(text: string): string {
  const at = text.lastIndexOf('"body":"') + 40;
  return text.slice(0, at) + (text.charAt(at) === 'A' ? 'B' : 'A') + text.slice(at + 1);
}

describe('backup file', () => {
  it('round-trips every collection, opened with the recovery key; the file shows no record in clear', async () => {
    const { text, recoveryKey, master } = await backupOf();
    expect(text.startsWith(BACKUP_MAGIC)).toBe(true);
    expect(text).not.toContain('Quincy');
    expect(text).not.toContain('Harbor');
    const opened = await openBackup(crypto, text, recoveryKey.toLowerCase(), VERSIONS);
    expect(opened.body).toEqual(BODY);
    expect(opened.master).toEqual(master);
    expect(opened.file.manifest.counts).toEqual({ clients: 1, notes: 2 });
    expect(opened.file.header).toMatchObject({ clinicId: 'clinic-1', createdAt: NOW.toISOString(), madeBy: 'staff-1', schemaVersions: VERSIONS });
  });

  it('reads a backup of older collection schemas', async () => {
    const { text, recoveryKey } = await backupOf(BODY, { clients: 0, notes: 1 });
    await expect(openBackup(crypto, text, recoveryKey, VERSIONS)).resolves.toMatchObject({ body: BODY });
  });

  const refusals: readonly (readonly [string, Edit, BackupRefusal])[] = [
    ['an empty file', () => '', 'not-a-backup'],
    ['a CSV export', () => 'id,name\n1,Quincy', 'not-a-backup'],
    ['a file cut in half', (t) => t.slice(0, Math.floor(t.length / 2)), 'truncated'],
    ['a file missing its last character', (t) => t.slice(0, -1), 'truncated'],
    ['a flipped character in the sealed body', flipBodyChar, 'altered'],
    ['a body cut short inside valid JSON', editJson((f) => void (f.body = f.body.slice(0, -8))), 'altered'],
    ['a changed count in the manifest', editJson((f) => void (f.manifest = { ...f.manifest, counts: { clients: 2, notes: 2 } })), 'altered'],
    ['a changed checksum', editJson((f) => void (f.manifest = { ...f.manifest, sha256: 'AAAA' })), 'altered'],
    ['a changed clinic id', editJson((f) => void (f.header = { ...f.header, clinicId: 'clinic-2' })), 'altered'],
    ['a changed date', editJson((f) => void (f.header = { ...f.header, createdAt: '2026-12-02T10:00:00.000Z' })), 'altered'],
    ['an extra field', editJson((f) => void (f.header = { ...f.header, extra: 1 })), 'altered'],
    [
      'a missing wrapped key',
      editJson((f) => {
        delete f.recovery;
      }),
      'altered',
    ],
    ['a newer collection schema', editJson((f) => void (f.header = { ...f.header, schemaVersions: { clients: 1, notes: 3 } })), 'newer-schema'],
    ['an unknown collection', editJson((f) => void (f.header = { ...f.header, schemaVersions: { ...VERSIONS, plans: 0 } })), 'newer-schema'],
    ['a newer backup format', editJson((f) => void (f.header = { ...f.header, formatVersion: BACKUP_FORMAT_VERSION + 1 })), 'newer-schema'],
  ];

  it.each(refusals)('refuses %s', async (_what, edit, code) => {
    const { text, recoveryKey } = await backupOf();
    const refused = openBackup(crypto, edit(text), recoveryKey, VERSIONS);
    await expect(refused).rejects.toBeInstanceOf(BackupError);
    await expect(refused).rejects.toMatchObject({ code });
  });

  it('refuses another clinic’s recovery key and a mistyped one, saying so', async () => {
    const { text } = await backupOf();
    const other = formatRecoveryKey(crypto.randomBytes(32));
    await expect(openBackup(crypto, text, other, VERSIONS)).rejects.toMatchObject({
      code: 'wrong-recovery-key',
      message: 'That recovery key does not open this backup. Check it against the printed copy.',
    });
    await expect(openBackup(crypto, text, 'ABCD-EFGH', VERSIONS)).rejects.toMatchObject({ code: 'wrong-recovery-key' });
  });

  it('says in plain words why a newer backup is refused', async () => {
    const { text } = await backupOf(BODY, { clients: 1, notes: 5 });
    expect(() => parseBackupFile(text, VERSIONS)).toThrow(/made by a newer version of Waypoint\. Update Waypoint/);
    expect(() => parseBackupFile(text, VERSIONS)).toThrow(/notes at version 5, this Waypoint reads up to 2/);
  });
});
