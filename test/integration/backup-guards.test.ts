import { describe, expect, it } from 'vitest';
import { readAllCollections } from '../../renderer/backup/backup-export';
import { restoreIntoEmpty, RestoreError } from '../../renderer/backup/backup-restore';
import { RESTORE_NEEDS_EMPTY_PROFILE } from '../../renderer/backup/restore-clinic';
import { readClinic } from '../../renderer/vault/vault';
import { ALEX, backedUpClinic, laptop, noProgress, storedDocumentCount, unlocked } from './backup-fixture';

describe('encrypted backup and restore', () => {
  it('removes everything when a record fails to restore halfway, and keeps no keyring', async () => {
    const backup = await backedUpClinic();
    const { controller, deps } = await laptop();
    const opened = await controller.openBackup(backup.text, backup.recoveryKey);
    const notes = opened.body.collections.notes ?? [];
    const broken = { ...opened, body: { ...opened.body, collections: { ...opened.body.collections, notes: [...notes, { id: 'bad', kind: 'not-a-kind' }] } } };
    const progress: number[] = [];
    await expect(
      controller.restoreBackup({ opened: broken, userId: backup.adminId, passphrase: 'a brand new passphrase' }, (p) => progress.push(p.done)),
    ).rejects.toThrow();
    expect(Math.max(...progress)).toBeGreaterThan(0); // clients, staff, … were written before the notes failed
    expect(controller.getState().phase).toBe('setup');
    expect(await readClinic(deps.store)).toBeNull();
    expect(await storedDocumentCount(backup.clinicId)).toBe(0);
    // The same laptop can then restore the intact backup.
    await controller.restoreBackup({ opened, userId: backup.adminId, passphrase: 'a brand new passphrase' }, noProgress);
    expect((await readAllCollections(unlocked(controller.getState()).db, noProgress)).clients).toEqual(backup.before.clients);
  });

  it('refuses a restore from inside an unlocked app, even into a clinic with no records yet: nothing changes', async () => {
    const backup = await backedUpClinic();
    const { controller } = await laptop();
    await controller.prepareClinic({ clinicName: 'Fresh IOP', adminName: ALEX.name, passphrase: ALEX.passphrase });
    await controller.confirmRecovery();
    const before = unlocked(controller.getState());
    const opened = await controller.openBackup(backup.text, backup.recoveryKey);
    await expect(controller.restoreBackup({ opened, userId: backup.adminId, passphrase: 'a brand new passphrase' }, noProgress)).rejects.toThrow(
      RESTORE_NEEDS_EMPTY_PROFILE,
    );
    const after = unlocked(controller.getState());
    expect(after.vault.clinicId).toBe(before.vault.clinicId);
    expect(after.vault.clinicName).toBe('Fresh IOP');
    expect(await after.db.clients.count().exec()).toBe(0);
  });

  it('refuses a restore into a profile that already holds records', async () => {
    const backup = await backedUpClinic();
    const { controller } = await laptop();
    const opened = await controller.openBackup(backup.text, backup.recoveryKey);
    await controller.restoreBackup({ opened, userId: backup.adminId, passphrase: 'a brand new passphrase' }, noProgress);
    const { db } = unlocked(controller.getState());
    await expect(restoreIntoEmpty(db, opened.body, noProgress)).rejects.toBeInstanceOf(RestoreError);
  });
});
