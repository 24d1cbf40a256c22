// CouchDB 3's rules for the `_users` database (users_db_public = false), which PouchDB Server does not have:
// a non-admin reads, updates or deletes only their own `org.couchdb.user:<name>` document and never changes its
// roles, name or type; nobody signs themselves up; everything else in `_users` is for server admins.
import { upstreamRequest } from './upstream.mjs';

const USER_PREFIX = 'org.couchdb.user:';

/** A refusal: { status, error, reason }. */
const refuse = (status, error, reason) => ({ status, error, reason });

/**
 * What the guard does with a request to `_users` from a non-admin. `segments[0]` is "_users".
 * @returns {{ allow: true } | { check: 'own-update', id: string } | { status: number, error: string, reason: string }}
 */
export function usersDecision(method, segments, caller) {
  if (caller.name === null) return refuse(401, 'unauthorized', 'Sign in; new accounts are made by a server admin.');
  const own = `${USER_PREFIX}${caller.name}`;
  const isOwnDoc = segments.length === 2 && segments[1] === own;
  if (isOwnDoc && (method === 'GET' || method === 'HEAD' || method === 'DELETE')) return { allow: true };
  if (isOwnDoc && method === 'PUT') return { check: 'own-update', id: own };
  if (segments.length === 2 && segments[1].startsWith(USER_PREFIX) && (method === 'GET' || method === 'HEAD')) {
    return refuse(404, 'not_found', 'missing');
  }
  if (segments.length === 2 && segments[1].startsWith(USER_PREFIX)) return refuse(403, 'forbidden', 'You may only update your own user document.');
  return refuse(403, 'forbidden', 'Only server admins may access this part of the _users database.');
}

const sameList = (a, b) => Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);

/** Pure check of a member's new version of their own user document against the stored one. */
export function ownUpdateProblem(body, stored, name) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'The user document must be a JSON object.';
  if (body._id !== undefined && body._id !== `${USER_PREFIX}${name}`) return 'The document id must stay org.couchdb.user:<your name>.';
  if (body.name !== name) return "The user document's name must stay your name.";
  if (body.type !== 'user') return 'The user document\'s type must be "user".';
  if (!sameList(body.roles, stored?.roles ?? [])) return 'Only server admins may change roles.';
  return null;
}

/** Resolves to null when the member's PUT may go on, or to a refusal. */
export async function checkOwnUpdate(socketPath, adminAuth, id, bodyText, name) {
  let body;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return refuse(400, 'bad_request', 'invalid UTF-8 JSON');
  }
  const stored = await upstreamRequest(socketPath, {
    path: `/_users/${encodeURIComponent(id)}`,
    headers: { authorization: adminAuth, accept: 'application/json' },
  });
  if (stored.status !== 200) return refuse(403, 'forbidden', 'Your user document is made by a server admin.');
  const problem = ownUpdateProblem(body, JSON.parse(stored.text), name);
  return problem ? refuse(403, 'forbidden', problem) : null;
}
