import { useEffect, useRef, useState } from 'react';
import { canonicalJson } from '../../shared/sync/canonical-json';
import { judgeArrival, type ArrivalLog, type ArrivalVerdict } from './arrival-policy';
import type { DraftSaver } from './draft-saver';
import { reasonOf } from './draft-status';

/** What an open editor does with a version of its record written elsewhere (another laptop, a conflict merge). */
export interface ArrivalHandling<T, C> {
  readonly saver: Pick<DraftSaver<C>, 'isDirty' | 'isSaving' | 'load' | 'fail'>;
  readonly log: Pick<ArrivalLog<T>, 'knownVersions' | 'remember'>;
  /** The editable content of an arrived record, and its version key (canonical JSON). */
  readonly contentOf: (arrived: T) => C;
  readonly versionOf: (content: C) => string;
  /** Shows loaded content in the editor. */
  readonly show: (content: C, arrived: T) => void;
  /** Keeps the arrived record as a conflict copy: unsaved typing here is saved over it, so neither is lost. */
  readonly keepArrived: (arrived: T) => Promise<void>;
  readonly onKept?: (arrived: T) => void;
  /** "A save is in flight" when the saver's own flag is not all of it (the note editor holds arrivals while saving). */
  readonly saving?: () => boolean;
  /** The message if keeping the copy fails, before its reason. */
  readonly keepFailure: string;
}

/** Judges one arrival by the editors' one rule (arrival-policy) and loads it or keeps it as a conflict copy. */
export function handleArrival<T, C>(h: ArrivalHandling<T, C>, arrived: T): ArrivalVerdict {
  const content = h.contentOf(arrived);
  const incoming = h.versionOf(content);
  const saving = h.saving ? h.saving() : h.saver.isSaving();
  const verdict = judgeArrival({ knownVersions: h.log.knownVersions(), dirty: h.saver.isDirty(), saving, incoming });
  if (verdict === 'ignore') return verdict;
  h.log.remember(incoming);
  if (verdict === 'load') {
    h.saver.load(content);
    h.show(content, arrived);
    return verdict;
  }
  h.onKept?.(arrived);
  h.keepArrived(arrived).catch((e: unknown) => {
    h.saver.fail(`${h.keepFailure}: ${reasonOf(e)}`);
  });
  return verdict;
}

/**
 * Runs `judge` on every stored version the editor is given, always with the latest `judge` (assigned in an effect,
 * since refs are not written during render, before the effect that judges runs).
 */
export function useJudgeEachVersion<T>(stored: T, judge: (version: T) => void): void {
  const latest = useRef(judge);
  useEffect(() => {
    latest.current = judge;
  });
  useEffect(() => {
    latest.current(stored);
  }, [stored]);
}

/** What a whole-record editor (a plan version) needs to follow arrivals: its saver and log, how to show, how to keep. */
export interface RecordArrivals<T> {
  readonly saver: ArrivalHandling<T, T>['saver'];
  readonly log: ArrivalHandling<T, T>['log'];
  readonly show: (content: T) => void;
  readonly keepArrived: (arrived: T) => Promise<void>;
}

/**
 * Follows every stored version of a record edited whole (content = the record, version = its canonical JSON) by the
 * editors' one rule, and says what happened last: loaded into the editor, or kept as a conflict copy.
 */
export function useFollowRecordVersions<T>(stored: T, r: RecordArrivals<T>): 'loaded' | 'kept' | null {
  const [arrived, setArrived] = useState<'loaded' | 'kept' | null>(null);
  useJudgeEachVersion(stored, (version: T) => {
    handleArrival(
      {
        saver: r.saver,
        log: r.log,
        contentOf: (v: T) => v,
        versionOf: canonicalJson,
        show: (v) => {
          r.show(v);
          setArrived('loaded');
        },
        onKept: () => {
          setArrived('kept');
        },
        keepArrived: r.keepArrived,
        keepFailure: 'A newer version arrived and could not be kept as a conflict copy',
      },
      version,
    );
  });
  return arrived;
}
