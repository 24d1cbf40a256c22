import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, ELECTRON_BASE_POLICY, electronContentSecurityPolicy } from '../../../shared/csp';

/** The policy as directive → sources. */
const policy = new Map(
  CONTENT_SECURITY_POLICY.split('; ').map((directive): [string, readonly string[]] => {
    const [name = '', ...sources] = directive.split(' ');
    return [name, sources];
  }),
);
const sourcesOf = (name: string): readonly string[] => policy.get(name) ?? [];

// What the policy guarantees, asserted as properties (not a copy of its text): both hosts use this one policy.
describe('CONTENT_SECURITY_POLICY', () => {
  it('loads everything from the app itself unless a directive says otherwise', () => {
    expect(sourcesOf('default-src')).toEqual(["'self'"]);
  });

  it('runs scripts only from the app (WebAssembly may compile; no eval, no inline script)', () => {
    expect(sourcesOf('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'/);
  });

  it.each(['object-src', 'base-uri', 'frame-src', 'form-action'])('%s is none: no plugins, base URL, frames or form posts', (name) => {
    expect(sourcesOf(name)).toEqual(["'none'"]);
  });

  it.each(['style-src', 'img-src', 'font-src'])('%s names no other host', (name) => {
    expect(sourcesOf(name).length).toBeGreaterThan(0);
    for (const source of sourcesOf(name)) expect(["'self'", "'unsafe-inline'", 'data:', 'blob:']).toContain(source);
  });

  it('connects only to the app, an https clinic server or a loopback development server', () => {
    expect(sourcesOf('connect-src')).toEqual(["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*']);
  });
});

const connectSrcOf = (text: string): readonly string[] =>
  text
    .split('; ')
    .find((directive) => directive.startsWith('connect-src '))
    ?.split(' ')
    .slice(1) ?? [];

// Issue 18 item 8: the Electron window reaches the app and the one clinic server main holds, nothing else.
describe('electronContentSecurityPolicy', () => {
  it('connects only to the app before a clinic server is confirmed: no https: wildcard, no loopback', () => {
    expect(connectSrcOf(ELECTRON_BASE_POLICY)).toEqual(["'self'"]);
    expect(electronContentSecurityPolicy(null)).toBe(ELECTRON_BASE_POLICY);
  });

  it.each(['https://couch.clinic.example', 'https://couch.clinic.example:6984', 'http://127.0.0.1:5984'])('adds exactly %s to connect-src', (origin) => {
    expect(connectSrcOf(electronContentSecurityPolicy(origin))).toEqual(["'self'", origin]);
  });

  it('changes nothing but connect-src from the browser policy', () => {
    const others = (text: string) => text.split('; ').filter((directive) => !directive.startsWith('connect-src '));
    expect(others(electronContentSecurityPolicy('https://couch.clinic.example'))).toEqual(others(CONTENT_SECURITY_POLICY));
  });
});
