import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, mimeTypeFor, resolveAppFile } from '../../../../electron/main/protocol';
import { ELECTRON_BASE_POLICY, electronContentSecurityPolicy } from '../../../../shared/csp';

describe('resolveAppFile', () => {
  const root = '/srv/out/renderer';

  it.each([
    ['app://waypoint/', '/srv/out/renderer/index.html'],
    ['app://waypoint/index.html', '/srv/out/renderer/index.html'],
    ['app://waypoint/assets/index-abc.js', '/srv/out/renderer/assets/index-abc.js'],
    ['app://waypoint/assets/my%20font.woff2', '/srv/out/renderer/assets/my font.woff2'],
    // The URL parser folds dot segments, so these stay inside the root.
    ['app://waypoint/../../etc/passwd', '/srv/out/renderer/etc/passwd'],
    ['app://waypoint/%2e%2e/%2e%2e/etc/passwd', '/srv/out/renderer/etc/passwd'],
  ])('%s → %s', (url, expected) => {
    expect(resolveAppFile(root, url)).toBe(expected);
  });

  it.each([
    'app://waypoint/..%2f..%2fetc%2fpasswd',
    'app://waypoint/assets/..%2f..%2f..%2fsecret.txt',
    'app://waypoint/..%2frenderer-evil/index.html',
    'app://waypoint/..%2f',
    'app://waypoint/index.html%00.png',
    'app://waypoint/%E0%A4%A',
    'app://other/index.html',
    'https://waypoint/index.html',
    'file:///srv/out/renderer/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeUndefined();
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['argon2.wasm', 'application/wasm'],
    ['logo.svg', 'image/svg+xml'],
    ['ICON.PNG', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['data.json', 'application/json; charset=utf-8'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s → %s', (file, expected) => {
    expect(mimeTypeFor(file)).toBe(expected);
  });
});

describe('createAppProtocolHandler', () => {
  let root = '';
  let secretDir = '';
  const handler = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }));

  beforeAll(async () => {
    secretDir = await mkdtemp(join(tmpdir(), 'waypoint-protocol-'));
    root = join(secretDir, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Waypoint</title>');
    await writeFile(join(root, 'assets', 'argon2.wasm'), new Uint8Array([0, 97, 115, 109]));
    await writeFile(join(secretDir, 'secret.txt'), 'keys');
  });

  afterAll(async () => {
    await rm(secretDir, { recursive: true, force: true });
  });

  it('serves a file with its MIME type, the CSP and nosniff', async () => {
    const response = await handler('app://waypoint/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Waypoint</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(ELECTRON_BASE_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves wasm as application/wasm (streaming compile needs it)', async () => {
    const response = await handler('app://waypoint/assets/argon2.wasm');
    expect(response.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('refuses to read a file beside the root through an encoded traversal', async () => {
    const response = await handler('app://waypoint/..%2fsecret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('keys');
    expect(response.headers.get('content-security-policy')).toBe(ELECTRON_BASE_POLICY);
  });

  it('sends the policy current at each request: the clinic server main confirmed after a reload', async () => {
    let origin: string | null = null;
    const serve = createAppProtocolHandler(root, undefined, () => electronContentSecurityPolicy(origin));
    expect((await serve(new Request('app://waypoint/'))).headers.get('content-security-policy')).toContain("connect-src 'self';");
    origin = 'https://couch.clinic.example';
    expect((await serve(new Request('app://waypoint/'))).headers.get('content-security-policy')).toContain("connect-src 'self' https://couch.clinic.example;");
  });

  it('answers 404 for a missing file or a directory, and 405 for writes', async () => {
    expect((await handler('app://waypoint/missing.js')).status).toBe(404);
    expect((await handler('app://waypoint/assets')).status).toBe(404);
    expect((await handler('app://waypoint/index.html', 'POST')).status).toBe(405);
  });
});
