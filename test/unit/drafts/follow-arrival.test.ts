import { describe, expect, it, vi } from 'vitest';
import { createArrivalLog } from '../../../renderer/drafts/arrival-policy';
import { handleArrival, type ArrivalHandling } from '../../../renderer/drafts/follow-arrival';

interface Doc {
  readonly id: string;
  readonly text: string;
}

function editor(options: { dirty: boolean; saving?: boolean; keep?: () => Promise<void> }) {
  const log = createArrivalLog<Doc>('"own"');
  const saver = { isDirty: () => options.dirty, isSaving: () => options.saving ?? false, load: vi.fn(), fail: vi.fn() };
  const show = vi.fn();
  const onKept = vi.fn();
  const keepArrived = vi.fn(options.keep ?? (() => Promise.resolve()));
  const handling: ArrivalHandling<Doc, string> = {
    saver,
    log,
    contentOf: (d) => d.text,
    versionOf: (text) => JSON.stringify(text),
    show,
    onKept,
    keepArrived,
    keepFailure: 'A newer version arrived and could not be kept as a conflict copy',
  };
  return { handling, saver, show, onKept, keepArrived, log };
}

describe('an open editor given a version written elsewhere', () => {
  it('ignores its own version', () => {
    const e = editor({ dirty: true });
    expect(handleArrival(e.handling, { id: 'a', text: 'own' })).toBe('ignore');
    expect(e.saver.load).not.toHaveBeenCalled();
    expect(e.keepArrived).not.toHaveBeenCalled();
  });

  it('loads and shows it when nothing here is unsaved, and remembers it', () => {
    const e = editor({ dirty: false });
    expect(handleArrival(e.handling, { id: 'a', text: 'theirs' })).toBe('load');
    expect(e.saver.load).toHaveBeenCalledWith('theirs');
    expect(e.show).toHaveBeenCalledWith('theirs', { id: 'a', text: 'theirs' });
    expect(handleArrival(e.handling, { id: 'a', text: 'theirs' })).toBe('ignore');
  });

  it('keeps it as a conflict copy over unsaved typing, without loading it', () => {
    const e = editor({ dirty: true });
    expect(handleArrival(e.handling, { id: 'a', text: 'theirs' })).toBe('keep-as-conflict');
    expect(e.keepArrived).toHaveBeenCalledOnce();
    expect(e.onKept).toHaveBeenCalledOnce();
    expect(e.saver.load).not.toHaveBeenCalled();
  });

  it('says so at the editor when the copy cannot be kept', async () => {
    const e = editor({ dirty: true, keep: () => Promise.reject(new Error('disk full')) });
    handleArrival(e.handling, { id: 'a', text: 'theirs' });
    await vi.waitFor(() => {
      expect(e.saver.fail).toHaveBeenCalledWith('A newer version arrived and could not be kept as a conflict copy: disk full');
    });
  });

  it('asks the editor whether a save is in flight when it has its own signal', () => {
    const e = editor({ dirty: false });
    const verdict = handleArrival({ ...e.handling, saving: () => true }, { id: 'a', text: 'theirs' });
    expect(verdict).toBe('keep-as-conflict');
  });
});
