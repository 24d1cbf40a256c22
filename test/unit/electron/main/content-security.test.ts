import { describe, expect, it, vi } from 'vitest';
import { sendContentSecurityPolicy, type ResponseHeaderHook } from '../../../../electron/main/content-security';
import { ELECTRON_BASE_POLICY, electronContentSecurityPolicy } from '../../../../shared/csp';

type Listener = Parameters<ResponseHeaderHook['onHeadersReceived']>[0];

function installed(serverOrigin: () => string | null = () => null): Listener {
  let listener: Listener | undefined;
  sendContentSecurityPolicy({ onHeadersReceived: (installedListener) => (listener = installedListener) }, serverOrigin);
  if (!listener) throw new Error('no header listener installed');
  return listener;
}

describe('sendContentSecurityPolicy', () => {
  it('sends the Electron policy: no server reachable before one is confirmed', () => {
    const callback = vi.fn();
    installed()({ responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [ELECTRON_BASE_POLICY] } });
  });

  it('names the clinic server main holds at the time of each response (a reload picks up a confirmed change)', () => {
    let origin: string | null = null;
    const callback = vi.fn();
    const listener = installed(() => origin);
    listener({}, callback);
    origin = 'https://couch.clinic.example';
    listener({}, callback);
    expect(callback.mock.calls).toEqual([
      [{ responseHeaders: { 'Content-Security-Policy': [ELECTRON_BASE_POLICY] } }],
      [{ responseHeaders: { 'Content-Security-Policy': [electronContentSecurityPolicy('https://couch.clinic.example')] } }],
    ]);
  });

  it('keeps the response headers it was given', () => {
    const callback = vi.fn();
    installed()({ responseHeaders: { 'X-Content-Type-Options': ['nosniff'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'X-Content-Type-Options': ['nosniff'], 'Content-Security-Policy': [ELECTRON_BASE_POLICY] } });
  });
});
