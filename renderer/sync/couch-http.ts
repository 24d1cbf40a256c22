import { z } from 'zod';
import type { FetchLike, SyncCredentials } from './encrypting-fetch';
import { basicAuth } from './server-auth';
import { insecureServerProblem } from '../../shared/sync/server-url';
import { classifyFetchFailure, classifyStatus, NotCouchDbError, refusalReasonOf, WrongUrlError } from './server-errors';

/** A small admin client over the CouchDB HTTP API: every failure becomes a ClinicServerError with its cause. */
export interface CouchHttp {
  readonly url: string;
  request(method: string, path: string, body?: unknown): Promise<{ readonly status: number; readonly json: unknown }>;
}

/** Parses and normalises a server URL (no trailing slash); throws WrongUrlError for anything not https (or loopback http). */
export function normaliseServerUrl(raw: string): string {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch (error) {
    throw new WrongUrlError(raw, 'not a URL', { cause: error });
  }
  const insecure = insecureServerProblem(parsed.protocol, parsed.hostname);
  if (insecure) throw new WrongUrlError(raw, parsed.protocol === 'http:' ? 'plain http:// is allowed only to this computer; use https://' : 'use https://');
  if (parsed.username || parsed.password) throw new WrongUrlError(raw, 'put the user name and password in their own fields');
  return parsed.href.replace(/\/+$/, '');
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    return NOT_JSON;
  }
}

export function createCouchHttp(options: { url: string; credentials?: SyncCredentials; fetch?: FetchLike }): CouchHttp {
  const url = normaliseServerUrl(options.url);
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  return {
    url,
    async request(method, path, body) {
      const headers = new Headers({ accept: 'application/json' });
      if (body !== undefined) headers.set('content-type', 'application/json');
      if (options.credentials) headers.set('authorization', basicAuth(options.credentials));
      let response: Response;
      try {
        response = await doFetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      } catch (error) {
        throw classifyFetchFailure(url, error);
      }
      const text = await response.text();
      const json = parseJson(text);
      const stop = classifyStatus(url, response.status, { reason: refusalReasonOf(json), retryAfter: response.headers.get('retry-after') });
      if (stop) throw stop;
      if (json === NOT_JSON) throw new NotCouchDbError(url, `${method} ${path} did not answer JSON`);
      return { status: response.status, json };
    },
  };
}

const welcome = z.union([z.looseObject({ couchdb: z.literal('Welcome') }), z.looseObject({ 'express-pouchdb': z.literal('Welcome!') })]);

/** Checks that the root answers like CouchDB (`{couchdb:"Welcome"}`) or PouchDB Server (`{"express-pouchdb":"Welcome!"}`). */
export async function assertCouchDb(http: CouchHttp): Promise<void> {
  const { status, json } = await http.request('GET', '/');
  if (status !== 200 || !welcome.safeParse(json).success) throw new NotCouchDbError(http.url, `GET / answered HTTP ${status} without CouchDB's welcome`);
}
