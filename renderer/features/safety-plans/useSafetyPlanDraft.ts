import { useEffect, useRef, useState } from 'react';
import type { SafetyPlanVersion } from '../../../shared/progress/safety-plans';
import { canonicalJson } from '../../../shared/sync/canonical-json';
import { createArrivalLog, judgeArrival } from '../../drafts/arrival-policy';
import { reasonOf, type DraftStatus } from '../../drafts/draft-status';
import { useDraftSaver } from '../../drafts/useDraftSaver';
import type { SafetyPlanActions } from './useSafetyPlanActions';

export interface SafetyPlanDraft {
  readonly content: SafetyPlanVersion;
  readonly status: DraftStatus;
  readonly update: (next: SafetyPlanVersion) => void;
  readonly flush: () => Promise<boolean>;
  /** A version that arrived from another laptop while the editor was open: shown here, or kept as a conflict copy. */
  readonly arrived: 'loaded' | 'kept' | null;
}

/**
 * A safety or relapse-prevention plan draft in the editor, autosaved through renderer/drafts. A version of the same
 * draft arriving while it is open (another laptop, a conflict merge) is judged by the editors' one rule
 * (drafts/arrival-policy): nothing unsaved here → it is loaded; unsaved typing → the typing is saved over it and the
 * arrived version is kept as a conflict copy, so neither is lost.
 */
export function useSafetyPlanDraft(stored: SafetyPlanVersion, actions: Pick<SafetyPlanActions, 'save' | 'keepArrived'>): SafetyPlanDraft {
  const [content, setContent] = useState(stored);
  const [arrived, setArrived] = useState<SafetyPlanDraft['arrived']>(null);
  const [log] = useState(() => createArrivalLog<SafetyPlanVersion>(canonicalJson(stored)));
  const { status, saver } = useDraftSaver<SafetyPlanVersion>({
    initial: stored,
    initialStatus: { state: 'saved', at: new Date() },
    save: async (typed, first) => {
      log.remember(canonicalJson(typed));
      log.remember(canonicalJson(await actions.save(typed, first)));
    },
  });
  const update = (next: SafetyPlanVersion) => {
    setContent(next);
    saver.change(next);
  };

  const judge = (incomingVersion: SafetyPlanVersion) => {
    const incoming = canonicalJson(incomingVersion);
    const verdict = judgeArrival({ knownVersions: log.knownVersions(), dirty: saver.isDirty(), saving: saver.isSaving(), incoming });
    if (verdict === 'ignore') return;
    log.remember(incoming);
    if (verdict === 'load') {
      saver.load(incomingVersion);
      setContent(incomingVersion);
      setArrived('loaded');
      return;
    }
    setArrived('kept');
    actions.keepArrived(incomingVersion).catch((e: unknown) => { saver.fail(`A newer version arrived and could not be kept as a conflict copy: ${reasonOf(e)}`); });
  };
  // The latest judgement, assigned in an effect (refs are not written during render) before the one below runs.
  const judgeLatest = useRef(judge);
  useEffect(() => {
    judgeLatest.current = judge;
  });
  useEffect(() => {
    judgeLatest.current(stored);
  }, [stored]);

  return { content, status, update, flush: saver.flush, arrived };
}
