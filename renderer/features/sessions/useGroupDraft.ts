import { useEffect, useRef, useState } from 'react';
import type { Note, NoteRisk, NoteSection, Session } from '../../../shared/domain/records';
import { useSaveOnLeave } from '../../drafts/useSaveOnLeave';
import { useDraftRecovery, type DraftContent } from '../notes';
import { groupRecoveryContent, sectionsFromRecovery, withMemberRisk, withSection } from './group-note';
import { useSessionActions } from './useSessionActions';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'failed';

const DEBOUNCE_MS = 700;

/**
 * The group session's draft while it is typed: sections held here, saved (debounced, and at once on blur) into one
 * draft note that is created on the first keystroke. Saves run one after another so a second draft is never made.
 * Closing or reloading the page writes the notes editor's encrypted crash-recovery copy synchronously (the save
 * may not finish); reopening the session restores it.
 */
export function useGroupDraft(session: Session, stored: Note | null) {
  const actions = useSessionActions();
  const [sections, setSections] = useState<readonly NoteSection[]>(() => stored?.sections ?? []);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState('');
  const draft = useRef<Note | null>(stored);
  const latest = useRef(sections);
  // The sections last stored: anything else on screen is typing a closed page would lose.
  const savedSections = useRef(sections);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const clearCopy = useRef<() => void>(() => undefined);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const snapshot = latest.current;
    setState('saving');
    const run = chain.current.then(async () => {
      draft.current = await actions.saveGroupDraft(session, draft.current, snapshot);
      savedSections.current = snapshot;
    });
    chain.current = run.then(
      () => {
        if (latest.current !== snapshot) return;
        setState('saved');
        clearCopy.current();
      },
      (e: unknown) => { setState('failed'); setError(e instanceof Error ? e.message : String(e)); },
    );
    return run;
  };

  const replace = (next: readonly NoteSection[]) => {
    latest.current = next;
    setSections(next);
    setState('unsaved');
    if (timer.current) clearTimeout(timer.current);
    // The first keystroke creates the draft at once: its key is what the crash-recovery copy is encrypted with.
    timer.current = setTimeout(() => void flush(), draft.current ? DEBOUNCE_MS : 0);
  };
  const set = (key: string, html: string) => { replace(withSection(latest.current, key, html)); };
  const setRisk = (clientId: string, risk: NoteRisk | null) => { replace(withMemberRisk(latest.current, clientId, risk)); };

  const restore = (content: DraftContent) => {
    const recovered = sectionsFromRecovery(content);
    if (recovered) replace(recovered);
  };
  const recovery = useDraftRecovery(stored, restore);
  const writeCopy = useRef(recovery.write);
  useEffect(() => {
    writeCopy.current = recovery.write;
    clearCopy.current = recovery.clear;
  });

  const flushRef = useRef(flush);
  useEffect(() => { flushRef.current = flush; });
  // Closing, reloading, hiding or leaving the page saves what is pending, the encrypted copy first (synchronous).
  useSaveOnLeave(() => {
    if (latest.current === savedSections.current) return;
    writeCopy.current(groupRecoveryContent(latest.current));
    void flushRef.current();
  });

  return { sections, set, setRisk, blur: () => { if (timer.current) void flush(); }, flush, state, error, draftRef: draft, restoredFrom: recovery.restoredFrom };
}
