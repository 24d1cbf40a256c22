import { describe, expect, it } from 'vitest';
import { lostTexts, textsToKeep, type CycleTexts } from '../../soak/soak-texts';

const on = (...texts: string[]): ReadonlySet<string> => new Set(texts);

describe('soak: which typed texts must survive a cycle', () => {
  it.each<[string, CycleTexts, readonly ReadonlySet<string>[], string[]]>([
    ['every typed text held somewhere: nothing lost', { typed: ['a1', 'b1'], replaced: [] }, [on('a1'), on('a1', 'b1')], []],
    ['a text on no laptop is lost', { typed: ['a1', 'b1'], replaced: [] }, [on('b1'), on('b1')], ['a1']],
    // Seed 1012, cycle 5: B pulled A's offline text for record 2, then B's online edit replaced it. B's version
    // descends from A's, so every laptop rightly keeps B's text only; the old rule counted A's text as lost.
    [
      'a text an online edit replaced on its own laptop is not lost',
      { typed: ['s1012-c5-d2-a', 's1012-c5-online-b'], replaced: ['s1012-c5-d2-a'] },
      [on('s1012-c5-online-b'), on('s1012-c5-online-b'), on('s1012-c5-online-b')],
      [],
    ],
    // The online edit replaced an older version (A's text had not arrived): A's text is concurrent and must survive.
    [
      'a text the online edit did not replace is still required',
      { typed: ['a1', 'online-b'], replaced: ['c0-older'] },
      [on('online-b'), on('online-b')],
      ['a1'],
    ],
    ['the online edit itself must survive', { typed: ['a1', 'online-b'], replaced: ['a1'] }, [on('a1'), on('a1')], ['online-b']],
  ])('%s', (_, cycle, held, lost) => {
    expect(lostTexts(cycle, held)).toEqual(lost);
  });

  it('keeps the typed order and drops only the replaced texts', () => {
    expect(textsToKeep({ typed: ['x', 'y', 'z'], replaced: ['y', 'not-typed'] })).toEqual(['x', 'z']);
  });
});
