/**
 * When a client copy of a signed plan version was given (progress.md §1.2 `clientCopyProvidedOn`, §4.4). A signed
 * version's content never changes, so each saved copy is an entry appended to its status history; the latest wins.
 */
import type { JsonObject } from '../../domain/records';

export const CLIENT_COPY_EVENT = 'client_copy';

/** The history entry a saved client copy appends: the status stays, `on` is the day the copy was given. */
export function clientCopyEntry(status: string, on: string, at: string, by: string): JsonObject {
  return { status, at, by, reason: '', event: CLIENT_COPY_EVENT, on };
}

/** The last client copy given (its day and who gave it: a staff id), from a status history; null when none was. */
export function lastClientCopy(lifecycle: readonly JsonObject[]): { readonly on: string; readonly by: string } | null {
  let latest: { on: string; by: string } | null = null;
  for (const e of lifecycle) {
    if (e.event === CLIENT_COPY_EVENT && typeof e.on === 'string' && (latest === null || e.on > latest.on))
      latest = { on: e.on, by: typeof e.by === 'string' ? e.by : '' };
  }
  return latest;
}

/** The last day a client copy was given, from a version's status history; null when none was. */
export function clientCopyProvidedOn(lifecycle: readonly JsonObject[]): string | null {
  return lastClientCopy(lifecycle)?.on ?? null;
}
