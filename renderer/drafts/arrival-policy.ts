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
