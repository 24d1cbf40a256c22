/** What the connection limiter reads from the server's answers and what it answers itself (connection-limiter.ts). */
import { z } from 'zod';
import { emptyChangesAnswer } from '../../shared/sync/backoff';
import { syncWaitSeconds } from './server-errors';

export const seqAnswer = z.looseObject({ last_seq: z.union([z.string(), z.number()]) });
export const changesShape = z.looseObject({ results: z.array(z.unknown()), last_seq: z.union([z.string(), z.number()]) });

export const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 204, 205, 304]);

export const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
};

/** A `_changes` URL without `include_docs` (the listener only needs to know that the feed moved). */
export const withoutDocuments = (url: string): string =>
  url.replace(/([?&])include_docs=[^&]*(&|$)/, (_match, before: string, after: string) => (after ? before : ''));

// A push (`_all_docs` check, `_bulk_docs`) or sign-in goes before queued pulls and pins: back online, the resync queues
// twelve of each on the two non-poll slots, and offline work waited behind them all (sync.spec.ts under load).
export const isWrite = (init: RequestInit | undefined): boolean => (init?.method ?? 'GET').toUpperCase() !== 'GET';

/** Refused sign-in or membership (401/403) or a throttled account (429): the encrypting fetch above words these. */
export const isRefusal = (status: number): boolean => status === 401 || status === 403 || status === 429;

export const changesAnswer = (since: string): Response =>
  new Response(emptyChangesAnswer(since), { status: 200, headers: { 'content-type': 'application/json' } });

/** For a throttled answer (429): how long every request waits (0 when the server did not say; capped, see syncWaitSeconds); else null. */
export const throttleWaitMs = (response: Response, now: Date): number | null =>
  response.status === 429 ? (syncWaitSeconds(response.headers.get('retry-after'), now) ?? 0) * 1000 : null;
