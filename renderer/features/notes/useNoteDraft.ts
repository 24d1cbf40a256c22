import { useCallback, useEffect, useRef, useState } from 'react';
import { NO_RISK } from '../../../shared/domain/notes';
import type { Note, NoteRisk, NoteSection } from '../../../shared/domain/records';
import type { NoteActions } from './useNoteActions';
import { useDraftRecovery } from './useDraftRecovery';

/** The editable content of a draft, as the editor holds it between saves. */
export interface DraftContent {
  readonly title: string;
  readonly templateId: string;
  readonly sections: readonly NoteSection[];
  readonly risk: NoteRisk;
  readonly interventions: readonly string[];
}

export type SaveStatus =
  | { readonly state: 'saved'; readonly at: Date }
  | { readonly state: 'saving' }
  | { readonly state: 'error'; readonly reason: string };

/** Typing pauses this long before a save; blur, leaving the page and closing the window save at once. */
export const AUTOSAVE_DELAY_MS = 800;

export function contentOf(note: Note): DraftContent {
  return { title: note.title, templateId: note.templateId, sections: note.sections, risk: note.risk ?? NO_RISK, interventions: note.interventions ?? [] };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface NoteDraft {
  readonly content: DraftContent;
  readonly status: SaveStatus;
  readonly update: (patch: Partial<DraftContent>) => void;
  /** Saves now if anything is unsaved; resolves when stored (or when the save failed, shown in `status`). */
  readonly flush: () => Promise<boolean>;
  /** When typing left unsaved by a closed or reloaded page was restored into this draft; null otherwise. */
  readonly restoredFrom: string | null;
}

/**
 * Holds a draft's content and saves it: debounced while typing, at once on blur, route change, window close and
 * when the window is hidden. Saves never overlap; a failed save keeps the text on screen and says why.
 */
export function useNoteDraft(note: Note, save: NoteActions['save']): NoteDraft {
  const [content, setContent] = useState<DraftContent>(() => contentOf(note));
  const [status, setStatus] = useState<SaveStatus>(() => ({ state: 'saved', at: new Date(note.updatedAt) }));
  const latest = useRef(content);
  const dirty = useRef(false);
  // Bumped on every change: a save that ends with the same version saved everything typed so far.
  const version = useRef(0);
  const edited = useRef(false);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const noteId = note.id;
  const clearCopy = useRef<() => void>(() => undefined);

  const saveOnce = useCallback(async () => {
    dirty.current = false;
    const saving = version.current;
    setStatus({ state: 'saving' });
    try {
      await save(noteId, latest.current, !edited.current);
      edited.current = true;
      if (version.current === saving) {
        setStatus({ state: 'saved', at: new Date() });
        clearCopy.current();
      }
    } catch (error) {
      dirty.current = true;
      setStatus({ state: 'error', reason: reasonOf(error) });
      throw error;
    }
  }, [noteId, save]);

  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    // Saves never overlap: wait for the one in flight (and any queued behind it) before deciding.
    for (let inFlight = running.current; inFlight; inFlight = running.current) await inFlight.catch(() => undefined);
    if (!dirty.current) return true;
    const run = saveOnce();
    running.current = run;
    try {
      await run;
      return true;
    } catch {
      return false;
    } finally {
      running.current = null;
    }
  }, [saveOnce]);

  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const update = useCallback((patch: Partial<DraftContent>) => {
    latest.current = { ...latest.current, ...patch };
    dirty.current = true;
    version.current += 1;
    setContent(latest.current);
    setStatus((s) => (s.state === 'error' ? s : { state: 'saving' }));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flushRef.current(), AUTOSAVE_DELAY_MS);
  }, []);

  const recovery = useDraftRecovery(note, update);
  const writeCopy = useRef(recovery.write);
  useEffect(() => {
    writeCopy.current = recovery.write;
    clearCopy.current = recovery.clear;
  });

  useEffect(() => {
    const now = () => {
      // Synchronous encrypted copy first: the asynchronous save may not finish before the page is torn down.
      if (dirty.current) writeCopy.current(latest.current);
      void flushRef.current();
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') now();
    };
    window.addEventListener('beforeunload', now);
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', now);
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', hidden);
      // Leaving the editor (another route, signing, locking) saves what is left.
      now();
    };
  }, []);

  return { content, status, update, flush, restoredFrom: recovery.restoredFrom };
}
