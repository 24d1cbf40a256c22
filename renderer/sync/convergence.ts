import { z } from 'zod';
import { changesSinceUrl, checkpointSequence, isBehind } from '../../shared/sync/feed-position';
import type { FetchLike } from './encrypting-fetch';

/**
 * Proves, cheaply, that one collection holds everything the server's feed holds (docs/sync.md "Proving up to
 * date"): one `_changes?since=<pull checkpoint>` request, ids only, usually answered empty. Run after each of the
 * collection's cycles (the periodic pass included), so a pass that ended short, or a pass that never ran, is seen:
 * the status says "behind" and another pass is asked for.
 */
export interface ConvergenceCheckOptions {
  /** The collection's database URL, ending with '/'. */
  readonly dbUrl: string;
  /** The collection's transport (the encrypting fetch: it signs in and opens answers). */
  readonly fetch: FetchLike;
  /** RxDB's stored pull checkpoint, once its pending writes are done. */
  readonly pullCheckpoint: () => Promise<unknown>;
  readonly onVerdict: (verdict: ConvergenceVerdict) => void;
  /** Asks the replication for a checkpoint pass. */
  readonly requestPass: () => void;
}

export interface ConvergenceVerdict {
  readonly behind: boolean;
  readonly since: string;
  readonly serverSeq: unknown;
}

export interface ConvergenceCheck {
  /** Checks after a cycle (one at a time; asked while one runs, it checks again once that ends). */
  check(): Promise<void>;
  /** The periodic check: a collection found behind always gets a pass. */
  periodic(): Promise<void>;
}

const changesIds = z.looseObject({ results: z.array(z.looseObject({ id: z.string() })), last_seq: z.unknown() });

export function createConvergenceCheck(options: ConvergenceCheckOptions): ConvergenceCheck {
  let running: Promise<void> | null = null;
  let again: { periodic: boolean } | null = null;
  // The checkpoint of the last "behind" verdict that asked for a pass: the same checkpoint found behind again asks
  // for no second pass at once (a pass that cannot move it would loop); the next periodic check asks again.
  let passAskedAt: string | null = null;

  const once = async (periodic: boolean): Promise<void> => {
    const since = checkpointSequence(await options.pullCheckpoint());
    const answer = await options.fetch(changesSinceUrl(options.dbUrl, since), {});
    if (!answer.ok) return;
    const feed = changesIds.safeParse(await answer.json());
    if (!feed.success) return;
    const behind = isBehind(feed.data.results);
    options.onVerdict({ behind, since, serverSeq: feed.data.last_seq });
    if (!behind) {
      passAskedAt = null;
      return;
    }
    if (periodic || passAskedAt !== since) {
      passAskedAt = since;
      options.requestPass();
    }
  };

  const run = async (periodic: boolean): Promise<void> => {
    if (running) {
      again = { periodic: periodic || (again?.periodic ?? false) };
      return running;
    }
    running = (async () => {
      try {
        let next: { periodic: boolean } | null = { periodic };
        while (next) {
          again = null;
          // A failed check says nothing: the request's failure is reported by the replication and the limiter.
          await once(next.periodic).catch(() => undefined);
          next = again;
        }
      } finally {
        running = null;
      }
    })();
    return running;
  };

  return { check: () => run(false), periodic: () => run(true) };
}
