import { useEffect, useState } from 'react';
import { useLiveQuery, watchSession } from '../../db';
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

  useEffect(() => {
    const now = () => void saver.flush();
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
      // Leaving the visit (another chart tab, another page, locking) saves what is left.
      now();
    };
  }, [saver]);

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
