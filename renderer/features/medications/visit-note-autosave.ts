/*
 * Autosave of a medication visit's note, kept apart from React so its timing can be tested: a save 800 ms after
 * the last keystroke (the notes editor's delay) and at once when asked (blur, leaving the tab, hiding the window).
 * Saves never overlap; a failed save keeps the text marked unsaved, so the next change or flush tries again.
 */

/** What the user sees next to the note. */
export type VisitNoteStatus =
  | { readonly state: 'saved'; readonly at: Date }
  | { readonly state: 'saving' }
  | { readonly state: 'error'; readonly reason: string };

/** The notes editor's typing pause before a save. */
export const VISIT_NOTE_DELAY_MS = 800;

export interface VisitNoteSaver {
  /** The text changed: saved after the typing pause. */
  readonly change: (text: string) => void;
  /** Saves now if anything is unsaved; true when everything typed is stored. */
  readonly flush: () => Promise<boolean>;
}

interface Options {
  /** Stores the text; `first` is true for the first save of this editing session (it is audited). */
  readonly save: (text: string, first: boolean) => Promise<void>;
  readonly onStatus: (status: VisitNoteStatus) => void;
  readonly delayMs?: number;
  readonly now?: () => Date;
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** One note's autosave: debounced while typing, serialized, and reporting its status. */
export function createVisitNoteSaver({ save, onStatus, delayMs = VISIT_NOTE_DELAY_MS, now = () => new Date() }: Options): VisitNoteSaver {
  let latest = '';
  let dirty = false;
  let version = 0;
  let first = true;
  let running: Promise<unknown> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failed = false;
  const report = (status: VisitNoteStatus) => {
    failed = status.state === 'error';
    onStatus(status);
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

  const change = (text: string) => {
    latest = text;
    dirty = true;
    version += 1;
    // A failed save stays on screen until a save succeeds.
    if (!failed) report({ state: 'saving' });
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  };

  return { change, flush };
}
