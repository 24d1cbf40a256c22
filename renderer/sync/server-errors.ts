import { z } from 'zod';
/**
 * What can go wrong when Waypoint talks to the clinic server, one class per cause so the UI can say what happened
 * and what to do. `problem` is stable for code; `message` is for people.
 */

export type ServerProblem =
  'wrong-url' | 'unreachable' | 'server-down' | 'tls' | 'wrong-credentials' | 'not-member' | 'not-admin' | 'throttled' | 'not-couchdb' | 'unexpected';

export class ClinicServerError extends Error {
  constructor(
    readonly problem: ServerProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ClinicServerError';
  }
}

export class WrongUrlError extends ClinicServerError {
  constructor(url: string, detail: string, options?: { cause?: unknown }) {
    super('wrong-url', `"${url}" is not a usable server address (${detail}). Check the address, e.g. https://couch.example.org:6984.`, options);
    this.name = 'WrongUrlError';
  }
}

export class ServerUnreachableError extends ClinicServerError {
  constructor(url: string, options?: { cause?: unknown }) {
    super('unreachable', `Nothing answers at ${url}. Check the address and port, and that the server is running.`, options);
    this.name = 'ServerUnreachableError';
  }
}

export class ServerDownError extends ClinicServerError {
  constructor(url: string, detail: string, options?: { cause?: unknown }) {
    super('server-down', `The server at ${url} is not answering properly (${detail}). Try again in a few minutes or ask whoever runs it.`, options);
    this.name = 'ServerDownError';
  }
}

export class TlsError extends ClinicServerError {
  constructor(url: string, detail: string, options?: { cause?: unknown }) {
    super('tls', `The secure connection to ${url} failed (${detail}). The server's certificate is not trusted or does not match its name.`, options);
    this.name = 'TlsError';
  }
}

export class WrongCredentialsError extends ClinicServerError {
  constructor(url: string) {
    super('wrong-credentials', `Sign-in failed: the server at ${url} refused that user name and password. Check them and try again.`);
    this.name = 'WrongCredentialsError';
  }
}

/** Signed in, but the account holds no role of the clinic's database (CouchDB 3: 403; PouchDB Server: 401). */
export class NotMemberError extends ClinicServerError {
  constructor(url: string) {
    super('not-member', `This account is not a member of the clinic's database on ${url}. Ask the clinic admin to enroll it again.`);
    this.name = 'NotMemberError';
  }
}

/** Too many wrong passwords: the server refuses sign-ins for a while (429, with Retry-After when it says how long). */
export class ThrottledError extends ClinicServerError {
  constructor(
    url: string,
    readonly retryAfterSeconds: number | null,
  ) {
    const wait = retryAfterSeconds === null ? 'in a few minutes' : `in ${waitText(retryAfterSeconds)}`;
    super('throttled', `The server at ${url} is refusing sign-ins for now after too many wrong passwords. Try again ${wait}.`);
    this.name = 'ThrottledError';
  }
}

function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

export class NotServerAdminError extends ClinicServerError {
  constructor(url: string) {
    super('not-admin', `That user is not a server admin of ${url}. Connecting a clinic needs the CouchDB admin account.`);
    this.name = 'NotServerAdminError';
  }
}

export class NotCouchDbError extends ClinicServerError {
  constructor(url: string, detail: string) {
    super('not-couchdb', `${url} answers, but it is not a CouchDB server (${detail}). Check the address and port.`);
    this.name = 'NotCouchDbError';
  }
}

export class UnexpectedServerError extends ClinicServerError {
  constructor(url: string, detail: string) {
    super('unexpected', `The server at ${url} gave an unexpected answer: ${detail}.`);
    this.name = 'UnexpectedServerError';
  }
}

const TLS_CODE = /^(CERT_|ERR_TLS|ERR_SSL|SELF_SIGNED|DEPTH_ZERO|UNABLE_TO_(GET|VERIFY)|EPROTO$|HOSTNAME_MISMATCH|ERR_CERT)/;

function causeCode(error: unknown): string {
  for (let e: unknown = error, depth = 0; typeof e === 'object' && e !== null && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return '';
}

/** Maps a fetch rejection (Node's undici puts the socket error code in `cause`; browsers give none) to a cause. */
export function classifyFetchFailure(url: string, error: unknown): ClinicServerError {
  const code = causeCode(error);
  const name = error instanceof Error ? error.name : '';
  if (TLS_CODE.test(code)) return new TlsError(url, code, { cause: error });
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new WrongUrlError(url, 'no server has that name', { cause: error });
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return new ServerUnreachableError(url, { cause: error });
  if (name === 'TimeoutError' || name === 'AbortError' || code === 'ECONNRESET' || code.includes('TIMEOUT')) {
    return new ServerDownError(url, code || 'no answer in time', { cause: error });
  }
  return new ServerUnreachableError(url, { cause: error });
}

/** What of a refusing answer tells its causes apart: CouchDB's `reason` and the Retry-After header. */
export interface RefusalAnswer {
  readonly reason?: string;
  readonly retryAfter?: string | null;
  /** For an HTTP-date Retry-After. */
  readonly now?: Date;
}

/** Seconds to wait from a Retry-After header (delay in seconds, or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(header: string | null | undefined, now: Date): number | null {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return value !== '' && Number.isFinite(at) ? Math.max(0, Math.ceil((at - now.getTime()) / 1000)) : null;
}

/**
 * The longest a 429 holds sync. A Retry-After of a day (or a date a year ahead, e.g. from a proxy in front of the
 * server) would otherwise keep every change on this laptop, safety events included, from colleagues that long. Wrong-
 * password lockouts run minutes, and a server still throttling after this wait answers 429 again, which sets the wait
 * anew: so the cost of the cap is one refused request per collection every 15 minutes. The sign-in message still says
 * what the server asked (retryAfterSeconds).
 */
export const MAX_SYNC_WAIT_SECONDS = 15 * 60;

/** How long sync waits on a 429 with this Retry-After: what the server asked, at most MAX_SYNC_WAIT_SECONDS; null when it did not say. */
export function syncWaitSeconds(header: string | null | undefined, now: Date): number | null {
  const asked = retryAfterSeconds(header, now);
  return asked === null ? null : Math.min(asked, MAX_SYNC_WAIT_SECONDS);
}

const refusalAnswer = z.looseObject({ reason: z.string() });

/** The `reason` of a CouchDB refusal's JSON answer; '' when it has none. */
export function refusalReasonOf(json: unknown): string {
  const parsed = refusalAnswer.safeParse(json);
  return parsed.success ? parsed.data.reason : '';
}

/**
 * True when a 401/403 says "signed in, but not a member of this database": CouchDB 3 answers a signed-in non-member
 * 403 "You are not allowed to access this db.", PouchDB Server 401 "You are not authorized to access this db."; a
 * wrong password is 401 "Name or password is incorrect." in both.
 */
export function isMembershipRefusal(reason: string): boolean {
  return /not (allowed|authorized) to access this db/i.test(reason);
}

function classifyRefusal(url: string, status: 401 | 403, reason: string): ClinicServerError {
  if (/not a server admin/i.test(reason)) return new NotServerAdminError(url);
  if (isMembershipRefusal(reason)) return new NotMemberError(url);
  return status === 401 ? new WrongCredentialsError(url) : new NotServerAdminError(url);
}

/** Maps an HTTP status that means "stop" (with the answer's reason and Retry-After) to its cause; null for statuses the caller handles. */
export function classifyStatus(url: string, status: number, answer: RefusalAnswer = {}): ClinicServerError | null {
  if (status === 401 || status === 403) return classifyRefusal(url, status, answer.reason ?? '');
  if (status === 429) return new ThrottledError(url, retryAfterSeconds(answer.retryAfter, answer.now ?? new Date()));
  if (status >= 500) return new ServerDownError(url, `HTTP ${status}`);
  return null;
}
