import { createArrivalLog, type ArrivalVerdict } from './arrival-policy';
import type { VersionOf } from './form-arrival';
import { handleArrival, type ArrivalHandling } from './follow-arrival';

/** What an open form does with the stored versions of its record (the non-React part of useFollowArrivals). */
export interface FormFollower<T> {
  /** Judges a stored version by the editors' one rule: 'load' into an unchanged form, 'keep-as-conflict' over changes. */
  readonly judge: (stored: T) => ArrivalVerdict;
  /** What the form holds now: unsaved changes, a save running (its own version arriving then is not announced). */
  readonly report: (dirty: boolean, saving: boolean) => void;
}

export interface FollowerEffects<T> {
  /** Shows the arrived version's values in the (unchanged) form. */
  readonly load: (arrived: T) => void;
  /** Says that a version arrived over unsaved changes: the save keeps it as a conflict copy (keep-arrived.ts). */
  readonly held: (arrived: T) => void;
}

export function createFormFollower<T>(opened: T, versionOf: VersionOf<T>, effects: FollowerEffects<T>): FormFollower<T> {
  let form = { dirty: false, saving: false };
  const handling: ArrivalHandling<T, T> = {
    // A form saves only when asked: no saver holds its content, and nothing is written before the save.
    saver: { isDirty: () => form.dirty, isSaving: () => form.saving, load: () => undefined, fail: () => undefined },
    log: createArrivalLog<T>(versionOf(opened)),
    contentOf: (record) => record,
    versionOf,
    show: (record) => {
      effects.load(record);
    },
    keepArrived: () => Promise.resolve(),
    onKept: (record) => {
      if (!form.saving) effects.held(record);
    },
    keepFailure: 'The version that arrived could not be kept',
  };
  return {
    judge: (stored) => handleArrival(handling, stored),
    report: (dirty, saving) => {
      form = { dirty, saving };
    },
  };
}
