import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronContentSecurityPolicy } from '../../../../shared/csp';

const fake = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  class FakeBrowserWindow {
    static readonly created: FakeBrowserWindow[] = [];
    readonly onceHandlers = new Map<string, () => void>();
    readonly loadURL = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
    readonly show = vi.fn();
    readonly permissionHandlers = new Map<string, Handler>();
    readonly webContents = {
      session: {
        setPermissionRequestHandler: (handler: Handler) => this.permissionHandlers.set('request', handler),
        setPermissionCheckHandler: (handler: Handler) => this.permissionHandlers.set('check', handler),
        setDevicePermissionHandler: (handler: Handler) => this.permissionHandlers.set('device', handler),
        webRequest: { onHeadersReceived: (handler: Handler) => this.permissionHandlers.set('headers', handler) },
      },
    };

    constructor(readonly options: BrowserWindowConstructorOptions) {
      FakeBrowserWindow.created.push(this);
    }

    once(event: string, handler: () => void): this {
      this.onceHandlers.set(event, handler);
      return this;
    }
  }
  return { FakeBrowserWindow };
});

vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow }));

function createdOptions(preloadPath: string): BrowserWindowConstructorOptions {
  fake.FakeBrowserWindow.created.length = 0;
  createMainWindow({ preloadPath, devServerUrl: undefined, serverOrigin: () => null });
  const window = fake.FakeBrowserWindow.created[0];
  if (!window) throw new Error('no window created');
  return window.options;
}

const { createMainWindow, entryUrl } = await import('../../../../electron/main/window');

describe("the main window's options", () => {
  const options = createdOptions('/app/out/preload/index.cjs');
  const prefs = options.webPreferences;

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
    ['disableBlinkFeatures', 'Auxclick'],
  ] as const)('webPreferences.%s is %s', (key, value) => {
    expect(prefs?.[key]).toBe(value);
  });

  it('uses the bundled preload and waits for ready-to-show', () => {
    expect(prefs?.preload).toBe('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
  });
});

describe('entryUrl', () => {
  it('loads app://waypoint when packaged and the dev server in development', () => {
    expect(entryUrl(undefined)).toBe('app://waypoint/index.html');
    expect(entryUrl('http://localhost:5173')).toBe('http://localhost:5173');
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    fake.FakeBrowserWindow.created.length = 0;
  });

  function create(devServerUrl: string | undefined) {
    createMainWindow({ preloadPath: '/p/index.cjs', devServerUrl, serverOrigin: () => 'https://couch.clinic.example' });
    const window = fake.FakeBrowserWindow.created[0];
    if (!window) throw new Error('no window created');
    return window;
  }

  it('creates the window with the secure options and loads the app origin', () => {
    const window = create(undefined);
    expect(window.options.webPreferences).toMatchObject({ preload: '/p/index.cjs', contextIsolation: true, sandbox: true });
    expect(window.loadURL).toHaveBeenCalledWith('app://waypoint/index.html');
  });

  it('loads the dev server URL in development', () => {
    expect(create('http://localhost:5173').loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('denies every permission on the window session', () => {
    const window = create(undefined);
    const callback = vi.fn();
    window.permissionHandlers.get('request')?.(undefined, 'media', callback, { requestingUrl: 'app://waypoint/' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(window.permissionHandlers.get('check')?.(undefined, 'geolocation', 'app://waypoint')).toBe(false);
    expect(window.permissionHandlers.get('device')?.()).toBe(false);
  });

  it('adds the CSP, naming the clinic server main holds, to every response of the window session', () => {
    const window = create('http://localhost:5173');
    const callback = vi.fn();
    window.permissionHandlers.get('headers')?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [electronContentSecurityPolicy('https://couch.clinic.example')] },
    });
  });

  it('shows the window only once it is ready', () => {
    const window = create(undefined);
    expect(window.show).not.toHaveBeenCalled();
    window.onceHandlers.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalledOnce();
  });
});
