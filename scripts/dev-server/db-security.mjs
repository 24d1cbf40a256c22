// CouchDB 3's default_security = admin_only: a database whose _security names no members is for server admins only
// (PouchDB Server lets anyone in). Whether a database has members is read once as the server admin and cached;
// the cache is sound because every change of _security, and every creation or deletion, passes through the guard.
import { upstreamRequest } from './upstream.mjs';

function hasMembers(security) {
  const members = security?.members ?? {};
  const names = Array.isArray(members.names) ? members.names : [];
  const roles = Array.isArray(members.roles) ? members.roles : [];
  return names.length > 0 || roles.length > 0;
}

/** @param {{ socketPath: string, adminAuth: string }} options */
export function createSecurityCache({ socketPath, adminAuth }) {
  const known = new Map();
  // Bumped by every forget(): an answer read while _security may have been changing is used once, not cached.
  let generation = 0;
  return {
    /** False when the database exists and its _security lets in no member (admin only); true otherwise. */
    async openToMembers(db) {
      const cached = known.get(db);
      if (cached !== undefined) return cached;
      const readAt = generation;
      const answer = await upstreamRequest(socketPath, {
        path: `/${encodeURIComponent(db)}/_security`,
        headers: { authorization: adminAuth, accept: 'application/json' },
      });
      // A missing database: PouchDB Server answers the request itself (404), nothing to guard; not cached.
      if (answer.status === 404) return true;
      if (answer.status !== 200) throw new Error(`_security of ${db} answered ${answer.status}`);
      const open = hasMembers(JSON.parse(answer.text));
      if (readAt === generation) known.set(db, open);
      return open;
    },
    /** Called when a request that may change a database's _security or existence arrives and when it is answered. */
    forget(db) {
      generation += 1;
      known.delete(db);
    },
  };
}
