import { describe, expect, it } from 'vitest';
import { parseRequestPath } from '../../../scripts/dev-server/request-path.mjs';
import { createThrottle } from '../../../scripts/dev-server/session-throttle.mjs';
import { ownUpdateProblem, usersDecision } from '../../../scripts/dev-server/users-rules.mjs';

// The dev server guard's pure rules (scripts/dev-server/*.mjs, plain JavaScript run by Node), typed by the .d.mts
// files beside them.

describe('parseRequestPath', () => {
  it.each([
    ['/', [], '/'],
    ['//wp_a_clients//doc/?rev=1', ['wp_a_clients', 'doc'], '/wp_a_clients/doc?rev=1'],
    ['/%77p_x', ['wp_x'], '/wp_x'],
    ['/%5Fall_dbs', ['_all_dbs'], '/_all_dbs'],
    ['/_users/org.couchdb.user%3Atess', ['_users', 'org.couchdb.user:tess'], '/_users/org.couchdb.user:tess'],
    ['/db/_design%2Fguard', ['db', '_design/guard'], '/db/_design%2Fguard'],
    ['/db/_local/abc', ['db', '_local', 'abc'], '/db/_local/abc'],
  ])('%s → %j', (url, segments, path) => {
    expect(parseRequestPath(url)).toEqual({ ok: true, segments, path });
  });

  it.each([
    ['/WP_X', 'illegal_database_name'],
    ['/9db', 'illegal_database_name'],
    ['/x/../_all_dbs', 'bad_request'],
    ['/db/%2E%2E', 'bad_request'],
    ['/%zz', 'bad_request'],
    ['*', 'bad_request'],
  ])('%s is refused (%s)', (url, error) => {
    expect(parseRequestPath(url)).toMatchObject({ ok: false, error });
  });
});

describe('createThrottle', () => {
  it('holds a name after 10 failures in a minute until the oldest leaves the window; success clears it', () => {
    let now = 0;
    const throttle = createThrottle({ now: () => now });
    for (let i = 0; i < 10; i += 1) {
      expect(throttle.retryAfter('tess', 'a')).toBe(0);
      throttle.failed('tess', 'a');
      now += 1_000;
    }
    expect(throttle.retryAfter('tess', 'a')).toBe(50);
    expect(throttle.retryAfter('uma', 'b')).toBe(0);
    now = 60_001;
    expect(throttle.retryAfter('tess', 'a')).toBe(0);
    throttle.failed('tess', 'a');
    throttle.succeeded('tess');
    expect(throttle.retryAfter('tess', 'a')).toBe(0);
  });

  it('holds an address after 50 failures spread over many names', () => {
    const throttle = createThrottle({ now: () => 0 });
    for (let i = 0; i < 50; i += 1) throttle.failed(`name${String(i)}`, 'a');
    expect(throttle.retryAfter('fresh', 'a')).toBe(60);
    expect(throttle.retryAfter('fresh', 'b')).toBe(0);
  });
});

describe('_users rules for non-admins', () => {
  const tess = { name: 'tess' };
  it.each([
    ['GET', ['_users', 'org.couchdb.user:tess'], tess, { allow: true }],
    ['DELETE', ['_users', 'org.couchdb.user:tess'], tess, { allow: true }],
    ['PUT', ['_users', 'org.couchdb.user:tess'], tess, { check: 'own-update', id: 'org.couchdb.user:tess' }],
    ['GET', ['_users', 'org.couchdb.user:bea'], tess, { status: 404 }],
    ['PUT', ['_users', 'org.couchdb.user:bea'], tess, { status: 403 }],
    ['GET', ['_users', '_all_docs'], tess, { status: 403 }],
    ['GET', ['_users'], tess, { status: 403 }],
    ['PUT', ['_users', 'org.couchdb.user:mallory'], { name: null }, { status: 401 }],
  ])('%s %j as %j', (method, segments, caller, expected) => {
    expect(usersDecision(method, segments, caller)).toMatchObject(expected);
  });

  const stored = { name: 'tess', type: 'user', roles: ['wp_a'] };
  it.each([
    [{ ...stored, keyring: { v: 1 } }, null],
    [{ ...stored, _id: 'org.couchdb.user:tess' }, null],
    [{ ...stored, roles: ['wp_a', 'wp_b'] }, 'roles'],
    [{ ...stored, roles: [] }, 'roles'],
    [{ name: 'tess', type: 'user' }, 'roles'],
    [{ ...stored, name: 'bea' }, 'name'],
    [{ ...stored, type: 'admin' }, 'type'],
    [{ ...stored, _id: 'org.couchdb.user:bea' }, 'id'],
    [[], 'object'],
  ])('%j → %s', (body, problem) => {
    const found = ownUpdateProblem(body, stored, 'tess');
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});
