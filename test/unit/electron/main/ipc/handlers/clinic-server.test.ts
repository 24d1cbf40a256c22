import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ userData: '', response: 1, asked: [] as unknown[] }));

vi.mock('electron', () => ({
  app: { getPath: () => fake.userData },
  BrowserWindow: { getFocusedWindow: () => null },
  dialog: {
    showMessageBox: (options: unknown) => {
      fake.asked.push(options);
      return Promise.resolve({ response: fake.response, checkboxChecked: false });
    },
  },
}));

const { electronClinicServerStore, serverOriginOf } = await import('../../../../../../electron/main/ipc/handlers/clinic-server');

// Issue 18 item 8: the origin the Electron CSP allows is confirmed by the user in main and remembered by main.
describe('clinic server origin (main, mocked electron, real temp userData)', () => {
  const settings = () => join(fake.userData, 'clinic-server.json');
  beforeEach(async () => {
    fake.userData = await mkdtemp(join(tmpdir(), 'wp-clinic-server-'));
    fake.asked = [];
    fake.response = 1;
    vi.useFakeTimers();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await rm(fake.userData, { recursive: true, force: true });
  });

  it('asks the user in a native dialog; Allow stores the origin, applies it to the policy and reloads once', async () => {
    const reload = vi.fn();
    const store = electronClinicServerStore(reload);
    await store.load();
    expect(store.origin()).toBeNull();
    fake.response = 0;
    await expect(store.allow('https://couch.clinic.example/some/path')).resolves.toEqual({ status: 'reloading', origin: 'https://couch.clinic.example' });
    expect(fake.asked).toEqual([expect.objectContaining({ message: 'Allow Waypoint to connect to https://couch.clinic.example?', cancelId: 1, defaultId: 1 })]);
    expect(store.origin()).toBe('https://couch.clinic.example');
    expect(reload).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(reload).toHaveBeenCalledOnce();
    expect(JSON.parse(await readFile(settings(), 'utf8'))).toEqual({ origin: 'https://couch.clinic.example' });
    // The next start reads it back before the window opens; the same server is then allowed without asking.
    const next = electronClinicServerStore(reload);
    await next.load();
    expect(next.origin()).toBe('https://couch.clinic.example');
    await expect(next.allow('https://couch.clinic.example')).resolves.toEqual({ status: 'allowed' });
    expect(fake.asked).toHaveLength(1);
  });

  it('Cancel stores nothing, keeps the old origin and does not reload', async () => {
    await writeFile(settings(), JSON.stringify({ origin: 'https://old.clinic.example' }));
    const reload = vi.fn();
    const store = electronClinicServerStore(reload);
    await store.load();
    await expect(store.allow('https://evil.example')).resolves.toEqual({ status: 'refused', origin: 'https://evil.example' });
    expect(store.origin()).toBe('https://old.clinic.example');
    vi.runAllTimers();
    expect(reload).not.toHaveBeenCalled();
    expect(JSON.parse(await readFile(settings(), 'utf8'))).toEqual({ origin: 'https://old.clinic.example' });
  });

  it.each(['http://couch.clinic.example', 'ftp://couch.clinic.example', 'javascript:alert(1)', 'not a url', "https://a.example'; script-src *"])(
    'refuses %s without asking',
    async (url) => {
      const store = electronClinicServerStore(vi.fn());
      await expect(store.allow(url)).rejects.toThrow(/https:\/\//);
      expect(fake.asked).toEqual([]);
      expect(store.origin()).toBeNull();
    },
  );

  it.each([
    ['a stored value that is not an origin', JSON.stringify({ origin: "https://a.example; script-src 'unsafe-eval'" })],
    ['a stored plain http server on the network', JSON.stringify({ origin: 'http://couch.clinic.example' })],
    ['a stored path', JSON.stringify({ origin: 'https://a.example/x' })],
    ['a damaged file', '{'],
  ])('reads %s as no server', async (_name, text) => {
    await writeFile(settings(), text);
    const store = electronClinicServerStore(vi.fn());
    await store.load();
    expect(store.origin()).toBeNull();
  });

  it.each([
    ['https://couch.clinic.example:6984/db', 'https://couch.clinic.example:6984'],
    ['HTTPS://Couch.Clinic.Example:443/', 'https://couch.clinic.example'],
    ['http://127.0.0.1:5984', 'http://127.0.0.1:5984'],
    ['http://localhost:5984/', 'http://localhost:5984'],
    ['https://user:secret@couch.clinic.example/', 'https://couch.clinic.example'],
    ['http://10.0.0.5:5984', undefined],
  ])('serverOriginOf(%s) is %s', (url, origin) => {
    expect(serverOriginOf(url)).toBe(origin);
  });
});
