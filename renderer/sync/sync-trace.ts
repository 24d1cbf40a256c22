import type { FetchLike } from './encrypting-fetch';
import { errorMessage } from '../../shared/error-message';
import { readJsonAnswer } from './parsed-answer';

/**
 * An always-on, bounded record of what sync asked the server and what it stored as its checkpoints (docs/sync.md
 * "Request trace"): every `_changes`, `_all_docs`, `_bulk_docs`, `_bulk_get` with sequences, ids and revisions, every
 * checkpoint write and every local write. It sits under the encrypting fetch, so it only ever sees sealed bodies and
 * keeps ids, revisions and sequences, never document content. Tests keep it when a convergence check fails.
 */
export interface TraceEntry {
  /** Milliseconds since the trace started. */
  readonly t: number;
  readonly collection: string;
  readonly what: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

export interface SyncTrace {
  record(collection: string, what: string, detail: Readonly<Record<string, unknown>>): void;
  entries(): readonly TraceEntry[];
}

export function createSyncTrace(limit = 20_000, clock: () => number = Date.now): SyncTrace {
  const started = clock();
  const kept: TraceEntry[] = [];
  return {
    record(collection, what, detail) {
      kept.push({ t: clock() - started, collection, what, detail });
      if (kept.length > limit) kept.splice(0, kept.length - limit);
    },
    entries: () => [...kept],
  };
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);

/** `id@rev` of a CouchDB document (or row). */
const idRev = (doc: unknown): string => (isRecord(doc) ? `${str(doc._id) ?? str(doc.id) ?? '?'}@${str(doc._rev) ?? str(doc.rev) ?? ''}` : '?');

const parse = (text: string | undefined): unknown => {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** What a request asked: endpoint, `since`, feed and the ids a body names (no document content). */
export function describeRequest(url: string, init: RequestInit | undefined): Record<string, unknown> {
  const [path = '', query = ''] = url.split('?', 2);
  const endpoint = path.replace(/\/+$/, '').split('/').pop() ?? '';
  const params = new URLSearchParams(query);
  const out: Record<string, unknown> = { endpoint, method: init?.method ?? 'GET' };
  for (const name of ['feed', 'since', 'limit']) {
    const value = params.get(name);
    if (value !== null) out[name] = value;
  }
  const body = parse(typeof init?.body === 'string' ? init.body : undefined);
  if (isRecord(body) && Array.isArray(body.docs)) out.docs = body.docs.map(idRev);
  if (isRecord(body) && Array.isArray(body.keys)) out.keys = body.keys;
  return out;
}

/** What an answer said: sequences, ids and revisions. */
export function describeAnswer(endpoint: string, status: number, json: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { status };
  if (endpoint === '_changes' && isRecord(json)) {
    out.last_seq = json.last_seq;
    out.results = arrayOf(json.results).map((r) =>
      isRecord(r)
        ? `${str(r.id) ?? '?'}@${str(r.seq) ?? ''}:${arrayOf(r.changes)
            .map((c) => (isRecord(c) ? str(c.rev) : ''))
            .join('|')}`
        : '?',
    );
  } else if (endpoint === '_bulk_docs') {
    out.rows = arrayOf(json).map((r) => (isRecord(r) ? `${idRev(r)}${typeof r.error === 'string' ? `!${r.error}` : ''}` : '?'));
  } else if (endpoint === '_all_docs' && isRecord(json)) {
    out.rows = arrayOf(json.rows).map((r) => (isRecord(r) ? (isRecord(r.doc) ? idRev(r.doc) : `${str(r.key) ?? '?'}!${str(r.error) ?? 'no doc'}`) : '?'));
  } else if (endpoint === '_bulk_get' && isRecord(json)) {
    out.results = arrayOf(json.results).map((r) =>
      isRecord(r)
        ? `${str(r.id) ?? '?'}:${arrayOf(r.docs)
            .map((d) => (isRecord(d) ? idRev(d.ok) : '?'))
            .join('|')}`
        : '?',
    );
  }
  return out;
}

const TRACED = new Set(['_changes', '_all_docs', '_bulk_docs', '_bulk_get']);

/**
 * A transport that records each replication request and its answer in `trace`. Long-polls are recorded when they
 * start and when they end (the limiter holds RxDB's long-poll until sync stops; its own polls are traced there).
 */
export function tracingFetch(inner: FetchLike, trace: SyncTrace, collection: string): FetchLike {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const request = describeRequest(url, init);
    const endpoint = String(request.endpoint);
    if (!TRACED.has(endpoint)) return inner(input, init);
    const id = Math.random().toString(36).slice(2, 8);
    trace.record(collection, 'request', { id, ...request });
    try {
      // Read and parsed once here; the layers above take the parsed value from the answer (parsed-answer.ts).
      const { json, answer } = await readJsonAnswer(await inner(input, init));
      trace.record(collection, 'answer', { id, ...describeAnswer(endpoint, answer.status, json) });
      return answer;
    } catch (error) {
      trace.record(collection, 'failed', { id, message: errorMessage(error) });
      throw error;
    }
  };
}
