import { describe, expect, it, vi } from 'vitest';
import { sendContentSecurityPolicy, type ResponseHeaderHook } from '../../../../electron/main/content-security';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/csp';

type Listener = Parameters<ResponseHeaderHook['onHeadersReceived']>[0];

function installed(): Listener {
  let listener: Listener | undefined;
  sendContentSecurityPolicy({ onHeadersReceived: (installedListener) => (listener = installedListener) });
  if (!listener) throw new Error('no header listener installed');
  return listener;
}

describe('sendContentSecurityPolicy', () => {
  it('sends exactly the shared policy (the literal the scanner reads is the one both hosts send)', () => {
    const callback = vi.fn();
    installed()({ responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('keeps the response headers it was given, and answers responses that had none', () => {
    const callback = vi.fn();
    const listener = installed();
    listener({ responseHeaders: { 'X-Content-Type-Options': ['nosniff'] } }, callback);
    listener({}, callback);
    expect(callback.mock.calls).toEqual([
      [{ responseHeaders: { 'X-Content-Type-Options': ['nosniff'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }],
      [{ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }],
    ]);
  });
});
