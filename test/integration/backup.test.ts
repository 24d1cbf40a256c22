import { describe, expect, it } from 'vitest';
import { readAllCollections } from '../../renderer/backup/backup-export';
import { staffInBackup } from '../../renderer/backup/restore-clinic';
import { readClinic } from '../../renderer/vault/vault';
import type { BackupError } from '../../shared/backup/backup-format';
import { ALEX, backedUpClinic, laptop, noProgress, storedDatabaseNames, unlocked } from './backup-fixture';

function flipBodyChar(text: string): string {
  const at = text.lastIndexOf('"body":"') + 200;
  return text.slice(0, at) + (text.charAt(at) === 'A' ? 'B' : 'A') + text.slice(at + 1);
}

function newerNotesSchema(text: string): string {
  const file = JSON.parse(text) as { header: { schemaVersions: Record<string, number> } };
  file.header.schemaVersions.notes = 99;
  return JSON.stringify(file);
}

describe('encrypted backup and restore', () => {
  it('restores a seeded clinic into a fresh laptop: every record equal, unlocked with the recovery key', async () => {
    const backup = await backedUpClinic();
    expect(backup.text).not.toContain('Quincy');
    // clinic: the seeded record plus the first admin's public signing key and its self-signed root certificate.
    expect(backup.counts).toMatchObject({
      clients: 1,
      notes: 1,
      sessions: 1,
      groups: 1,
      attendance: 1,
      responses: 1,
      medications: 1,
      medevents: 1,
      careplans: 1,
      clinic: 3,
      staff: 1,
    });
    expect(backup.progress.at(-1)).toBe(Object.values(backup.counts).reduce((a, b) => a + b, 0));

    const { controller, deps } = await laptop();
    const opened = await controller.openBackup(backup.text, backup.recoveryKey);
    expect(staffInBackup(opened)).toEqual([{ id: backup.adminId, name: ALEX.name, role: 'admin' }]);
    const progress: number[] = [];
    await controller.restoreBackup({ opened, userId: backup.adminId, passphrase: 'a brand new passphrase' }, (p) => progress.push(p.done));
    const { db, vault } = unlocked(controller.getState());
    expect(vault).toMatchObject({ clinicId: backup.clinicId, clinicName: 'Harbor IOP', user: { id: backup.adminId, role: 'admin' } });
    expect(progress.at(-1)).toBe(Object.values(backup.counts).reduce((a, b) => a + b, 0));

    const after = await readAllCollections(db, noProgress);
    for (const [name, docs] of Object.entries(backup.before)) {
      const restored = new Map((after[name] ?? []).map((d) => [d.id, d]));
      for (const doc of docs) expect(restored.get(doc.id), `${name}/${String(doc.id)}`).toEqual(doc);
    }
    // The laptop's keyring: the new passphrase and the backup's recovery wrap both open it.
    await controller.lock('button');
    expect(await controller.unlock(backup.adminId, 'a brand new passphrase')).toMatchObject({ ok: true });
    await controller.lock('button');
    const recovered = await controller.recover({ recoveryKey: backup.recoveryKey, userId: backup.adminId, newPassphrase: 'yet another passphrase' });
    expect(recovered).toMatchObject({ ok: true });
    expect((await readClinic(deps.store))?.clinicId).toBe(backup.clinicId);
  });

  const refused: readonly (readonly [string, (text: string) => string, BackupError['code']])[] = [
    ['a flipped byte', flipBodyChar, 'altered'],
    ['a truncated file', (t) => t.slice(0, Math.floor(t.length * 0.8)), 'truncated'],
    ['a newer schema', newerNotesSchema, 'newer-schema'],
  ];

  it.each(refused)('refuses %s and writes nothing', async (_what, edit, code) => {
    const backup = await backedUpClinic();
    const { controller, deps } = await laptop();
    await expect(controller.openBackup(edit(backup.text), backup.recoveryKey)).rejects.toMatchObject({ code });
    expect(controller.getState().phase).toBe('setup');
    expect(await readClinic(deps.store)).toBeNull();
    expect(await storedDatabaseNames(backup.clinicId)).toEqual([]);
  });
});
