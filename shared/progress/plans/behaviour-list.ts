/**
 * A client's tracked-behaviour list from its stored records (progress.md §3), so that two laptops changing the same
 * list both count: each record holds the list as its writer saw it and, since this module, the one change it made
 * (track, change or stop one behaviour). Replaying the changes in the order written merges them; a record without a
 * change (written before) sets the whole list, as it always did.
 */
import type { TrackedBehaviour } from './behaviour-presets';

export type BehaviourListChange =
  { readonly op: 'track' | 'change'; readonly behaviour: TrackedBehaviour } | { readonly op: 'stop'; readonly behaviourId: string };

export interface BehaviourListRecord {
  readonly id: string;
  readonly createdAt: string;
  /** The list as its writer saved it. */
  readonly list: readonly TrackedBehaviour[];
  readonly change?: BehaviourListChange;
}

function apply(list: readonly TrackedBehaviour[], change: BehaviourListChange): readonly TrackedBehaviour[] {
  if (change.op === 'stop') return list.filter((b) => b.behaviourId !== change.behaviourId);
  const { behaviour } = change;
  const at = list.findIndex((b) => b.behaviourId === behaviour.behaviourId);
  if (at === -1) return [...list, behaviour];
  return list.map((b, i) => (i === at ? behaviour : b));
}

/** The list after every record, oldest first (ties by id): changes merge; a record without one replaces the list. */
export function replayBehaviourList(records: readonly BehaviourListRecord[]): readonly TrackedBehaviour[] {
  const ordered = [...records].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return ordered.reduce<readonly TrackedBehaviour[]>((list, r) => (r.change ? apply(list, r.change) : r.list), []);
}

/** The list a change makes of `list` (what the writer saves as its snapshot). */
export function withBehaviourChange(list: readonly TrackedBehaviour[], change: BehaviourListChange): readonly TrackedBehaviour[] {
  return apply(list, change);
}
