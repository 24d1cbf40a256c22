import { useState } from 'react';
import type { SafetyPlanVersion } from '../../../shared/progress/safety-plans';
import { canonicalJson } from '../../../shared/sync/canonical-json';
import { createArrivalLog } from '../../drafts/arrival-policy';
import { useFollowRecordVersions } from '../../drafts/follow-arrival';
import type { DraftStatus } from '../../drafts/draft-status';
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

  const arrived = useFollowRecordVersions(stored, { saver, log, show: setContent, keepArrived: actions.keepArrived });

  return { content, status, update, flush: saver.flush, arrived };
}
