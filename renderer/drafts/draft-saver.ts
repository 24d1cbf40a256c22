/*
 * The one autosave engine of every draft (a note, a group note, a visit note), kept apart from React so its timing
 * can be tested: a save a typing pause after the last change and at once when asked (blur, leaving the page, hiding
 * the window). Saves never overlap; a failed save keeps the content unsaved, so the next change or flush tries again.
 * A save the full disk refused is also tried again on its own after a while: space freed elsewhere is used without
 * the clinician having to type again.
 */
import { isStorageFull } from '../../shared/storage-full';
import { DRAFT_SAVE_DELAY_MS, reasonOf, STORAGE_FULL_RETRY_MS, type DraftStatus } from './draft-status';

export interface DraftSaver<C> {
  /** The content changed: saved after the typing pause. */
  readonly change: (content: C) => void;
  /** Saves now if anything is unsaved; true when everything changed so far is stored. */
  readonly flush: () => Promise<boolean>;
  /** Content that arrived from elsewhere replaces what is held, as stored (nothing to save). */
  readonly load: (content: C) => void;
  /** Shows a failure that is not a save's (it stays until a save succeeds, like a failed save). */
  readonly fail: (reason: string) => void;
  /** The content as last changed or loaded. */
  readonly latest: () => C;
  /** Changed since the last save began (or that save failed). */
  readonly isDirty: () => boolean;
  /** A save is in flight. */
  readonly isSaving: () => boolean;
  readonly status: () => DraftStatus;
  /**
   * The editor is gone: no retry on its own any more (a later retry would write this editor's text over whatever was
   * saved since, by a reopened editor or another laptop). A flush still runs once; `open` undoes it (a remount).
   */
  readonly close: () => void;
  readonly open: () => void;
}

export interface DraftSaverOptions<C> {
  readonly initial: C;
  /** Stores the content; `first` is true until a save of this editing session succeeded (the first is audited). */
  readonly save: (content: C, first: boolean) => Promise<void>;
  readonly onStatus: (status: DraftStatus) => void;
  readonly initialStatus?: DraftStatus;
  readonly delayMs?: number;
  /** How long after a save the full disk refused it is tried again (unless a change or flush comes first). */
  readonly retryMs?: number;
  readonly now?: () => Date;
}

/** One draft's autosave: debounced while typing, serialized, and reporting its status. */
export function createDraftSaver<C>(options: DraftSaverOptions<C>): DraftSaver<C> {
  const { save, onStatus, delayMs = DRAFT_SAVE_DELAY_MS, retryMs = STORAGE_FULL_RETRY_MS, now = () => new Date() } = options;
  let latest = options.initial;
  let status: DraftStatus = options.initialStatus ?? { state: 'saved', at: now() };
  let dirty = false;
  // Bumped on every change: a save that ends with the same version stored everything changed so far.
  let version = 0;
  let first = true;
  let running: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const report = (next: DraftStatus) => {
    status = next;
    onStatus(next);
  };

  const retryLater = (): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), retryMs);
  };

  const saveOnce = async (): Promise<boolean> => {
    dirty = false;
    const saving = version;
    report({ state: 'saving' });
    try {
      await save(latest, first);
      first = false;
      if (version === saving) report({ state: 'saved', at: now() });
      return true;
    } catch (error) {
      dirty = true;
      report({ state: 'error', reason: reasonOf(error) });
      if (isStorageFull(error)) retryLater();
      return false;
    }
  };

  const flush = async (): Promise<boolean> => {
    clearTimeout(timer);
    timer = undefined;
    // Wait for the save in flight (and any queued behind it) before deciding.
    while (running) {
      const inFlight = running;
      await inFlight;
      if (running === inFlight) break;
    }
    if (!dirty) return true;
    const run = saveOnce();
    running = run;
    try {
      return await run;
    } finally {
      if (running === run) running = null;
    }
  };

  const change = (content: C) => {
    latest = content;
    dirty = true;
    version += 1;
    // A failure stays on screen until a save succeeds.
    if (status.state !== 'error') report({ state: 'unsaved' });
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  };

  return {
    change,
    flush,
    load: (content) => {
      latest = content;
    },
    fail: (reason) => {
      report({ state: 'error', reason });
    },
    latest: () => latest,
    isDirty: () => dirty,
    isSaving: () => running !== null,
    status: () => status,
    close: () => {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
    },
    open: () => {
      closed = false;
    },
  };
}
