import { z } from 'zod';
import type { FetchLike, SyncCredentials } from './encrypting-fetch';

/**
 * How the laptop signs in to the clinic server for sync: a CouchDB session cookie when the browser keeps one,
 * otherwise basic auth on every request.
 *
 * With a cookie, CouchDB checks the password (PBKDF2, slow on purpose) once per session instead of on every request
 * of twelve replications. The renderer cannot read `Set-Cookie` (a forbidden header), so the cookie lives in the
 * browser's jar and requests carry it with `credentials: 'include'`; whether the jar kept it is checked by asking
 * `GET /_session` who we are without a password. The jar refuses it when the server's CORS does not allow
 * credentials or the cookie's SameSite rules keep it from a cross-site app origin (CouchDB's `[chttpd_auth]
 * same_site`); then every request carries basic auth, as before. An expired cookie is renewed once on a 401; a
 * renewal the server refuses leaves the 401 to report a revoked account.
 */

export type AuthMode = 'cookie' | 'basic';

export interface ServerAuth {
  /** The request with this laptop's sign-in; the first call decides the mode. */
  authorize(init: RequestInit | undefined): Promise<RequestInit>;
  /** After a 401: signs in again (cookie mode only); true when the request is worth retrying. */
  renew(): Promise<boolean>;
  /** The mode in use, once decided. */
  mode(): AuthMode | null;
  /**
   * Ends the session (cookie mode): the server's answer clears the cookie from the browser's jar. `fetch` bypasses
   * the connection limiter, whose slots may still be held by long-polls; a server that does not answer within
   * `timeoutMs` is given up on.
   */
  signOut(fetch: FetchLike, timeoutMs?: number): Promise<void>;
}

const sessionAnswer = z.looseObject({ userCtx: z.looseObject({ name: z.string().nullable() }) });

/** Basic auth header value; btoa wants Latin-1, so the UTF-8 bytes are spread into code units first. */
export function basicAuth(c: SyncCredentials): string {
  const bytes = new TextEncoder().encode(`${c.username}:${c.password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

// The browser's cookie jar is one per origin, shared by every ServerAuth: a sign-in waits for the last sign-out's
// answer, which would otherwise clear the new session's cookie (lock, then unlock as someone else at once).
let lastSignOut: Promise<unknown> = Promise.resolve();

export function createServerAuth(options: {
  readonly base: string;
  readonly credentials: SyncCredentials;
  readonly fetch: FetchLike;
  readonly tryCookie?: boolean;
}): ServerAuth {
  const { base, credentials } = options;
  // Once signed out (sync stopping), nothing signs in again: a request still in flight that gets a 401 would renew
  // the session and leave a fresh cookie in the jar after the lock.
  let ended = false;
  const login = async (): Promise<boolean> => {
    await lastSignOut;
    if (ended) return false;
    const answer = await options.fetch(`${base}/_session`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ name: credentials.username, password: credentials.password }),
    });
    await answer.text();
    return answer.ok;
  };
  const cookieWorks = async (): Promise<boolean> => {
    const answer = await options.fetch(`${base}/_session`, { credentials: 'include', headers: { accept: 'application/json' } });
    if (!answer.ok) return false;
    const parsed = sessionAnswer.safeParse(await answer.json().catch(() => null));
    return parsed.success && parsed.data.userCtx.name === credentials.username;
  };
  let decided: AuthMode | null = null;
  let deciding: Promise<AuthMode> | null = null;
  const decide = (): Promise<AuthMode> => {
    deciding ??= (async (): Promise<AuthMode> => {
      try {
        decided = options.tryCookie !== false && (await login()) && (await cookieWorks()) ? 'cookie' : 'basic';
      } catch {
        // The server cannot be reached yet: basic auth needs no round trip, and the next start tries the cookie again.
        decided = 'basic';
      }
      return decided;
    })();
    return deciding;
  };
  let renewing: Promise<boolean> | null = null;
  return {
    async authorize(init) {
      const mode = decided ?? (await decide());
      const headers = new Headers(init?.headers);
      if (mode === 'basic') headers.set('authorization', basicAuth(credentials));
      return { ...init, headers, credentials: mode === 'cookie' ? 'include' : 'omit' };
    },
    async renew() {
      if (decided !== 'cookie') return false;
      renewing ??= login()
        .catch(() => false)
        .finally(() => {
          renewing = null;
        });
      return renewing;
    },
    mode: () => decided,
    async signOut(fetch, timeoutMs = 30_000) {
      ended = true;
      if (decided !== 'cookie') return;
      const signal = AbortSignal.timeout(timeoutMs);
      const ending = fetch(`${base}/_session`, { method: 'DELETE', credentials: 'include', headers: { accept: 'application/json' }, signal }).then((answer) =>
        answer.text(),
      );
      lastSignOut = ending.catch(() => undefined);
      await ending;
    },
  };
}
