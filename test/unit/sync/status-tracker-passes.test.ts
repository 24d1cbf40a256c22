import { describe, expect, it } from 'vitest';
import { createStatusTracker, type StatusTracker } from '../../../renderer/sync/status-tracker';
import { STORAGE_FULL_SYNC_MESSAGE } from '../../../shared/storage-full';

/**
 * The status through passes, as RxDB reports them: a pass asked for (periodic, listener, "Retry sync") runs its push
 * half first (active on, off), then its pull half (active and pass on, off). A full disk refuses the pull's writes.
 */

type Step = 'ok' | 'request' | 'push' | 'pull' | 'pull-refused' | 'pull-fails' | 'refused' | 'behind' | 'caught-up' | 'start-refused';

const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
// RxDB's failed start: the cause as plain JSON in `parameters.errors`.
const startRefused = { message: 'RC_START', parameters: { errors: [{ name: 'AbortError', message: 'QuotaExceededError The quota has been exceeded.' }] } };

function apply(t: StatusTracker, step: Step): void {
  const c = 'clients';
  const cycle = (pull: boolean, failure?: unknown): void => {
    t.active(c, true);
    if (pull) t.pass(c, true);
    if (failure !== undefined) t.error(c, failure);
    t.active(c, false);
    if (pull) t.pass(c, false);
  };
  if (step === 'ok') t.outcome({ ok: true });
  else if (step === 'request') t.passRequested(c);
  else if (step === 'push') cycle(false);
  else if (step === 'pull') cycle(true);
  else if (step === 'pull-refused') cycle(true, quota);
  else if (step === 'pull-fails') cycle(true, new Error('Server document clients/c1 cannot be read'));
  else if (step === 'refused') t.error(c, quota);
  else if (step === 'behind') t.behind(c, true);
  else if (step === 'caught-up') t.behind(c, false);
  else t.error(c, startRefused);
}

const PAUSED = { state: 'error', error: STORAGE_FULL_SYNC_MESSAGE };
// One pass: asked for, its push half, its pull half.
const pass = (pull: Step): Step[] => ['request', 'push', pull];

describe('status tracker through passes', () => {
  it.each<[string, readonly string[], Step[], Step[], object]>([
    ['a collection is syncing until its first pull pass has run', ['clients'], ['ok'], ['push'], { state: 'syncing' }],
    ['and up to date once it has', ['clients'], ['ok'], ['push', 'pull'], { state: 'up-to-date' }],
    ['a pass asked for is syncing, not up to date, when its push half ends', [], ['ok', 'pull'], ['request', 'push'], { state: 'syncing' }],
    ['a pull the full disk refuses pauses sync', [], ['ok', 'pull'], pass('pull-refused'), PAUSED],
    ['the next pass stays paused through its push half', [], ['ok', ...pass('pull-refused')], ['request', 'push'], PAUSED],
    ['and through a "behind" verdict', [], ['ok', ...pass('pull-refused')], ['behind', 'request', 'push'], PAUSED],
    ['a local write pushed while full does not clear it', [], ['ok', ...pass('pull-refused')], ['push'], PAUSED],
    ['passes refused again stay paused', [], ['ok', ...pass('pull-refused')], [...pass('pull-refused'), ...pass('pull-refused')], PAUSED],
    ['a pass that stores again clears it', [], ['ok', ...pass('pull-refused')], pass('pull'), { state: 'up-to-date' }],
    ['another failure meanwhile keeps saying the disk is full', [], ['ok', ...pass('pull-refused')], pass('pull-fails'), PAUSED],
    ['a failed start is paused, not up to date, until a start works', ['clients'], ['ok'], ['start-refused'], PAUSED],
    ['a retry whose start is refused again stays paused', ['clients'], ['ok', 'start-refused'], ['request', 'start-refused'], PAUSED],
    ['the first pass after a start that works clears it', ['clients'], ['ok', 'start-refused'], ['request', 'push', 'pull'], { state: 'up-to-date' }],
    ['a refused quarantine write is cleared by the next clean pull', [], ['ok', 'pull', 'refused'], ['push', 'pull'], { state: 'up-to-date' }],
    ['other errors still clear at the end of a clean cycle', [], ['ok', 'pull-fails'], ['push'], { state: 'up-to-date' }],
  ])('%s', (_name, synced, before, steps, expected) => {
    const tracker = createStatusTracker(() => new Date('2026-12-05T09:00:00.000Z'), {}, synced);
    for (const step of before) apply(tracker, step);
    for (const step of steps) apply(tracker, step);
    expect(tracker.current()).toMatchObject(expected);
  });

  it('never says "up to date" from the first refused pull until a pass stores again', () => {
    const tracker = createStatusTracker(() => new Date('2026-12-05T09:00:00.000Z'), {}, ['clients']);
    const seen: string[] = [];
    const sub = tracker.status$.subscribe((s) => seen.push(s.error ?? s.state));
    const steps = ['ok', 'pull', ...pass('pull-refused'), 'behind', ...pass('pull-refused'), 'behind', ...pass('pull'), 'caught-up'] satisfies Step[];
    for (const step of steps) apply(tracker, step);
    sub.unsubscribe();
    // After the pass that stored, "behind" until the convergence check (run after every cycle) proves it caught up.
    expect(seen.slice(seen.indexOf(STORAGE_FULL_SYNC_MESSAGE))).toEqual([STORAGE_FULL_SYNC_MESSAGE, 'behind', 'up-to-date']);
  });
});
