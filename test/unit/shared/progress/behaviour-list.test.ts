import { describe, expect, it } from 'vitest';
import { replayBehaviourList, type BehaviourListRecord } from '../../../../shared/progress/plans/behaviour-list';
import { BEHAVIOUR_PRESETS, withWeeklyTarget, type TrackedBehaviour } from '../../../../shared/progress/plans/behaviour-presets';

function preset(id: string): TrackedBehaviour {
  const found = BEHAVIOUR_PRESETS.find((b) => b.behaviourId === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}
const PANIC = preset('panic_attacks');
const URGES = preset('self_harm_urges');
const BINGES = preset('binge_episodes');
const target = (b: TrackedBehaviour, value: number) => withWeeklyTarget(b, { aggregate: 'sum_per_week', comparator: '<=', value });
const rec = (id: string, createdAt: string, list: readonly TrackedBehaviour[], change?: BehaviourListRecord['change']): BehaviourListRecord => ({
  id,
  createdAt,
  list,
  ...(change ? { change } : {}),
});
const ids = (list: readonly TrackedBehaviour[]) => list.map((b) => `${b.behaviourId}${b.weeklyTarget ? `≤${String(b.weeklyTarget.value)}` : ''}`);

describe('replayBehaviourList: two laptops’ changes to one list both stand', () => {
  it.each([
    ['no record: nothing tracked', [], []],
    ['records written before changes were kept: the newest list wins, as before', [rec('a', 't1', [PANIC]), rec('b', 't2', [URGES])], ['self_harm_urges']],
    [
      'two laptops each track one behaviour on the same list',
      [rec('a', 't1', [PANIC], { op: 'track', behaviour: PANIC }), rec('b', 't2', [URGES], { op: 'track', behaviour: URGES })],
      ['panic_attacks', 'self_harm_urges'],
    ],
    [
      'one changes a target while the other stops another behaviour',
      [
        rec('0', 't0', [PANIC, URGES]),
        rec('a', 't1', [target(PANIC, 2), URGES], { op: 'change', behaviour: target(PANIC, 2) }),
        rec('b', 't2', [PANIC], { op: 'stop', behaviourId: 'self_harm_urges' }),
      ],
      ['panic_attacks≤2'],
    ],
    [
      'both change the same behaviour: the later change wins for it',
      [
        rec('a', 't2', [target(PANIC, 3)], { op: 'change', behaviour: target(PANIC, 3) }),
        rec('b', 't1', [target(PANIC, 1)], { op: 'change', behaviour: target(PANIC, 1) }),
      ],
      ['panic_attacks≤3'],
    ],
    [
      'a list written after the changes (an older laptop) sets the list again',
      [rec('a', 't1', [PANIC], { op: 'track', behaviour: PANIC }), rec('b', 't2', [BINGES])],
      ['binge_episodes'],
    ],
    [
      'same instant: ordered by id, so every laptop gets the same list',
      [rec('b', 't1', [], { op: 'stop', behaviourId: 'panic_attacks' }), rec('a', 't1', [PANIC], { op: 'track', behaviour: PANIC })],
      [],
    ],
  ] as const)('%s', (_name, records, expected) => {
    expect(ids(replayBehaviourList(records))).toEqual(expected);
  });
});
