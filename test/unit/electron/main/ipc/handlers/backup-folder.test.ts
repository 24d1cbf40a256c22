import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ userData: '', dialogResult: { canceled: true, filePaths: [] as string[] }, dialogOptions: [] as unknown[] }));

vi.mock('electron', () => ({
  app: { getPath: () => fake.userData },
  BrowserWindow: { getFocusedWindow: () => null },
  dialog: {
    showOpenDialog: (options: unknown) => {
      fake.dialogOptions.push(options);
      return Promise.resolve(fake.dialogResult);
    },
  },
}));

const { chooseBackupFolder, getBackupFolder, writeBackup, writeBackupWith } = await import('../../../../../../electron/main/ipc/handlers/backup-folder');

const name = (hhmm: string, day = '2026-12-05') => `waypoint-backup-${day}-${hhmm}.json`;

describe('scheduled backup folder (main, mocked electron, real temp folders)', () => {
  let root = '';
  let folder = '';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'wp-backup-'));
    fake.userData = join(root, 'userData');
    folder = join(root, 'Backups');
    await Promise.all([mkdir(fake.userData), mkdir(folder)]);
    fake.dialogOptions = [];
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('remembers the folder chosen in the native dialog; a cancelled dialog keeps the old one', async () => {
    await expect(getBackupFolder()).resolves.toBeNull();
    fake.dialogResult = { canceled: false, filePaths: [folder] };
    await expect(chooseBackupFolder()).resolves.toEqual({ status: 'chosen', folder });
    expect(fake.dialogOptions[0]).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
    await expect(getBackupFolder()).resolves.toBe(folder);
    fake.dialogResult = { canceled: true, filePaths: [] };
    await expect(chooseBackupFolder()).resolves.toEqual({ status: 'cancelled' });
    expect(fake.dialogOptions[1]).toMatchObject({ defaultPath: folder });
    await expect(getBackupFolder()).resolves.toBe(folder);
  });

  it('writes into the remembered folder and keeps only the newest N backups, never other files', async () => {
    fake.dialogResult = { canceled: false, filePaths: [folder] };
    await chooseBackupFolder();
    await writeFile(join(folder, 'notes.txt'), 'mine');
    for (const t of ['0100', '0200', '0300']) await writeBackup({ fileName: name(t), content: `backup ${t}`, keep: 2 });
    const result = await writeBackup({ fileName: name('0400'), content: 'backup 0400', keep: 2 });
    expect(result).toEqual({ path: join(folder, name('0400')), removed: [name('0200')] });
    expect((await readdir(folder)).sort()).toEqual(['notes.txt', name('0300'), name('0400')]);
    await expect(readFile(join(folder, name('0400')), 'utf8')).resolves.toBe('backup 0400');
  });

  it('says so when no folder is chosen, and when the folder is gone (it is not made again)', async () => {
    await expect(writeBackup({ fileName: name('0100'), content: 'x', keep: 3 })).rejects.toThrow(
      'No backup folder is chosen on this computer. Choose one in Settings → Backup.',
    );
    fake.dialogResult = { canceled: false, filePaths: [folder] };
    await chooseBackupFolder();
    await rm(folder, { recursive: true });
    await expect(writeBackup({ fileName: name('0100'), content: 'x', keep: 3 })).rejects.toThrow(
      `The backup folder "${folder}" is gone (a removed drive or a deleted folder). Reconnect it or choose another folder in Settings → Backup.`,
    );
    await expect(readdir(folder)).rejects.toThrow();
  });

  it('a full disk is said in words and nothing is pruned', async () => {
    const remove = vi.fn(() => Promise.resolve());
    const full = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    const deps = {
      chooseFolder: () => Promise.resolve(undefined),
      readText: () => Promise.resolve(JSON.stringify({ folder: '/media/usb' })),
      writeText: () => Promise.reject(full),
      list: () => Promise.resolve([name('0100')]),
      remove,
      settingsPath: () => '/x',
    };
    await expect(writeBackupWith(deps, { fileName: name('0200'), content: 'x', keep: 1 })).rejects.toThrow(/the disk is full/);
    expect(remove).not.toHaveBeenCalled();
  });
});
