import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicHeader, rawRequest } from './raw-http';
import { rawAdmin, startTestServer, type TestServer } from './server-fixture';

// Password guesses against the dev server are throttled per name (scripts/dev-server/session-throttle.mjs): 10 wrong
// passwords within the window, then 429 with Retry-After. The window is shortened here (3 s instead of a minute)
// so the test can wait it out; right passwords never count.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ throttle: { windowMs: 3_000 } });
  for (const name of ['tess', 'uma']) {
    const put = await rawAdmin(`${server.url}/_users/org.couchdb.user:${name}`, 'PUT', { name, type: 'user', roles: [], password: `${name} phrase` });
    expect(put.status).toBe(201);
  }
});

afterAll(async () => {
  await server.stop();
});

const signIn = (name: string, password: string): ReturnType<typeof rawRequest> =>
  rawRequest(server.url, 'POST', '/_session', { 'content-type': 'application/json' }, JSON.stringify({ name, password }));

describe('the dev server throttles password guesses', () => {
  it('the 11th wrong password is answered 429 with Retry-After; the right password after the wait works', async () => {
    for (let i = 1; i <= 10; i += 1) expect((await signIn('tess', `guess ${i}`)).status, `guess ${i}`).toBe(401);
    const eleventh = await signIn('tess', 'guess 11');
    expect(eleventh.status).toBe(429);
    const wait = Number(eleventh.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(3);
    // While throttled, neither the right password nor basic auth gets a guess in; another name is not held up.
    expect((await signIn('tess', 'tess phrase')).status).toBe(429);
    expect((await rawRequest(server.url, 'GET', '/_session', { authorization: basicHeader('tess', 'guess 12') })).status).toBe(429);
    expect((await signIn('uma', 'uma phrase')).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 100));
    const after = await signIn('tess', 'tess phrase');
    expect(after.status).toBe(200);
    expect(JSON.parse(after.text)).toMatchObject({ ok: true, name: 'tess' });
  });

  it('wrong basic-auth passwords count as guesses too', async () => {
    const wrong = { authorization: basicHeader('uma', 'not it') };
    for (let i = 1; i <= 10; i += 1) expect((await rawRequest(server.url, 'GET', '/_session', wrong)).status).toBe(401);
    expect((await rawRequest(server.url, 'GET', '/_session', wrong)).status).toBe(429);
  });

  it('a signed-in non-member refused again and again is not throttled: the refusal keeps saying why', async () => {
    // members.test.ts: a laptop removed from the clinic's role gets 401 "not authorized to access this db" from
    // PouchDB Server on every request; counted as wrong passwords, the 11th was 429 and the status lost its reason.
    expect((await rawAdmin(`${server.url}/members-only`, 'PUT')).status).toBeLessThan(300);
    const security = { admins: { names: [], roles: [] }, members: { names: ['someone-else'], roles: [] } };
    expect((await rawAdmin(`${server.url}/members-only/_security`, 'PUT', security)).status).toBeLessThan(300);
    const tess = { authorization: basicHeader('tess', 'tess phrase') };
    for (let i = 1; i <= 15; i += 1) {
      const answer = await rawRequest(server.url, 'GET', '/members-only/_all_docs', tess);
      expect(answer.status, `request ${i}`).toBe(401);
      expect(answer.text).toMatch(/not (allowed|authorized) to access this db/i);
    }
  });

  it('signing in often with the right password is never throttled', async () => {
    for (let i = 0; i < 30; i += 1) expect((await signIn('tess', 'tess phrase')).status).toBe(200);
    const basic = { authorization: basicHeader('tess', 'tess phrase') };
    for (let i = 0; i < 30; i += 1) expect((await rawRequest(server.url, 'GET', '/_session', basic)).status).toBe(200);
  });
});
