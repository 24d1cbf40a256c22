import { describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from '../../../../renderer/host/browser';
import { allowClinicServer, allowedServerUrl, type AddressStorage } from '../../../../renderer/host/clinic-server';
import type { ClinicServerPermission, HostApi } from '../../../../shared/host';

function hostAnswering(answer: ClinicServerPermission): { host: HostApi; asked: ReturnType<typeof vi.fn> } {
  const asked = vi.fn<HostApi['allowClinicServer']>(() => Promise.resolve(answer));
  const unused = () => Promise.reject(new Error('not used'));
  const host: HostApi = {
    getAppInfo: unused,
    saveFile: unused,
    chooseBackupFolder: unused,
    getBackupFolder: unused,
    writeBackup: unused,
    allowClinicServer: asked,
    onHostEvent: () => () => undefined,
  };
  return { host, asked };
}

function memoryStorage(): AddressStorage {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

// The connect and join forms go on only when the host lets the window reach the server (issue 18 item 8).
describe('allowClinicServer', () => {
  it('goes on when the server is allowed, asking with the trimmed address', async () => {
    const { host, asked } = hostAnswering({ status: 'allowed' });
    await expect(allowClinicServer(' https://couch.clinic.example ', host)).resolves.toBeUndefined();
    expect(asked).toHaveBeenCalledWith('https://couch.clinic.example');
  });

  it('stops with words for the form when the user refused', async () => {
    const { host } = hostAnswering({ status: 'refused', origin: 'https://couch.clinic.example' });
    await expect(allowClinicServer('https://couch.clinic.example', host)).rejects.toThrow(
      'Waypoint was not allowed to connect to https://couch.clinic.example.',
    );
  });

  it('stops (the window reloads) when main has just allowed a new server, keeping the address for the form', async () => {
    const { host } = hostAnswering({ status: 'reloading', origin: 'https://couch.clinic.example' });
    const storage = memoryStorage();
    expect(allowedServerUrl(storage)).toBeNull();
    await expect(allowClinicServer('https://couch.clinic.example:6984 ', host, storage)).rejects.toThrow(/reloads to apply it/);
    expect(allowedServerUrl(storage)).toBe('https://couch.clinic.example:6984');
  });

  it('keeps no address when the user refused', async () => {
    const { host } = hostAnswering({ status: 'refused', origin: 'https://evil.example' });
    const storage = memoryStorage();
    await expect(allowClinicServer('https://evil.example', host, storage)).rejects.toThrow();
    expect(allowedServerUrl(storage)).toBeNull();
  });
});

describe('the browser host', () => {
  it('allows any server at once: its page CSP already names what it may reach', async () => {
    vi.stubGlobal('window', new EventTarget());
    try {
      await expect(createBrowserHost().allowClinicServer('https://couch.clinic.example')).resolves.toEqual({ status: 'allowed' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
