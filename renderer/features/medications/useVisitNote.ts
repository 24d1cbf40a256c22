import { useState } from 'react';
import { useLiveQuery, watchSession } from '../../db';
import { useSaveOnLeave } from '../../components/useSaveOnLeave';
import { createVisitNoteSaver, type VisitNoteSaver, type VisitNoteStatus } from './visit-note-autosave';

export interface VisitNote {
  readonly text: string;
  readonly status: VisitNoteStatus;
  readonly change: (text: string) => void;
  /** Saves now (blur, before finishing); true when everything typed is stored. */
  readonly flush: () => Promise<boolean>;
}

/** The note typed so far on a visit (kept on the visit, sealed), or undefined while it is read. */
export function useStoredVisitNote(sessionId: string): { readonly text: string; readonly updatedAt: string } | undefined {
  const session = useLiveQuery((db) => watchSession(db, sessionId), [sessionId]).data;
  if (session === undefined) return undefined;
  return { text: session?.summary ?? '', updatedAt: session?.updatedAt ?? '' };
}

/**
 * A visit note's text, autosaved like a note draft: 800 ms after typing, and at once on blur, when the visit panel
 * closes (another tab or route), when the window is hidden and when the page is closed.
 */
export function useVisitNote(initial: { readonly text: string; readonly updatedAt: string }, save: (text: string, first: boolean) => Promise<void>): VisitNote {
  const [text, setText] = useState(initial.text);
  const [status, setStatus] = useState<VisitNoteStatus>(() => ({ state: 'saved', at: new Date(initial.updatedAt || Date.now()) }));
  // One saver per visit: `save` is bound to the visit (the panel is keyed by it), so the first one is kept.
  const [saver] = useState<VisitNoteSaver>(() => createVisitNoteSaver({ save, onStatus: setStatus }));

  // Leaving the visit (another chart tab, another page, locking), closing or hiding the window saves what is left.
  useSaveOnLeave(() => void saver.flush());

  return {
    text,
    status,
    change: (next) => {
      setText(next);
      saver.change(next);
    },
    flush: saver.flush,
  };
}
