import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenWebContents, type GuardedContents, type NavigationEvent, type PermissionGate } from '../../../../electron/main/hardening';

type OpenHandler = (details: { readonly url: string }) => { action: 'deny' };

class FakeContents implements GuardedContents {
  readonly listeners = new Map<string, (event: NavigationEvent) => void>();
  openHandler: OpenHandler | undefined;

  on(event: string, listener: (event: NavigationEvent) => void): this {
    this.listeners.set(event, listener);
    return this;
  }

  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }

  /** Fires an event and reports whether the listener prevented it. */
  fire(name: string, url: string): boolean {
    const preventDefault = vi.fn();
    const listener = this.listeners.get(name);
    if (!listener) throw new Error(`no listener for ${name}`);
    listener({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  }
}

function harden(devServerUrl?: string) {
  const contents = new FakeContents();
  hardenWebContents(contents, { devServerUrl });
  return { contents };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])('%s: blocks foreign URLs, allows the app origin', (event) => {
    const { contents } = harden();
    expect(contents.fire(event, 'https://evil.example/')).toBe(true);
    expect(contents.fire(event, 'file:///etc/passwd')).toBe(true);
    expect(contents.fire(event, 'http://localhost:5173/')).toBe(true);
    expect(contents.fire(event, 'app://waypoint/index.html')).toBe(false);
  });

  it('allows the dev server only when one is configured', () => {
    const { contents } = harden('http://localhost:5173');
    expect(contents.fire('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(contents.fire('will-navigate', 'http://localhost:9999/')).toBe(true);
  });

  it('refuses every webview', () => {
    const { contents } = harden();
    expect(contents.fire('will-attach-webview', 'app://waypoint/index.html')).toBe(true);
  });

  it('denies every new window, an https link included (nothing is opened outside the app)', () => {
    const { contents } = harden();
    const open = contents.openHandler;
    if (!open) throw new Error('no window open handler');
    expect(open({ url: 'https://example.org/help' })).toEqual({ action: 'deny' });
    expect(open({ url: 'http://example.org/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'app://waypoint/index.html' })).toEqual({ action: 'deny' });
    expect(open({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
  });
});

describe('denyAllPermissions', () => {
  function install(devServerUrl?: string) {
    const handlers: {
      request?: Parameters<PermissionGate['setPermissionRequestHandler']>[0];
      check?: Parameters<PermissionGate['setPermissionCheckHandler']>[0];
      device?: () => boolean;
    } = {};
    denyAllPermissions(
      {
        setPermissionRequestHandler: (handler) => {
          handlers.request = handler;
        },
        setPermissionCheckHandler: (handler) => {
          handlers.check = handler;
        },
        setDevicePermissionHandler: (handler) => {
          handlers.device = handler;
        },
      },
      devServerUrl,
    );
    const request = (permission: string, requestingUrl: string): boolean | undefined => {
      let granted: boolean | undefined;
      handlers.request?.(
        undefined,
        permission,
        (answer) => {
          granted = answer;
        },
        { requestingUrl },
      );
      return granted;
    };
    const check = (permission: string, origin: string) => handlers.check?.(undefined, permission, origin);
    return { request, check, device: () => handlers.device?.() };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid'])(
    'refuses %s, even to the app page',
    (permission) => {
      const gate = install();
      expect(gate.request(permission, 'app://waypoint/index.html')).toBe(false);
      expect(gate.check(permission, 'app://waypoint')).toBe(false);
    },
  );

  it('refuses device access', () => {
    expect(install().device()).toBe(false);
  });

  it('lets only the app page write to the clipboard (the recovery key Copy button)', () => {
    const gate = install();
    expect(gate.request('clipboard-sanitized-write', 'app://waypoint/index.html')).toBe(true);
    expect(gate.check('clipboard-sanitized-write', 'app://waypoint')).toBe(true);
    expect(gate.request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(gate.check('clipboard-sanitized-write', 'http://localhost:5173')).toBe(false);
    expect(install('http://localhost:5173').check('clipboard-sanitized-write', 'http://localhost:5173')).toBe(true);
  });
});
