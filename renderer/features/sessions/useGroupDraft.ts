import { useEffect, useRef, useState } from 'react';
import type { Note, NoteSection, Session } from '../../../shared/domain/records';
import { withSection } from './group-note';
import { useSessionActions } from './useSessionActions';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'failed';

const DEBOUNCE_MS = 700;

/**
 * The group session's draft while it is typed: sections held here, saved (debounced, and at once on blur) into one
 * draft note that is created on the first keystroke. Saves run one after another so a second draft is never made.
 */
export function useGroupDraft(session: Session, stored: Note | null) {
  const actions = useSessionActions();
  const [sections, setSections] = useState<readonly NoteSection[]>(() => stored?.sections ?? []);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState('');
  const draft = useRef<Note | null>(stored);
  const latest = useRef(sections);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const snapshot = latest.current;
    setState('saving');
    const run = chain.current.then(async () => {
      draft.current = await actions.saveGroupDraft(session, draft.current, snapshot);
    });
    chain.current = run.then(
      () => { if (latest.current === snapshot) setState('saved'); },
      (e: unknown) => { setState('failed'); setError(e instanceof Error ? e.message : String(e)); },
    );
    return run;
  };

  const set = (key: string, html: string) => {
    const next = withSection(latest.current, key, html);
    latest.current = next;
    setSections(next);
    setState('unsaved');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  };

  // Leaving the page saves what is pending.
  useEffect(() => () => { if (timer.current) void flush(); }, []); // eslint-disable-line react-hooks/exhaustive-deps -- on unmount only

  return { sections, set, blur: () => { if (timer.current) void flush(); }, flush, state, error, draftRef: draft };
}
