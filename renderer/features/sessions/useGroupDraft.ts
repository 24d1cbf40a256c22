import { useRef, useState } from 'react';
import type { Note, NoteRisk, NoteSection, Session } from '../../../shared/domain/records';
import { useDraftSaver } from '../../drafts/useDraftSaver';
import { useDraftRecovery, type DraftContent } from '../notes';
import { groupRecoveryContent, sectionsFromRecovery, withMemberRisk, withSection } from './group-note';
import { useSessionActions } from './useSessionActions';

/**
 * The group session's draft while it is typed: sections held here, saved by the drafts engine (debounced, and at
 * once on blur) into one draft note that is created on the first keystroke. Saves run one after another so a second
 * draft is never made. Closing or reloading the page writes the notes editor's encrypted crash-recovery copy
 * synchronously (the save may not finish); reopening the session restores it.
 */
export function useGroupDraft(session: Session, stored: Note | null) {
  const actions = useSessionActions();
  const [sections, setSections] = useState<readonly NoteSection[]>(() => stored?.sections ?? []);
  const draft = useRef<Note | null>(stored);
  const { status, saver } = useDraftSaver<readonly NoteSection[]>({
    initial: sections,
    initialStatus: { state: 'saved', at: new Date((stored ?? session).updatedAt) },
    save: async (typed) => {
      draft.current = await actions.saveGroupDraft(session, draft.current, typed);
    },
    onSaved: () => {
      recovery.clear();
    },
    // Anything not yet stored is typing a closed page would lose: the encrypted copy first (synchronous).
    onLeave: (s) => {
      if (s.isDirty() || s.isSaving()) recovery.write(groupRecoveryContent(s.latest()));
    },
  });

  const replace = (next: readonly NoteSection[]) => {
    saver.change(next);
    setSections(next);
    // The first keystroke creates the draft at once: its key is what the crash-recovery copy is encrypted with.
    if (!draft.current) void saver.flush();
  };
  const set = (key: string, html: string) => {
    replace(withSection(saver.latest(), key, html));
  };
  const setRisk = (clientId: string, risk: NoteRisk | null) => {
    replace(withMemberRisk(saver.latest(), clientId, risk));
  };
  const restore = (content: DraftContent) => {
    const recovered = sectionsFromRecovery(content);
    if (recovered) replace(recovered);
  };
  const recovery = useDraftRecovery(stored, restore);

  /** Saves what is pending; rejects with the reason when it could not be stored. */
  const flush = async () => {
    if (await saver.flush()) return;
    const now = saver.status();
    throw new Error(now.state === 'error' ? now.reason : 'The group note could not be saved.');
  };
  return {
    sections,
    set,
    setRisk,
    blur: () => {
      void saver.flush();
    },
    flush,
    status,
    draftRef: draft,
    restoredFrom: recovery.restoredFrom,
    recoveryRefused: recovery.refused,
  };
}
