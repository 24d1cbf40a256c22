import { describe, expect, it, vi } from 'vitest';
import { arrivedSinceOpened, updatedVersion } from '../../../renderer/drafts/form-arrival';
import { createFormFollower } from '../../../renderer/drafts/form-follower';

interface Rec {
  readonly id: string;
  readonly updatedAt: string;
}
const OPENED: Rec = { id: 'r', updatedAt: 't0' };
const THEIRS: Rec = { id: 'r', updatedAt: 't1' };

describe('the version a form save would land on (arrivedSinceOpened)', () => {
  it.each([
    { name: 'the stored version is the opened one', opened: OPENED, stored: { ...OPENED }, kept: null },
    { name: 'another version was stored since', opened: OPENED, stored: THEIRS, kept: THEIRS },
    { name: 'nothing is stored', opened: OPENED, stored: null, kept: null },
    { name: 'the form opened on nothing (a default) and a version was stored since', opened: null, stored: THEIRS, kept: THEIRS },
    { name: 'the form opened on nothing and nothing is stored', opened: null, stored: null, kept: null },
  ])('$name', ({ opened, stored, kept }) => {
    expect(arrivedSinceOpened<Rec>(opened, stored, updatedVersion)).toEqual(kept);
  });
});

describe("an open form given a stored version (createFormFollower, the editors' one rule)", () => {
  it.each([
    { name: 'its own opened version', dirty: true, saving: false, stored: OPENED, verdict: 'ignore', loaded: false, held: false },
    {
      name: "another laptop's version over an unchanged form: loaded",
      dirty: false,
      saving: false,
      stored: THEIRS,
      verdict: 'load',
      loaded: true,
      held: false,
    },
    {
      name: "another laptop's version over unsaved changes: held for the save",
      dirty: true,
      saving: false,
      stored: THEIRS,
      verdict: 'keep-as-conflict',
      loaded: false,
      held: true,
    },
    {
      name: 'a version stored while the form saves (its own save): not loaded, not announced',
      dirty: false,
      saving: true,
      stored: THEIRS,
      verdict: 'keep-as-conflict',
      loaded: false,
      held: false,
    },
  ] as const)('$name', ({ dirty, saving, stored, verdict, loaded, held }) => {
    const effects = { load: vi.fn(), held: vi.fn() };
    const follower = createFormFollower(OPENED, updatedVersion, effects);
    follower.report(dirty, saving);
    expect(follower.judge(stored)).toBe(verdict);
    expect(effects.load).toHaveBeenCalledTimes(loaded ? 1 : 0);
    expect(effects.held).toHaveBeenCalledTimes(held ? 1 : 0);
  });

  it('judges a version once: the same version again is not news', () => {
    const effects = { load: vi.fn(), held: vi.fn() };
    const follower = createFormFollower(OPENED, updatedVersion, effects);
    expect(follower.judge(THEIRS)).toBe('load');
    expect(follower.judge({ ...THEIRS })).toBe('ignore');
    follower.report(true, false);
    expect(follower.judge({ id: 'r', updatedAt: 't2' })).toBe('keep-as-conflict');
    expect(effects.load).toHaveBeenCalledWith(THEIRS);
  });
});
