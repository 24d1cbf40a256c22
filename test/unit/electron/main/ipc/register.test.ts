import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { AppInfo, SaveFileRequest, SaveFileResult, WriteBackupRequest } from '../../../../../shared/host';
import { isAppUrl } from '../../../../../electron/main/origin';
import { handle, registerHostHandlers, type InvokeEventLike, type IpcRegistrar } from '../../../../../electron/main/ipc/register';

type Listener = Parameters<IpcRegistrar['handle']>[1];

class FakeIpc implements IpcRegistrar {
  readonly listeners = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    this.listeners.set(channel, listener);
  }

  invoke(channel: string, senderUrl: string | null, ...args: unknown[]): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`nothing handles ${channel}`);
    const event: InvokeEventLike = { senderFrame: senderUrl === null ? null : { url: senderUrl } };
    return listener(event, ...args);
  }
}

const APP = 'app://waypoint/index.html';
const valid: SaveFileRequest = { suggestedName: 'clients.csv', content: 'a,b\n1,2\n', mimeType: 'text/csv' };
const info: AppInfo = { name: 'Waypoint', version: '1.0.0', host: 'electron', platform: 'linux' };

function setup(devServerUrl?: string) {
  const ipc = new FakeIpc();
  const getAppInfo = vi.fn(() => Promise.resolve(info));
  const saveFile = vi.fn((request: SaveFileRequest): Promise<SaveFileResult> => Promise.resolve({ status: 'saved', path: `/home/u/${request.suggestedName}` }));
  const writeBackup = vi.fn((request: WriteBackupRequest) => Promise.resolve({ path: `/backups/${request.fileName}`, removed: [] }));
  const chooseBackupFolder = vi.fn(() => Promise.resolve({ status: 'cancelled' } as const));
  const getBackupFolder = vi.fn(() => Promise.resolve(null));
  const allowClinicServer = vi.fn(() => Promise.resolve({ status: 'allowed' } as const));
  const handlers = { getAppInfo, saveFile, chooseBackupFolder, getBackupFolder, writeBackup, allowClinicServer };
  registerHostHandlers(ipc, handlers, (url) => isAppUrl(url, devServerUrl));
  return { ipc, getAppInfo, saveFile, writeBackup, allowClinicServer };
}

describe('registerHostHandlers', () => {
  it('registers exactly the request/response channels of the contract', () => {
    expect([...setup().ipc.listeners.keys()].sort()).toEqual([
      'waypoint:allow-clinic-server',
      'waypoint:choose-backup-folder',
      'waypoint:get-app-info',
      'waypoint:get-backup-folder',
      'waypoint:save-file',
      'waypoint:write-backup',
    ]);
  });

  it('passes valid calls from the app page through to the handlers', async () => {
    const { ipc, getAppInfo, saveFile } = setup();
    await expect(ipc.invoke('waypoint:get-app-info', APP)).resolves.toEqual(info);
    await expect(ipc.invoke('waypoint:save-file', APP, valid)).resolves.toEqual({
      status: 'saved',
      path: '/home/u/clients.csv',
    });
    expect(getAppInfo).toHaveBeenCalledOnce();
    expect(saveFile).toHaveBeenCalledWith(valid);
  });

  it('accepts the dev server as sender only when one is configured', async () => {
    await expect(setup('http://localhost:5173').ipc.invoke('waypoint:get-app-info', 'http://localhost:5173/')).resolves.toEqual(info);
    await expect(setup().ipc.invoke('waypoint:get-app-info', 'http://localhost:5173/')).rejects.toThrow(/Refused/);
  });

  it.each([
    ['a foreign page', 'https://evil.example/'],
    ['another app:// host', 'app://evil/index.html'],
    ['a file page', 'file:///tmp/x.html'],
    ['a destroyed frame', null],
  ])('refuses %s and never calls the handler', async (_name, sender) => {
    const { ipc, getAppInfo, saveFile } = setup();
    await expect(ipc.invoke('waypoint:get-app-info', sender)).rejects.toThrow(
      'Refused waypoint:get-app-info: the request did not come from the Waypoint app page.',
    );
    await expect(ipc.invoke('waypoint:save-file', sender, valid)).rejects.toThrow(/did not come from the Waypoint app/);
    expect(getAppInfo).not.toHaveBeenCalled();
    expect(saveFile).not.toHaveBeenCalled();
  });

  it.each<[string, unknown[]]>([
    ['no argument', []],
    ['a path in the name', [{ ...valid, suggestedName: '../../.bashrc' }]],
    ['a Windows path in the name', [{ ...valid, suggestedName: 'C:\\x.csv' }]],
    ['an empty name', [{ ...valid, suggestedName: '' }]],
    ['an unknown MIME type', [{ ...valid, mimeType: 'application/x-msdownload' }]],
    ['an extra field', [{ ...valid, path: '/etc/passwd' }]],
    ['content that is not text', [{ ...valid, content: 42 }]],
    ['a second argument', [valid, valid]],
    ['a string', ['clients.csv']],
  ])('refuses saveFile with %s and never calls the handler', async (_name, args) => {
    const { ipc, saveFile } = setup();
    await expect(ipc.invoke('waypoint:save-file', APP, ...args)).rejects.toThrow(/Refused waypoint:save-file: invalid arguments/);
    expect(saveFile).not.toHaveBeenCalled();
  });

  const backup: WriteBackupRequest = { fileName: 'waypoint-backup-2026-12-05-0300.json', content: '{}', keep: 7 };

  it.each<[string, unknown[]]>([
    ['a path in the name', [{ ...backup, fileName: '../waypoint-backup-2026-12-05-0300.json' }]],
    ['a name that is not a backup', [{ ...backup, fileName: 'notes.txt' }]],
    ['a folder field', [{ ...backup, folder: '/etc' }]],
    ['keep 0', [{ ...backup, keep: 0 }]],
  ])('refuses writeBackup with %s and never calls the handler', async (_name, args) => {
    const { ipc, writeBackup } = setup();
    await expect(ipc.invoke('waypoint:write-backup', APP, ...args)).rejects.toThrow(/Refused waypoint:write-backup: invalid arguments/);
    expect(writeBackup).not.toHaveBeenCalled();
  });

  it('passes a valid backup write through', async () => {
    const { ipc, writeBackup } = setup();
    await expect(ipc.invoke('waypoint:write-backup', APP, backup)).resolves.toEqual({ path: '/backups/waypoint-backup-2026-12-05-0300.json', removed: [] });
    expect(writeBackup).toHaveBeenCalledWith(backup);
  });

  it('refuses getAppInfo called with arguments', async () => {
    const { ipc, getAppInfo } = setup();
    await expect(ipc.invoke('waypoint:get-app-info', APP, 'extra')).rejects.toThrow(/invalid arguments/);
    expect(getAppInfo).not.toHaveBeenCalled();
  });
});

describe('handle', () => {
  it('propagates a handler error to the caller', async () => {
    const ipc = new FakeIpc();
    handle(
      ipc,
      'test:fail',
      z.tuple([]),
      () => Promise.reject(new Error('disk is full')),
      () => true,
    );
    await expect(ipc.invoke('test:fail', APP)).rejects.toThrow('disk is full');
  });
});
