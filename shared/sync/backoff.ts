/** Retry delays for a failing server: doubling from `baseMs` up to `maxMs`, so twelve collections do not hammer it. */
export interface BackoffPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 60_000 };

/** Delay before the next attempt after `failures` consecutive failures (0 failures: no delay). */
export function backoffDelay(policy: BackoffPolicy, failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(failures - 1, 30));
}

/** Rewrites a `_changes?feed=longpoll` URL so the server answers within `timeoutMs` even with no change. */
export function boundedLongPollUrl(url: string, timeoutMs: number): string {
  const [path, query = ''] = url.split('?', 2);
  // CouchDB ignores `timeout` while a heartbeat is requested, and RxDB asks for a 60 s heartbeat.
  const params = query.split('&').filter((p) => p !== '' && !p.startsWith('heartbeat=') && !p.startsWith('timeout='));
  params.push(`timeout=${Math.max(1, Math.round(timeoutMs))}`);
  return `${path ?? ''}?${params.join('&')}`;
}

/** True for RxDB's live change listener request. */
export function isLongPoll(url: string): boolean {
  return /[?&]feed=longpoll(&|$)/.test(url);
}

/** The `since` of a `_changes` URL ('now', a sequence, or null when absent). */
export function sinceOf(url: string): string | null {
  const match = /[?&]since=([^&]*)/.exec(url);
  return match?.[1] === undefined ? null : decodeURIComponent(match[1]);
}

/** The same `_changes` URL with another `since`. */
export function withSince(url: string, since: string): string {
  return url.replace(/([?&]since=)[^&]*/, `$1${encodeURIComponent(since)}`);
}

/** The URL that asks for the current end of a database's change feed, without waiting. */
export function currentSeqUrl(url: string): string {
  const path = url.split('?')[0] ?? url;
  return `${path}?feed=normal&since=now&limit=0`;
}

/** What CouchDB answers when a long-poll times out with no change: nothing, and the same sequence to resume from. */
export function emptyChangesAnswer(since: string): string {
  return JSON.stringify({ results: [], last_seq: since });
}
