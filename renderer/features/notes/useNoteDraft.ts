import { useEffect, useRef, useState } from 'react';
import { NO_RISK } from '../../../shared/domain/notes';
import { canonicalJson } from '../../../shared/sync/canonical-json';
import { createArrivalLog } from '../../drafts/arrival-policy';
import { handleArrival } from '../../drafts/follow-arrival';
import type { DraftStatus } from '../../drafts/draft-status';
import { useDraftSaver } from '../../drafts/useDraftSaver';
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

export function contentOf(note: Note): DraftContent {
  return { title: note.title, templateId: note.templateId, sections: note.sections, risk: note.risk ?? NO_RISK, interventions: note.interventions ?? [] };
}

export interface NoteDraft {
  readonly content: DraftContent;
  readonly status: DraftStatus;
  readonly update: (patch: Partial<DraftContent>) => void;
  /** Saves now if anything is unsaved; resolves when stored (or when the save failed, shown in `status`). */
  readonly flush: () => Promise<boolean>;
  /** When typing left unsaved by a closed or reloaded page was restored into this draft; null otherwise. */
  readonly restoredFrom: string | null;
  /** Why the crash-recovery copy was not restored (CrashCopyRefusedNotice), or null. */
  readonly recoveryRefused: string | null;
  /** A newer version arrived (another laptop, a merge): 'loaded' into the editor, or 'kept' as a conflict copy. */
  readonly arrived: { readonly how: 'loaded' | 'kept'; readonly at: string } | null;
}

/**
 * Holds a draft's content and saves it (renderer/drafts): debounced while typing, at once on blur, route change,
 * window close and when the window is hidden. A version written elsewhere (synced from another laptop, a conflict
 * merge) is loaded when nothing here is unsaved; over unsaved typing the typing wins and the arrived version is kept
 * as a conflict copy, so neither is lost. A version that arrives during a save is judged once that save is stored.
 */
export function useNoteDraft(note: Note, actions: Pick<NoteActions, 'save' | 'keepArrived'>): NoteDraft {
  const { save, keepArrived } = actions;
  const [content, setContent] = useState<DraftContent>(() => contentOf(note));
  const [arrived, setArrived] = useState<NoteDraft['arrived']>(null);
  const [log] = useState(() => createArrivalLog<Note>(canonicalJson(contentOf(note))));

  // Unsaved typing on an older version: it is saved over the arrived one, which is kept as a conflict copy.
  const judge = (n: Note) => {
    handleArrival(
      {
        saver,
        log,
        contentOf,
        versionOf: canonicalJson,
        saving: () => saver.isSaving() || log.holding(),
        show: (incoming) => {
          setContent(incoming);
          setArrived({ how: 'loaded', at: n.updatedAt });
        },
        onKept: () => {
          setArrived({ how: 'kept', at: n.updatedAt });
        },
        keepArrived,
        keepFailure: 'A newer version arrived and could not be kept as a conflict copy',
      },
      n,
    );
  };

  const { status, saver } = useDraftSaver<DraftContent>({
    initial: contentOf(note),
    initialStatus: { state: 'saved', at: new Date(note.updatedAt) },
    save: async (typed, first) => {
      log.remember(canonicalJson(typed));
      const saved = await save(note.id, typed, first);
      log.remember(canonicalJson(contentOf(saved)));
      // Still "during the save" for the judgement: anything not ours was written over.
      log.release().forEach(judge);
    },
    onSaved: () => {
      recovery.clear();
    },
    // The synchronous encrypted copy comes first: the asynchronous save may not finish before the page is torn down.
    onLeave: (s) => {
      if (s.isDirty()) recovery.write(s.latest());
    },
  });

  const update = (patch: Partial<DraftContent>) => {
    const next = { ...saver.latest(), ...patch };
    saver.change(next);
    setContent(next);
  };
  const recovery = useDraftRecovery(note, update);

  // The latest judgement, assigned in an effect (refs are not written during render) before the one below runs.
  const judgeLatest = useRef(judge);
  useEffect(() => {
    judgeLatest.current = judge;
  });
  useEffect(() => {
    if (saver.isSaving()) log.hold(note);
    else judgeLatest.current(note);
  }, [note, saver, log]);

  return { content, status, update, flush: saver.flush, restoredFrom: recovery.restoredFrom, recoveryRefused: recovery.refused, arrived };
}
