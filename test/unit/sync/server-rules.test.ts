import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { classifyFetchFailure, classifyStatus } from '../../../renderer/sync/server-errors';
import { backoffDelay, boundedLongPollUrl, isLongPoll } from '../../../shared/sync/backoff';
import { clinicDbName, clinicRole, InvalidClinicIdError } from '../../../shared/sync/couch-names';
import { keyringDesignDoc, validateDocUpdateSource, validationRulesFor } from '../../../shared/sync/validate-doc-update';

type Validate = (newDoc: unknown, oldDoc: unknown, userCtx: unknown, secObj: unknown) => void;

/** Runs the design document's source the way CouchDB does: a bare function expression, nothing else in scope. */
function validatorFor(collection: string, required: readonly string[]): (newDoc: unknown, oldDoc?: unknown, roles?: string[]) => string | null {
  const fn = runInNewContext(`(${validateDocUpdateSource(validationRulesFor(collection, required))})`) as Validate;
  return (newDoc, oldDoc = null, roles = ['wp_c']) => {
    try {
      fn(newDoc, oldDoc, { name: 'u', roles }, {});
      return null;
    } catch (thrown) {
      return (thrown as { forbidden?: string }).forbidden ?? 'threw something else';
    }
  };
}

// A well-formed envelope: a 12-byte IV and a ciphertext of at least the 16-byte tag, base64.
const sealed = { e2ee: `w1.${'A'.repeat(16)}.${'B'.repeat(22)}==` };

describe('validate_doc_update', () => {
  const clients = validatorFor('clients', ['status', 'authorId']);
  const audit = validatorFor('audit', ['action']);
  const notes = validatorFor('notes', ['status']);

  it.each([
    ['a sealed client', clients, { _id: 'c1', status: 'active', authorId: 's', ...sealed }, null, null],
    ['an edit of a client', clients, { _id: 'c1', status: 'active', authorId: 's', ...sealed }, { _id: 'c1', status: 'active' }, null],
    ['plaintext', clients, { _id: 'c1', status: 'active', authorId: 's', firstName: 'Quinn' }, null, 'not sealed'],
    ['a missing routing field', clients, { _id: 'c1', status: 'active', ...sealed }, null, 'lacks the routing field authorId'],
    ['a new audit event', audit, { _id: 'a1', action: 'view', ...sealed }, null, null],
    ['an edited audit event', audit, { _id: 'a1', action: 'view', ...sealed }, { _id: 'a1', action: 'view' }, 'append-only'],
    ['a deleted audit event', audit, { _id: 'a1', _deleted: true }, { _id: 'a1', action: 'view' }, 'append-only'],
    ['an edited draft note', notes, { _id: 'n1', status: 'signed', ...sealed }, { _id: 'n1', status: 'draft' }, null],
    ['a draft discarded with its text kept', notes, { _id: 'n1', status: 'discarded', ...sealed }, { _id: 'n1', status: 'draft' }, null],
    ['a discarded draft restored', notes, { _id: 'n1', status: 'draft', ...sealed }, { _id: 'n1', status: 'discarded' }, null],
    [
      'an empty draft deleted (the app seals its deletions)',
      notes,
      { _id: 'n1', _deleted: true, status: 'draft', ...sealed },
      { _id: 'n1', status: 'draft' },
      null,
    ],
    ['an unsealed deletion of a note (a plain DELETE)', notes, { _id: 'n1', _deleted: true }, { _id: 'n1', status: 'draft' }, 'unsealed deletions are refused'],
    ['an edited signed note', notes, { _id: 'n1', status: 'signed', ...sealed }, { _id: 'n1', status: 'signed' }, 'signed note'],
    ['an edited addendum', notes, { _id: 'n2', status: 'draft', ...sealed }, { _id: 'n2', kind: 'addendum', status: 'draft' }, 'addendum'],
    // Issue 18 item 5: the app never deletes a client, so a deletion is someone else's and is refused, sealed or not.
    ['a deleted client', clients, { _id: 'c1', _deleted: true }, { _id: 'c1', status: 'active' }, 'cannot be deleted'],
    ['a sealed deletion of a client', clients, { _id: 'c1', _deleted: true, ...sealed }, { _id: 'c1', status: 'active' }, 'cannot be deleted'],
    // Issue 18 item 7: a well-formed envelope, and nothing beside it but routing fields.
    ['an envelope prefix only', clients, { _id: 'c1', status: 'active', authorId: 's', e2ee: 'w1.aaa.bbb' }, null, 'malformed e2ee envelope'],
    [
      'a ciphertext shorter than the tag',
      clients,
      { _id: 'c1', status: 'active', authorId: 's', e2ee: `w1.${'A'.repeat(16)}.${'B'.repeat(20)}` },
      null,
      'malformed',
    ],
    ['a character outside base64', clients, { _id: 'c1', status: 'active', authorId: 's', e2ee: `w1.${'A'.repeat(16)}.${'B'.repeat(23)}!` }, null, 'malformed'],
    // Issue 18 item 4(d): an envelope sealed under a rotated sync key names its generation.
    ['an envelope of key generation 2', clients, { _id: 'c1', status: 'active', authorId: 's', e2ee: `w2.2.${sealed.e2ee.slice(3)}` }, null, null],
    [
      'a rotated envelope naming generation 0',
      clients,
      { _id: 'c1', status: 'active', authorId: 's', e2ee: `w2.0.${sealed.e2ee.slice(3)}` },
      null,
      'malformed',
    ],
    [
      'a rotated envelope without its generation',
      clients,
      { _id: 'c1', status: 'active', authorId: 's', e2ee: `w2.${sealed.e2ee.slice(3)}` },
      null,
      'malformed',
    ],
    ['an envelope with a third part', clients, { _id: 'c1', status: 'active', authorId: 's', e2ee: `${sealed.e2ee}.CCCC` }, null, 'malformed'],
    [
      'a field in clear beside the envelope',
      clients,
      { _id: 'c1', status: 'active', authorId: 's', firstName: 'Quinn', ...sealed },
      null,
      'carries the field firstName in clear',
    ],
    ['an attachment', clients, { _id: 'c1', status: 'active', authorId: 's', _attachments: { 'a.txt': { data: 'UXVpbm4=' } }, ...sealed }, null, 'attachments'],
    [
      'a replicated version with its revision history',
      clients,
      { _id: 'c1', _rev: '2-b', _revisions: { start: 2, ids: ['b', 'a'] }, status: 'active', authorId: 's', ...sealed },
      null,
      null,
    ],
    [
      'a sealed tombstone carrying a field in clear',
      notes,
      { _id: 'n1', _deleted: true, status: 'draft', clientId: 'c1', ...sealed },
      { _id: 'n1', status: 'draft' },
      'carries the field clientId',
    ],
  ])('%s', (_name, validate, newDoc, oldDoc, refusal) => {
    const result = validate(newDoc, oldDoc);
    if (refusal === null) expect(result).toBeNull();
    else expect(result).toContain(refusal);
  });

  it('lets only server admins change design documents', () => {
    expect(clients({ _id: '_design/x' })).toContain('server admin');
    expect(clients({ _id: '_design/x' }, null, ['_admin'])).toBeNull();
  });
});

describe('the keyring guard', () => {
  const fn = runInNewContext(`(${keyringDesignDoc().validate_doc_update})`) as Validate;
  const refusal = (newDoc: unknown, name: string, roles: string[]): string | null => {
    try {
      fn(newDoc, null, { name, roles }, {});
      return null;
    } catch (thrown) {
      return (thrown as { forbidden?: string }).forbidden ?? 'threw something else';
    }
  };

  it.each([
    ['the admin writes the clinic document', { _id: 'clinic', sealed: 's' }, 'root', ['_admin'], null],
    ['a member uses up their own code', { _id: 'enroll:tess', _deleted: true }, 'tess', ['wp_c'], null],
    ['a member deletes another code', { _id: 'enroll:marco', _deleted: true }, 'tess', ['wp_c'], 'only the clinic admin'],
    ['a member rewrites their own code', { _id: 'enroll:tess', wrapped: 'x' }, 'tess', ['wp_c'], 'only the clinic admin'],
    ['a member replaces the clinic document', { _id: 'clinic', recovery: 'x' }, 'tess', ['wp_c'], 'only the clinic admin'],
    ['a member adds a wrapped key', { _id: 'user:x', wrapped: 'x' }, 'tess', ['wp_c'], 'only the clinic admin'],
  ])('%s', (_name, doc, name, roles, expected) => {
    const result = refusal(doc, name, roles);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toContain(expected);
  });
});

describe('names', () => {
  it('derives CouchDB-legal names and refuses ids that are not', () => {
    expect(clinicDbName('north-1', 'Clients')).toBe('wp_north-1_clients');
    expect(clinicRole('north-1')).toBe('wp_north-1');
    expect(() => clinicDbName('North', 'clients')).toThrow(InvalidClinicIdError);
    expect(() => clinicRole('1abc')).toThrow(InvalidClinicIdError);
  });
});

describe('backoff and long-polls', () => {
  it.each([
    [0, 0],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [10, 60_000],
    [100, 60_000],
  ])('%i failures wait %i ms', (failures, ms) => {
    expect(backoffDelay({ baseMs: 1000, maxMs: 60_000 }, failures)).toBe(ms);
  });

  it('bounds a long-poll and drops its heartbeat', () => {
    const url = 'http://h/db/_changes?style=all_docs&feed=longpoll&since=now&include_docs=true&heartbeat=60000&limit=20';
    expect(isLongPoll(url)).toBe(true);
    expect(isLongPoll('http://h/db/_changes?feed=normal')).toBe(false);
    expect(boundedLongPollUrl(url, 1500)).toBe('http://h/db/_changes?style=all_docs&feed=longpoll&since=now&include_docs=true&limit=20&timeout=1500');
  });
});

describe('server error classification', () => {
  const failure = (code: string): Error => new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
  it.each([
    [failure('ECONNREFUSED'), 'unreachable'],
    [failure('ENOTFOUND'), 'wrong-url'],
    [failure('DEPTH_ZERO_SELF_SIGNED_CERT'), 'tls'],
    [failure('ERR_TLS_CERT_ALTNAME_INVALID'), 'tls'],
    [failure('ECONNRESET'), 'server-down'],
    [new DOMException('timed out', 'TimeoutError'), 'server-down'],
    [new TypeError('Failed to fetch'), 'unreachable'],
  ])('%s → %s', (error, problem) => {
    expect(classifyFetchFailure('http://h', error).problem).toBe(problem);
  });

  it.each([
    [401, 'wrong-credentials'],
    [403, 'not-admin'],
    [503, 'server-down'],
    [200, null],
    [404, null],
  ])('HTTP %i → %s', (status, problem) => {
    expect(classifyStatus('http://h', status)?.problem ?? null).toBe(problem);
  });
});
