import { useEffect, useState } from 'react';
import { createDraftSaver, type DraftSaver } from './draft-saver';
import type { DraftStatus } from './draft-status';
import { useSaveOnLeave } from './useSaveOnLeave';

export interface DraftSaverSetup<C> {
  readonly initial: C;
  readonly initialStatus: DraftStatus;
  /** Stores the content; `first` is true until a save of this editing session succeeded. */
  readonly save: (content: C, first: boolean) => Promise<void>;
  /** Everything changed is stored (e.g. drop the crash-recovery copy). */
  readonly onSaved?: () => void;
  /** The page is being left, closed or hidden, before the save: synchronous work (the crash-recovery copy). */
  readonly onLeave?: (saver: DraftSaver<C>) => void;
}

/**
 * One draft's saver (draft-saver.ts) for as long as the editor is open, its status as state, and a save when the
 * editor is left or the window closed or hidden. The latest `save`, `onSaved` and `onLeave` are always the ones used.
 */
export function useDraftSaver<C>(setup: DraftSaverSetup<C>): { readonly status: DraftStatus; readonly saver: DraftSaver<C> } {
  const [status, setStatus] = useState(setup.initialStatus);
  // The saver outlives renders; it calls back through a box holding the latest setup.
  const [{ saver, setupRef }] = useState(() => {
    const box = { current: setup };
    const created = createDraftSaver<C>({
      initial: setup.initial,
      initialStatus: setup.initialStatus,
      save: (content, first) => box.current.save(content, first),
      onStatus: (next) => {
        setStatus(next);
        if (next.state === 'saved') box.current.onSaved?.();
      },
    });
    return { saver: created, setupRef: box };
  });
  useEffect(() => {
    setupRef.current = setup;
  });
  useSaveOnLeave(() => {
    setupRef.current.onLeave?.(saver);
    void saver.flush();
  });
  // Unmounted, the saver stops retrying a refused save (the crash-recovery copy keeps the text); remounted, it resumes.
  useEffect(() => {
    saver.open();
    return () => {
      saver.close();
    };
  }, [saver]);
  return { status, saver };
}
