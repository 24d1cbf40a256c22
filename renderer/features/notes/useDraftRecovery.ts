import { useEffect, useRef, useState } from 'react';
import type { Note } from '../../../shared/domain/records';
import { clearRecovery, prepareRecoveryWriter, readRecoveryResult, type RecoveryWriter } from './draft-recovery';
import type { DraftContent } from './useNoteDraft';

export interface DraftRecovery {
  /** Writes the encrypted copy synchronously (for beforeunload/pagehide); false when it could not. */
  readonly write: (content: DraftContent) => boolean;
  /** Drops the copy once everything is saved. */
  readonly clear: () => void;
  /** When the restored typing was left, or null when nothing was restored. */
  readonly restoredFrom: string | null;
  /** Why a copy that was there was not restored (integrity check failed, unreadable), to show; null otherwise. */
  readonly refused: string | null;
}

/** What the recovery copy needs of a draft; null while the draft does not exist yet (a group note before its first save). */
export type RecoverableDraft = Pick<Note, 'id' | 'updatedAt' | 'draftKey'> | null;

/**
 * The crash-recovery copy of one draft (draft-recovery.ts): restored once when the editor opens, if newer. Used by
 * the note editor and the group session's note; a draft that appears later (first save) gets its copy from then on.
 */
export function useDraftRecovery(note: RecoverableDraft, onRestore: (content: DraftContent) => void): DraftRecovery {
  const writer = useRef<RecoveryWriter | null>(null);
  const restore = useRef(onRestore);
  const savedAt = useRef(note?.updatedAt ?? '');
  const [restoredFrom, setRestoredFrom] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const id = note?.id ?? '';
  const key = note?.draftKey ?? '';

  useEffect(() => {
    restore.current = onRestore;
  }, [onRestore]);

  useEffect(() => {
    let live = true;
    writer.current = null;
    if (!id) return;
    const failed = (e: unknown) => {
      console.error('Draft recovery is unavailable', e);
    };
    prepareRecoveryWriter(id, key, localStorage)
      .then((w) => {
        if (live) writer.current = w;
      })
      .catch(failed);
    readRecoveryResult(id, key, localStorage)
      .then((result) => {
        if (!live || result.status === 'none') return;
        if (result.status === 'refused') {
          setRefused(result.message);
          return;
        }
        const found = result.copy;
        // A copy no newer than the stored draft was saved after all (the save won the race with the reload).
        if (found.at <= savedAt.current) {
          clearRecovery(id, localStorage);
          return;
        }
        restore.current(found.content);
        setRestoredFrom(found.at);
      })
      .catch(failed);
    return () => {
      live = false;
    };
  }, [id, key]);

  return {
    write: (content) => writer.current?.write(content, new Date()) ?? false,
    clear: () => {
      if (id) clearRecovery(id, localStorage);
    },
    restoredFrom,
    refused,
  };
}
