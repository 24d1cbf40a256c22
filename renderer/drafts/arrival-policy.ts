/*
 * What an open editor does with a version of its record that arrived from elsewhere (synced from another laptop, a
 * conflict merge) while it is open. Versions are compared in a canonical form (e.g. canonical JSON of the content).
 */

/** 'ignore': one of the editor's own versions; 'load': shown in the editor; 'keep-as-conflict': typing here wins and
 *  the arrived version is kept as a conflict copy, so neither is lost. */
export type ArrivalVerdict = 'ignore' | 'load' | 'keep-as-conflict';

export interface Arrival {
  /** Versions the editor loaded or saved (newest first): an emission of one of them is not news. */
  readonly knownVersions: readonly string[];
  /** Changes typed here and not yet saved. */
  readonly dirty: boolean;
  /** A save is in flight (or its result is still being judged): it may be written over the arrived version. */
  readonly saving: boolean;
  readonly incoming: string;
}

/** How many of its own versions an editor remembers. */
export const KNOWN_VERSIONS = 8;

/** Loads a version only over nothing unsaved; over unsaved or saving typing the typing wins and the version is kept. */
export function judgeArrival({ knownVersions, dirty, saving, incoming }: Arrival): ArrivalVerdict {
  if (knownVersions.includes(incoming)) return 'ignore';
  return dirty || saving ? 'keep-as-conflict' : 'load';
}

/** The known versions with `version` remembered as the newest, oldest dropped past KNOWN_VERSIONS. */
export function rememberVersion(knownVersions: readonly string[], version: string): readonly string[] {
  return [version, ...knownVersions].slice(0, KNOWN_VERSIONS);
}

/** What an open editor remembers for judging arrivals: its own versions, and arrivals held while a save runs. */
export interface ArrivalLog<T> {
  readonly remember: (version: string) => void;
  readonly knownVersions: () => readonly string[];
  /** Holds an arrival until the save in flight is stored (that save may be written over it). */
  readonly hold: (arrival: T) => void;
  /** The held arrivals, handed over once (after a successful save). */
  readonly release: () => readonly T[];
  /** Arrivals are still held: a save ran while they arrived and has not been stored yet. */
  readonly holding: () => boolean;
}

export function createArrivalLog<T>(loaded: string): ArrivalLog<T> {
  let known: readonly string[] = [loaded];
  let held: readonly T[] = [];
  return {
    remember: (version) => {
      known = rememberVersion(known, version);
    },
    knownVersions: () => known,
    hold: (arrival) => {
      held = [...held, arrival];
    },
    release: () => {
      const out = held;
      held = [];
      return out;
    },
    holding: () => held.length > 0,
  };
}
