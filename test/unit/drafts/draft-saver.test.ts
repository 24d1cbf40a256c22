import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftSaver } from '../../../renderer/drafts/draft-saver';
import { DRAFT_SAVE_DELAY_MS, STORAGE_FULL_RETRY_MS, type DraftStatus } from '../../../renderer/drafts/draft-status';
import { STORAGE_FULL_DRAFT_MESSAGE } from '../../../shared/storage-full';

function setup(fail: (text: string) => boolean = () => false) {
  const saved: { text: string; first: boolean }[] = [];
  const statuses: DraftStatus['state'][] = [];
  const saver = createDraftSaver<string>({
    initial: '',
    save: async (text, first) => {
      await Promise.resolve();
      if (fail(text)) throw new Error('disk full');
      saved.push({ text, first });
    },
    onStatus: (s) => statuses.push(s.state),
  });
  return { saver, saved, statuses };
}

describe('createDraftSaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, 800 ms after the last keystroke, the whole text; only the first save is marked first', async () => {
    const { saver, saved, statuses } = setup();
    saver.change('T');
    await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DELAY_MS - 1);
    saver.change('Tremor');
    await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DELAY_MS - 1);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([{ text: 'Tremor', first: true }]);
    saver.change('Tremor, level check');
    await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DELAY_MS);
    expect(saved.at(-1)).toEqual({ text: 'Tremor, level check', first: false });
    expect(statuses.at(-1)).toBe('saved');
  });

  it('flush saves at once (blur, leaving the tab) and again does nothing when all is saved', async () => {
    const { saver, saved } = setup();
    saver.change('Plan a level check');
    expect(await saver.flush()).toBe(true);
    expect(saved).toEqual([{ text: 'Plan a level check', first: true }]);
    expect(await saver.flush()).toBe(true);
    await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DELAY_MS);
    expect(saved).toHaveLength(1);
  });

  it('never overlaps saves: typing during a save is saved after it', async () => {
    const { saver, saved } = setup();
    saver.change('a');
    const first = saver.flush();
    saver.change('ab');
    const second = saver.flush();
    await Promise.all([first, second]);
    expect(saved.map((s) => s.text)).toEqual(['a', 'ab']);
  });

  it('a failed save keeps the text unsaved, shows the error until a later save succeeds', async () => {
    let broken = true;
    const { saver, saved, statuses } = setup(() => broken);
    saver.change('Nausea');
    expect(await saver.flush()).toBe(false);
    expect(statuses.at(-1)).toBe('error');
    saver.change('Nausea, mild');
    expect(statuses.at(-1)).toBe('error');
    broken = false;
    expect(await saver.flush()).toBe(true);
    expect(saved).toEqual([{ text: 'Nausea, mild', first: true }]);
    expect(statuses.at(-1)).toBe('saved');
  });
});

describe('createDraftSaver, what an editor reads of it', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a change is unsaved until its save begins, then saving, then saved; dirty and saving say so', async () => {
    let finish: () => void = () => undefined;
    const statuses: DraftStatus['state'][] = [];
    const saver = createDraftSaver<string>({
      initial: 'as stored',
      save: () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
      onStatus: (s) => statuses.push(s.state),
    });
    expect(saver.status().state).toBe('saved');
    saver.change('typed');
    expect([saver.status().state, saver.isDirty(), saver.isSaving()]).toEqual(['unsaved', true, false]);
    const flushed = saver.flush();
    expect([saver.status().state, saver.isDirty(), saver.isSaving(), saver.latest()]).toEqual(['saving', false, true, 'typed']);
    finish();
    expect(await flushed).toBe(true);
    expect([saver.status().state, saver.isSaving()]).toEqual(['saved', false]);
    expect(statuses).toEqual(['unsaved', 'saving', 'saved']);
  });

  it('a loaded version is held without a save; a failure shown by the editor stays until a save succeeds', async () => {
    const { saver, saved, statuses } = setup();
    saver.load('from the other laptop');
    expect([saver.latest(), saver.isDirty()]).toEqual(['from the other laptop', false]);
    expect(await saver.flush()).toBe(true);
    expect(saved).toEqual([]);
    saver.fail('could not keep the conflict copy');
    saver.change('from the other laptop, and more');
    expect(statuses.at(-1)).toBe('error');
    await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DELAY_MS);
    expect(saved).toEqual([{ text: 'from the other laptop, and more', first: true }]);
    expect(statuses.at(-1)).toBe('saved');
  });
});

describe('createDraftSaver, when the disk is full', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  // What IndexedDB's refusal reaches the saver as: Dexie's AbortError around the QuotaExceededError DOMException.
  const diskFull = () => new Dexie.AbortError(new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError'));

  /** A saver whose saves the disk refuses while `disk.full`; what it stored, and the reasons it showed. */
  const onFullDisk = () => {
    const disk = { full: true };
    const saved: string[] = [];
    const reasons: string[] = [];
    const saver = createDraftSaver<string>({
      initial: '',
      save: async (text) => {
        await Promise.resolve();
        if (disk.full) throw diskFull();
        saved.push(text);
      },
      onStatus: (s) => {
        if (s.state === 'error') reasons.push(s.reason);
      },
    });
    return { disk, saved, reasons, saver };
  };

  it('keeps the text, says the disk is full and that the text is kept, and saves it once there is room again', async () => {
    const { disk, saved, reasons, saver } = onFullDisk();
    saver.change('Slept badly');
    await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DELAY_MS);
    expect(saver.status()).toEqual({ state: 'error', reason: STORAGE_FULL_DRAFT_MESSAGE });
    expect([saver.latest(), saver.isDirty()]).toEqual(['Slept badly', true]);
    saver.change('Slept badly, woke at 4');
    await vi.advanceTimersByTimeAsync(DRAFT_SAVE_DELAY_MS);
    // Still refused, still shown, nothing stored half-way.
    expect([saver.status().state, saver.latest(), saved]).toEqual(['error', 'Slept badly, woke at 4', []]);
    expect(new Set(reasons)).toEqual(new Set([STORAGE_FULL_DRAFT_MESSAGE]));
    // Space is freed elsewhere: the retry stores the whole text without another keystroke.
    disk.full = false;
    await vi.advanceTimersByTimeAsync(STORAGE_FULL_RETRY_MS);
    expect(saved).toEqual(['Slept badly, woke at 4']);
    expect([saver.status().state, saver.isDirty()]).toEqual(['saved', false]);
    await vi.advanceTimersByTimeAsync(STORAGE_FULL_RETRY_MS * 2);
    expect(saved).toHaveLength(1);
  });

  it('a closed editor’s saver does not retry: its text never lands later over what was saved since', async () => {
    const { disk, saved, saver } = onFullDisk();
    saver.change('Typed before leaving');
    // Leaving: the last flush is refused, then the editor unmounts.
    const leaving = saver.flush();
    saver.close();
    expect(await leaving).toBe(false);
    disk.full = false;
    await vi.advanceTimersByTimeAsync(STORAGE_FULL_RETRY_MS * 3);
    expect(saved).toEqual([]);
    // Remounted (React may mount an editor twice): retries again.
    saver.open();
    disk.full = true;
    expect(await saver.flush()).toBe(false);
    disk.full = false;
    await vi.advanceTimersByTimeAsync(STORAGE_FULL_RETRY_MS);
    expect(saved).toEqual(['Typed before leaving']);
  });

  it('other failures are not retried on their own (the next change or flush tries again)', async () => {
    const { saver, saved } = setup(() => true);
    saver.change('Nausea');
    expect(await saver.flush()).toBe(false);
    await vi.advanceTimersByTimeAsync(STORAGE_FULL_RETRY_MS * 2);
    expect(saved).toEqual([]);
    expect(saver.status()).toEqual({ state: 'error', reason: 'disk full' });
  });
});
