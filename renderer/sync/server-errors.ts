/**
 * What can go wrong when Waypoint talks to the clinic server, one class per cause so the UI can say what happened
 * and what to do. `problem` is stable for code; `message` is for people.
 */

export type ServerProblem = 'wrong-url' | 'unreachable' | 'server-down' | 'tls' | 'wrong-credentials' | 'not-admin' | 'not-couchdb' | 'unexpected';

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
    super('wrong-credentials', `The server at ${url} refused that user name and password. Check them and try again.`);
    this.name = 'WrongCredentialsError';
  }
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

/** Maps an HTTP status that means "stop" to its cause; null for statuses the caller handles. */
export function classifyStatus(url: string, status: number): ClinicServerError | null {
  if (status === 401) return new WrongCredentialsError(url);
  if (status === 403) return new NotServerAdminError(url);
  if (status >= 500) return new ServerDownError(url, `HTTP ${status}`);
  return null;
}
