import { BehaviorSubject } from 'rxjs';
import { rateWindow, type ProgressSample } from '../../shared/sync/time-left';
import type { ClinicSync } from './replication';

/**
 * The progress a joining laptop shows while its first pull runs (issue 17 item 3). `done` is how many of the clinic's
 * records this laptop holds (counted in its database), `total` how many the server holds; both count records, never
 * versions: a record another laptop edits during the join is pulled again but held once. The server's count is read
 * again every half minute (the clinic keeps working), and `total` is never below `done`.
 */
export interface JoinProgress {
  readonly step: 'keyring' | 'pulling';
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
  /** Where the time-left rate is measured from (shared/sync/time-left.ts: the last minute). */
  readonly rateFrom?: ProgressSample;
}

/** What following a first pull reads: the sync, the counts on both sides and the clock. */
export interface FirstPullWatch {
  readonly sync: Pick<ClinicSync, 'awaitInSync'>;
  /** How many records the clinic's server holds (design documents left out). */
  readonly countOnServer: () => Promise<number>;
  /** How many records this laptop holds (what a clinician can already open). */
  readonly countHeld: () => Promise<number>;
  readonly now: () => Date;
  readonly onProgress: (p: JoinProgress) => void;
}

/**
 * How often the records held are counted (an index count per collection), at the least. IndexedDB counts by walking
 * the index, so a large clinic's count takes longer as it arrives: the next count waits ten times as long as the last
 * one took, which keeps counting under a tenth of the pull's time.
 */
const COUNT_EVERY_MS = 500;
const COUNT_SHARE = 10;
/** How often the server's count is read again. */
const SERVER_EVERY_MS = 30_000;

/** Waits `ms`, or less when `until` settles first: true once it has settled. */
async function pause(ms: number, until: Promise<unknown>): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const elapsed = new Promise<false>((resolve) => {
    timer = setTimeout(() => {
      resolve(false);
    }, ms);
  });
  const settled = await Promise.race([elapsed, until.then(yes, yes)]);
  clearTimeout(timer);
  return settled;
}

const yes = (): true => true;

/** The progress reports of one first pull: the server's count kept fresh, the rate window kept short. */
function createReporter(watch: FirstPullWatch) {
  const started = watch.now().getTime();
  const elapsed = (): number => watch.now().getTime() - started;
  let onServer = 0;
  let serverReadAt = -Infinity;
  let samples: readonly ProgressSample[] = [{ done: 0, elapsedMs: 0 }];
  return {
    async refreshServer(force: boolean): Promise<void> {
      if (!force && elapsed() - serverReadAt < SERVER_EVERY_MS) return;
      serverReadAt = elapsed();
      onServer = await watch.countOnServer().catch(() => onServer);
    },
    report(done: number, final: boolean): void {
      const total = Math.max(onServer, done);
      const latest = { done: final ? total : done, elapsedMs: elapsed() };
      samples = rateWindow(samples, latest);
      watch.onProgress({ step: 'pulling', total, ...latest, rateFrom: samples[0] ?? latest });
    },
  };
}

/** Reports the first pull's progress until every collection is in sync; the last report has done = total. */
export async function followFirstPull(watch: FirstPullWatch): Promise<void> {
  const reporter = createReporter(watch);
  await reporter.refreshServer(true);
  const inSync = watch.sync.awaitInSync();
  let done = 0;
  let waitMs = COUNT_EVERY_MS;
  while (!(await pause(waitMs, inSync))) {
    const countStarted = watch.now().getTime();
    done = await watch.countHeld().catch(() => done);
    waitMs = Math.max(COUNT_EVERY_MS, COUNT_SHARE * (watch.now().getTime() - countStarted));
    await reporter.refreshServer(false);
    reporter.report(done, false);
  }
  await inSync;
  // Records set aside as unreadable never arrive: the pull is over, and they are listed under Conflicts.
  reporter.report(await watch.countHeld().catch(() => done), true);
}

/** A first pull the app may already be working beside: the sync to run on, and the pull's end. */
export interface BackgroundPull {
  /** The sync with `firstPull$` (null once the pull is over); stopping it (a lock) ends the following too. */
  readonly sync: ClinicSync;
  readonly done: Promise<void>;
}

/**
 * Follows a first pull (followFirstPull) so that the laptop may be entered before it ends: the progress goes on
 * beside the sync status. A failure after that shows in the sync status, as any sync error does.
 */
export function followInBackground(sync: ClinicSync, watch: Omit<FirstPullWatch, 'sync'>): BackgroundPull {
  const progress = new BehaviorSubject<JoinProgress | null>(null);
  let stop = (): void => undefined;
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  const done = followFirstPull({
    ...watch,
    sync: { awaitInSync: () => Promise.race([sync.awaitInSync(), stopped]) },
    onProgress: (p) => {
      watch.onProgress(p);
      progress.next(p);
    },
  }).finally(() => {
    progress.next(null);
    progress.complete();
  });
  done.catch(() => undefined);
  const stopBoth = async (): Promise<void> => {
    stop();
    await sync.stop();
  };
  return { sync: { ...sync, firstPull$: progress.asObservable(), stop: stopBoth }, done };
}
