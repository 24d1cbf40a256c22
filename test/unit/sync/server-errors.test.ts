import { describe, expect, it } from 'vitest';
import { SyncAccessError } from '../../../renderer/sync/encrypting-fetch';
import { classifyStatus, MAX_SYNC_WAIT_SECONDS, retryAfterSeconds, syncWaitSeconds } from '../../../renderer/sync/server-errors';

const URL = 'https://couch.example.org';
const now = new Date('2026-12-05T10:00:00Z');

describe('refusing answers: CouchDB 3 and PouchDB Server told apart by their reason (issue 18)', () => {
  it.each([
    // status, reason, Retry-After, problem, what the message says
    [401, 'Name or password is incorrect.', null, 'wrong-credentials', 'Sign-in failed'],
    [401, '', null, 'wrong-credentials', 'Sign-in failed'],
    [401, 'You are not authorized to access this db.', null, 'not-member', "This account is not a member of the clinic's database"],
    [403, 'You are not allowed to access this db.', null, 'not-member', "This account is not a member of the clinic's database"],
    [401, 'You are not a server admin.', null, 'not-admin', 'is not a server admin'],
    [403, 'You are not a server admin.', null, 'not-admin', 'is not a server admin'],
    [403, '', null, 'not-admin', 'is not a server admin'],
    [429, 'Too many wrong passwords; try again in 42 s.', '42', 'throttled', 'Try again in 42 seconds.'],
    [429, '', '1', 'throttled', 'Try again in 1 second.'],
    [429, '', '600', 'throttled', 'Try again in 10 minutes.'],
    [429, '', 'Sat, 05 Dec 2026 10:00:30 GMT', 'throttled', 'Try again in 30 seconds.'],
    [429, '', null, 'throttled', 'Try again in a few minutes.'],
    [429, '', 'soon', 'throttled', 'Try again in a few minutes.'],
    [503, '', null, 'server-down', 'not answering properly'],
  ] as const)('HTTP %i "%s" (Retry-After %s) → %s: "%s"', (status, reason, retryAfter, problem, text) => {
    const error = classifyStatus(URL, status, { reason, retryAfter, now });
    expect(error?.problem).toBe(problem);
    expect(error?.message).toContain(text);
  });

  it('a wrong password never reads as a membership problem, nor a throttle as a server failure', () => {
    expect(classifyStatus(URL, 401, { reason: 'Name or password is incorrect.' })?.message).not.toContain('member');
    expect(classifyStatus(URL, 429, { retryAfter: '5' })?.message).not.toContain('not answering properly');
  });

  it.each([
    ['120', 120],
    [' 0 ', 0],
    ['Sat, 05 Dec 2026 09:59:00 GMT', 0],
    ['', null],
    [null, null],
  ] as const)('Retry-After %s → %s seconds', (header, seconds) => {
    expect(retryAfterSeconds(header, now)).toBe(seconds);
  });

  // A proxy answering 429 with a day (or a date a year ahead) stopped sync that long; sign-in still says what it asked.
  it.each([
    // Retry-After, what the server asked (seconds), how long sync waits (seconds)
    ['7', 7, 7],
    ['900', 900, 900],
    ['86400', 86_400, MAX_SYNC_WAIT_SECONDS],
    ['Sun, 05 Dec 2027 10:00:00 GMT', 31_536_000, MAX_SYNC_WAIT_SECONDS],
    ['Sat, 05 Dec 2026 10:00:30 GMT', 30, 30],
    ['Sat, 05 Dec 2026 09:59:00 GMT', 0, 0],
    ['soon', null, null],
    [null, null, null],
  ] as const)('Retry-After %s: the server asked %s s, sync waits %s s', (header, asked, waits) => {
    expect(retryAfterSeconds(header, now)).toBe(asked);
    expect(syncWaitSeconds(header, now)).toBe(waits);
  });

  it('the cap is 15 minutes, and the sign-in lockout message still says the day the server asked', () => {
    expect(MAX_SYNC_WAIT_SECONDS).toBe(15 * 60);
    expect(classifyStatus(URL, 429, { retryAfter: '86400', now })?.message).toContain('Try again in 1440 minutes.');
  });

  it.each([
    [401, 'Name or password is incorrect.', "no longer accepts this laptop's sign-in"],
    [401, 'You are not authorized to access this db.', "This account is not a member of the clinic's database (syncing notes)"],
    [403, 'You are not allowed to access this db.', "This account is not a member of the clinic's database (syncing notes)"],
  ] as const)('the running sync refused with HTTP %i "%s" → "%s"', (status, reason, text) => {
    expect(new SyncAccessError(status, 'notes', reason).message).toContain(text);
  });
});
