// Who is asking: the upstream's own answer to GET /_session with the request's credentials (basic auth or cookie).
import { upstreamRequest } from './upstream.mjs';

/**
 * @returns {Promise<{ status: number, text: string, name: string | null, roles: string[], isAdmin: boolean }>}
 * status 401 when the credentials are wrong (the caller gets that answer as is).
 */
export async function whoIs(socketPath, req) {
  const headers = { accept: 'application/json' };
  if (req.headers.authorization) headers.authorization = req.headers.authorization;
  if (req.headers.cookie) headers.cookie = req.headers.cookie;
  const answer = await upstreamRequest(socketPath, { path: '/_session', headers });
  let ctx = null;
  try {
    ctx = JSON.parse(answer.text).userCtx ?? null;
  } catch {
    // Not JSON: treated as anonymous below.
  }
  const name = answer.status === 200 && typeof ctx?.name === 'string' ? ctx.name : null;
  const roles = name !== null && Array.isArray(ctx?.roles) ? ctx.roles.filter((r) => typeof r === 'string') : [];
  return { status: answer.status, text: answer.text, name, roles, isAdmin: roles.includes('_admin') };
}

/** The name in a basic-auth header, or null. */
export function basicName(req) {
  const match = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? null : decoded.slice(0, colon);
}
