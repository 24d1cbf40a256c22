import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveDialogOptions } from 'electron';
import type { SaveFileRequest } from '../../../../../../shared/host';
import type { SaveFileDeps } from '../../../../../../electron/main/ipc/handlers/save-file';

interface DialogResult {
  canceled: boolean;
  filePath: string;
}

const fake = vi.hoisted(() => {
  const state: { dialogResult: DialogResult; dialogOptions: unknown[]; documents: string } = {
    dialogResult: { canceled: true, filePath: '' },
    dialogOptions: [],
    documents: '/home/u/Documents',
  };
  return state;
});

vi.mock('electron', () => ({
  app: { getPath: () => fake.documents },
  BrowserWindow: { getFocusedWindow: () => null },
  dialog: {
    showSaveDialog: (options: unknown) => {
      fake.dialogOptions.push(options);
      return Promise.resolve(fake.dialogResult);
    },
  },
}));

const { describeWriteError, saveFile, saveFileWith } = await import('../../../../../../electron/main/ipc/handlers/save-file');

const request: SaveFileRequest = { suggestedName: 'phq9-scores.csv', content: 'date,score\n2025-01-02,14\n', mimeType: 'text/csv' };

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: system error`), { code });
}

function deps(path: string | undefined, writeFile = vi.fn<SaveFileDeps['writeFile']>(() => Promise.resolve())) {
  const choosePath = vi.fn((options: SaveDialogOptions) => Promise.resolve(options.title === undefined ? undefined : path));
  return { choosePath, writeFile, defaultFolder: () => '/home/u/Documents' };
}

describe('saveFileWith', () => {
  it('returns cancelled and writes nothing when the dialog is cancelled', async () => {
    const d = deps(undefined);
    await expect(saveFileWith(d, request)).resolves.toEqual({ status: 'cancelled' });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('offers the suggested name in the default folder, filtered by type', async () => {
    const d = deps('/home/u/Documents/phq9-scores.csv');
    await saveFileWith(d, request);
    const options = d.choosePath.mock.calls[0]?.[0];
    expect(options?.defaultPath).toBe(join('/home/u/Documents', 'phq9-scores.csv'));
    expect(options?.filters).toEqual([{ name: 'CSV spreadsheet', extensions: ['csv'] }]);
  });

  it('writes the content to the chosen path and reports it', async () => {
    const d = deps('/media/usb/export.csv');
    await expect(saveFileWith(d, request)).resolves.toEqual({ status: 'saved', path: '/media/usb/export.csv' });
    expect(d.writeFile).toHaveBeenCalledWith('/media/usb/export.csv', request.content);
  });

  it('writes a PDF sent in base64 as its bytes, offering the PDF filter', async () => {
    const d = deps('/home/u/Documents/report.pdf');
    const pdf: SaveFileRequest = {
      suggestedName: 'report.pdf',
      content: Buffer.from('%PDF-1.7 é').toString('base64'),
      mimeType: 'application/pdf',
      encoding: 'base64',
    };
    await expect(saveFileWith(d, pdf)).resolves.toEqual({ status: 'saved', path: '/home/u/Documents/report.pdf' });
    expect(d.choosePath.mock.calls[0]?.[0].filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(d.writeFile).toHaveBeenCalledWith('/home/u/Documents/report.pdf', Buffer.from('%PDF-1.7 é'));
  });

  it('turns a full disk into a message that says what happened and what to do', async () => {
    const d = deps(
      '/media/usb/export.csv',
      vi.fn(() => Promise.reject(systemError('ENOSPC'))),
    );
    const failure = saveFileWith(d, request);
    await expect(failure).rejects.toThrow('Could not save "/media/usb/export.csv": the disk is full.');
    await expect(failure).rejects.toThrow(/Free some space or choose another drive, then export again/);
  });

  it('never puts the exported content in the error', async () => {
    const d = deps(
      '/x.csv',
      vi.fn(() => Promise.reject(systemError('EACCES'))),
    );
    await expect(saveFileWith(d, request)).rejects.not.toThrow(/date,score|2025-01-02/);
  });
});

describe('describeWriteError', () => {
  it.each([
    ['ENOSPC', /disk is full/],
    ['EACCES', /permission to write there.*Choose another folder/],
    ['EPERM', /permission to write there/],
    ['EROFS', /read-only/],
    ['ENOENT', /folder no longer exists/],
    ['EISDIR', /a folder has that name/],
    ['EIO', /could not be written. Check the drive and folder/],
  ])('%s → %s', (code, message) => {
    expect(describeWriteError(systemError(code), '/x.csv')).toMatch(message);
  });

  it('handles errors without a code', () => {
    expect(describeWriteError('boom', '/x.csv')).toMatch(/^Could not save "\/x.csv": the file could not be written/);
  });
});

describe('saveFile (Electron dialog and real file system)', () => {
  let dir = '';

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'waypoint-save-'));
    fake.dialogOptions.length = 0;
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is cancelled when the user closes the dialog', async () => {
    fake.dialogResult = { canceled: true, filePath: '' };
    await expect(saveFile(request)).resolves.toEqual({ status: 'cancelled' });
    expect(fake.dialogOptions).toHaveLength(1);
  });

  it('writes UTF-8 text to the chosen file', async () => {
    const path = join(dir, 'scores.csv');
    fake.dialogResult = { canceled: false, filePath: path };
    await expect(saveFile({ ...request, content: 'name\nZoë\n' })).resolves.toEqual({ status: 'saved', path });
    expect(await readFile(path, 'utf8')).toBe('name\nZoë\n');
  });

  it('reports a real write failure with a human message', async () => {
    fake.dialogResult = { canceled: false, filePath: join(dir, 'missing-folder', 'scores.csv') };
    await expect(saveFile(request)).rejects.toThrow(/the folder no longer exists\. Choose another folder/);
  });
});
