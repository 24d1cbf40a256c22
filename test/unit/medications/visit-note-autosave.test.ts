import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createVisitNoteSaver, VISIT_NOTE_DELAY_MS, type VisitNoteStatus } from '../../../renderer/features/medications/visit-note-autosave';

function setup(fail: (text: string) => boolean = () => false) {
  const saved: { text: string; first: boolean }[] = [];
  const statuses: VisitNoteStatus['state'][] = [];
  const saver = createVisitNoteSaver({
    save: async (text, first) => {
      await Promise.resolve();
      if (fail(text)) throw new Error('disk full');
      saved.push({ text, first });
    },
    onStatus: (s) => statuses.push(s.state),
  });
  return { saver, saved, statuses };
}

describe('createVisitNoteSaver', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('saves once, 800 ms after the last keystroke, the whole text; only the first save is marked first', async () => {
    const { saver, saved, statuses } = setup();
    saver.change('T');
    await vi.advanceTimersByTimeAsync(VISIT_NOTE_DELAY_MS - 1);
    saver.change('Tremor');
    await vi.advanceTimersByTimeAsync(VISIT_NOTE_DELAY_MS - 1);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([{ text: 'Tremor', first: true }]);
    saver.change('Tremor, level check');
    await vi.advanceTimersByTimeAsync(VISIT_NOTE_DELAY_MS);
    expect(saved.at(-1)).toEqual({ text: 'Tremor, level check', first: false });
    expect(statuses.at(-1)).toBe('saved');
  });

  it('flush saves at once (blur, leaving the tab) and again does nothing when all is saved', async () => {
    const { saver, saved } = setup();
    saver.change('Plan a level check');
    expect(await saver.flush()).toBe(true);
    expect(saved).toEqual([{ text: 'Plan a level check', first: true }]);
    expect(await saver.flush()).toBe(true);
    await vi.advanceTimersByTimeAsync(VISIT_NOTE_DELAY_MS);
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
