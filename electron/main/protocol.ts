import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ELECTRON_BASE_POLICY } from '../../shared/csp';
import { APP_HOST, APP_SCHEME } from './origin';

/**
 * Serves the built renderer (out/renderer) over `app://waypoint/`. A custom standard scheme gives the app a real,
 * stable origin (IndexedDB, WebCrypto and the CSP need one) without a local web server or `file://`.
 */

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a file path; unknown extensions are opaque bytes (and nosniff stops guessing). */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function decodedPath(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
    const path = decodeURIComponent(parsed.pathname);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
}

/**
 * Maps an `app://waypoint/...` URL to a file under `root`, or undefined when the URL is not ours or would escape
 * the root (`..`, encoded `%2e%2e%2f`, backslashes on Windows). "/" serves index.html.
 */
export function resolveAppFile(root: string, url: string): string | undefined {
  const path = decodedPath(url);
  if (path === undefined) return undefined;
  const rootDir = resolve(root);
  const file = resolve(rootDir, path === '/' ? 'index.html' : `.${path}`);
  const inside = relative(rootDir, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  return file;
}

/** The current Electron policy (shared/csp.ts electronContentSecurityPolicy with the confirmed clinic server). */
export type CurrentPolicy = () => string;

function securityHeaders(contentType: string, policy: CurrentPolicy): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': policy(),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
}

function textResponse(status: number, text: string, policy: CurrentPolicy): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8', policy) });
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

/** The handler for protocol.handle('app', …): files from `root` with their MIME type and the CSP, else 404. */
export function createAppProtocolHandler(
  root: string,
  read: ReadFile = readFile,
  policy: CurrentPolicy = () => ELECTRON_BASE_POLICY,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed', policy);
    const file = resolveAppFile(root, request.url);
    if (file === undefined) return textResponse(404, 'Not found', policy);
    try {
      const body = await read(file);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: securityHeaders(mimeTypeFor(file), policy) });
    } catch {
      // Missing file or a directory: the same answer, so nothing about the disk layout leaks.
      return textResponse(404, 'Not found', policy);
    }
  };
}
