import { useCallback, useEffect, useRef, useState } from 'react';
import { NO_RISK } from '../../../shared/domain/notes';
import { canonicalJson } from '../../../shared/sync/canonical-json';
import { useSaveOnLeave } from '../../drafts/useSaveOnLeave';
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
  /** A newer version arrived (another laptop, a merge): 'loaded' into the editor, or 'kept' as a conflict copy. */
  readonly arrived: { readonly how: 'loaded' | 'kept'; readonly at: string } | null;
}

// Versions of this draft the editor has loaded or saved; an emission of one of them is not news.
const KNOWN_VERSIONS = 8;

/**
 * Holds a draft's content and saves it: debounced while typing, at once on blur, route change, window close and
 * when the window is hidden. Saves never overlap; a failed save keeps the text on screen and says why.
 * A version written elsewhere (synced from another laptop, a conflict merge) is loaded when nothing here is unsaved;
 * over unsaved typing the typing wins and the arrived version is kept as a conflict copy, so neither is lost.
 */
export function useNoteDraft(note: Note, actions: Pick<NoteActions, 'save' | 'keepArrived'>): NoteDraft {
  const { save, keepArrived } = actions;
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
  const known = useRef<string[]>([canonicalJson(contentOf(note))]);
  const remember = useCallback((c: DraftContent) => {
    known.current = [canonicalJson(c), ...known.current].slice(0, KNOWN_VERSIONS);
  }, []);
  const [arrived, setArrived] = useState<NoteDraft['arrived']>(null);
  const afterSave = useRef<() => void>(() => undefined);

  const saveOnce = useCallback(async () => {
    dirty.current = false;
    const saving = version.current;
    setStatus({ state: 'saving' });
    remember(latest.current);
    try {
      const saved = await save(noteId, latest.current, !edited.current);
      remember(contentOf(saved));
      afterSave.current();
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
  }, [noteId, save, remember]);

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

  // Leaving the editor (another route, signing, locking), closing or hiding the window saves what is left; the
  // synchronous encrypted copy comes first, since the asynchronous save may not finish before the page is torn down.
  useSaveOnLeave(() => {
    if (dirty.current) writeCopy.current(latest.current);
    void flushRef.current();
  });

  // Versions that arrived while a save ran: judged once it is stored (it may have been written over them).
  const arrivedDuringSave = useRef<Note[]>([]);
  const examine = useRef<(n: Note) => void>(() => undefined);
  // Assigned in an effect (refs are not written during render); it runs before the effect below that uses it.
  useEffect(() => {
    examine.current = (n: Note) => {
      const incoming = contentOf(n);
      if (known.current.includes(canonicalJson(incoming))) return;
      remember(incoming);
      if (!dirty.current && !running.current && arrivedDuringSave.current.length === 0) {
        latest.current = incoming;
        setContent(incoming);
        setArrived({ how: 'loaded', at: n.updatedAt });
        return;
      }
      // Unsaved typing on an older version: it is saved over the arrived one, which is kept as a conflict copy.
      setArrived({ how: 'kept', at: n.updatedAt });
      keepArrived(n).catch((error: unknown) => {
        setStatus({ state: 'error', reason: `A newer version arrived and could not be kept as a conflict copy: ${reasonOf(error)}` });
      });
    };
    afterSave.current = () => {
      const pending = arrivedDuringSave.current;
      arrivedDuringSave.current = [];
      // Still "during the save" for the judgement: anything not ours was written over.
      pending.forEach((n) => {
        if (!known.current.includes(canonicalJson(contentOf(n)))) {
          arrivedDuringSave.current = [n];
          examine.current(n);
          arrivedDuringSave.current = [];
        }
      });
    };
  });

  useEffect(() => {
    if (running.current) arrivedDuringSave.current.push(note);
    else examine.current(note);
  }, [note]);

  return { content, status, update, flush, restoredFrom: recovery.restoredFrom, arrived };
}
