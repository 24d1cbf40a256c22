import { describe, expect, it } from 'vitest';
import { createServerAuth } from '../../../renderer/sync/server-auth';

const credentials = { username: 'tess', password: 'tess server phrase' };

/** A CouchDB stand-in with a cookie jar the test controls: does the browser keep the session cookie or not. */
function fakeServer(options: { jarKeepsCookie: boolean; acceptsPassword?: () => boolean }) {
  let cookie = false;
  const logins: string[] = [];
  const fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const json = (status: number, body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status }));
    if (url.endsWith('/_session') && init?.method === 'POST') {
      logins.push(typeof init.body === 'string' ? init.body : '');
      if (!(options.acceptsPassword?.() ?? true)) return json(401, { error: 'unauthorized' });
      cookie = options.jarKeepsCookie && init.credentials === 'include';
      return json(200, { ok: true });
    }
    if (url.endsWith('/_session') && init?.method === 'DELETE') {
      // CouchDB answers with an expired Set-Cookie, which empties the jar.
      if (init.credentials === 'include') cookie = false;
      return json(200, { ok: true });
    }
    if (url.endsWith('/_session')) return json(200, { userCtx: { name: cookie && init?.credentials === 'include' ? credentials.username : null, roles: [] } });
    return json(200, {});
  };
  return {
    fetch,
    logins,
    expire: () => {
      cookie = false;
    },
  };
}

describe('signing in to the clinic server', () => {
  it('signs out on request: the jar keeps no session cookie afterwards', async () => {
    const server = fakeServer({ jarKeepsCookie: true });
    const auth = createServerAuth({ base: 'https://couch.example', credentials, fetch: server.fetch });
    await auth.authorize(undefined);
    expect(auth.mode()).toBe('cookie');
    await auth.signOut(server.fetch);
    const who = await server.fetch('https://couch.example/_session', { credentials: 'include' });
    expect(await who.json()).toMatchObject({ userCtx: { name: null } });
    // A request still in flight that meets a 401 does not sign in again.
    expect(await auth.renew()).toBe(false);
    expect(server.logins).toHaveLength(1);
  });

  it('uses the session cookie when the browser keeps it: no password on requests', async () => {
    const server = fakeServer({ jarKeepsCookie: true });
    const auth = createServerAuth({ base: 'https://couch.example', credentials, fetch: server.fetch });
    const init = await auth.authorize({ method: 'GET' });
    expect(auth.mode()).toBe('cookie');
    expect(init.credentials).toBe('include');
    expect(new Headers(init.headers).has('authorization')).toBe(false);
    await auth.authorize(undefined);
    expect(server.logins).toHaveLength(1);
  });

  it('falls back to basic auth when the browser keeps no cookie (cross-site, no CORS credentials, Node)', async () => {
    const server = fakeServer({ jarKeepsCookie: false });
    const auth = createServerAuth({ base: 'https://couch.example', credentials, fetch: server.fetch });
    const init = await auth.authorize(undefined);
    expect(auth.mode()).toBe('basic');
    expect(init.credentials).toBe('omit');
    expect(new Headers(init.headers).get('authorization')).toBe(`Basic ${btoa('tess:tess server phrase')}`);
    expect(await auth.renew()).toBe(false);
  });

  it('falls back to basic auth when the server cannot be reached yet', async () => {
    const auth = createServerAuth({ base: 'https://couch.example', credentials, fetch: () => Promise.reject(new TypeError('fetch failed')) });
    expect(new Headers((await auth.authorize(undefined)).headers).has('authorization')).toBe(true);
  });

  it('renews an expired cookie once for many requests, and reports a refused renewal (revoked account)', async () => {
    let accepts = true;
    const server = fakeServer({ jarKeepsCookie: true, acceptsPassword: () => accepts });
    const auth = createServerAuth({ base: 'https://couch.example', credentials, fetch: server.fetch });
    await auth.authorize(undefined);
    server.expire();
    expect(await Promise.all([auth.renew(), auth.renew(), auth.renew()])).toEqual([true, true, true]);
    expect(server.logins).toHaveLength(2);
    accepts = false;
    expect(await auth.renew()).toBe(false);
  });
});
