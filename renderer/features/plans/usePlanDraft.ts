import { useEffect, useMemo, useState } from 'react';
import type { FieldErrors } from '../../../shared/domain/client';
import { validatePlanVersion } from '../../../shared/progress/plans/plan-validation';
import type { TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import { canonicalJson } from '../../../shared/sync/canonical-json';
import { PlanValidationError, useDatabase, type WaypointDatabase } from '../../db';
import { createArrivalLog } from '../../drafts/arrival-policy';
import { useFollowRecordVersions } from '../../drafts/follow-arrival';
import type { DraftStatus } from '../../drafts/draft-status';
import { useDraftSaver } from '../../drafts/useDraftSaver';
import { useFormStash, type RestoredTyping } from '../../resume/useFormStash';
import type { PlanActions } from './usePlanActions';
import { usePlanCrashCopy } from './usePlanCrashCopy';

/*
 * Typing that cannot be stored yet (a value the validation refuses) is held per open database, so switching chart
 * tabs or pages does not drop it; a lock drops the database (and with it this copy) but the form stash keeps the
 * typing sealed across the lock (renderer/resume). Keyed by the database so nothing outlives the unlocked session.
 */
const held = new WeakMap<WaypointDatabase, Map<string, TreatmentPlanVersion>>();
const heldFor = (db: WaypointDatabase) => held.get(db) ?? held.set(db, new Map()).get(db) ?? new Map<string, TreatmentPlanVersion>();

export interface PlanDraft {
  readonly plan: TreatmentPlanVersion;
  readonly status: DraftStatus;
  /** Errors by field path: the 'save' check while typing, the 'sign' check once signing was tried. */
  readonly errors: FieldErrors;
  readonly update: (next: TreatmentPlanVersion) => void;
  readonly flush: () => Promise<boolean>;
  /** Shows the errors signing would refuse, at their fields. */
  readonly checkForSigning: () => FieldErrors;
  readonly restored: RestoredTyping;
  /** When typing left by a page closed or reloaded was restored (the crash-recovery copy), or null. */
  readonly restoredFrom: string | null;
  /** Why the crash-recovery copy was not restored (CrashCopyRefusedNotice), or null. */
  readonly recoveryRefused: string | null;
  readonly arrived: 'loaded' | 'kept' | null;
}

/** A plan draft in the editor: autosaved through renderer/drafts, checked at every change, nothing typed dropped. */
export function usePlanDraft(stored: TreatmentPlanVersion, actions: Pick<PlanActions, 'save' | 'keepArrived'>): PlanDraft {
  const db = useDatabase();
  // Typing held from an earlier visit (a value that could not be stored yet) opens again and is saved again.
  const [opening] = useState(() => ({ held: heldFor(db).get(stored.versionId) ?? null }));
  const [plan, setPlan] = useState(opening.held ?? stored);
  const [signing, setSigning] = useState(false);
  const [log] = useState(() => createArrivalLog<TreatmentPlanVersion>(canonicalJson(stored)));
  const { status, saver } = useDraftSaver<TreatmentPlanVersion>({
    initial: stored,
    initialStatus: { state: 'saved', at: new Date() },
    save: async (typed, first) => {
      const errors = validatePlanVersion(typed, 'save');
      if (Object.keys(errors).length > 0) throw new PlanValidationError(errors);
      log.remember(canonicalJson(typed));
      const saved = await actions.save(typed, first);
      log.remember(canonicalJson(saved));
      if (canonicalJson(saver.latest()) === canonicalJson(typed)) heldFor(db).delete(stored.versionId);
    },
    onSaved: () => {
      crash.clear();
    },
    // The synchronous encrypted copy comes first: the asynchronous save may not finish before the page is torn down.
    onLeave: (s) => {
      if (s.isDirty()) crash.write(s.latest());
    },
  });
  const update = (next: TreatmentPlanVersion) => {
    heldFor(db).set(stored.versionId, next);
    saver.change(next);
    setPlan(next);
  };
  const crash = usePlanCrashCopy(stored, update);
  const restored = useFormStash(`plan:draft:${stored.versionId}`, { values: plan, initial: stored, setValues: update });

  useEffect(() => {
    if (opening.held) saver.change(opening.held);
  }, [opening, saver]);

  // Unsaved typing here is saved over an arrived version, which is kept as a conflict copy: neither is lost.
  const arrived = useFollowRecordVersions(stored, { saver, log, show: setPlan, keepArrived: actions.keepArrived });

  const errors = useMemo(() => validatePlanVersion(plan, signing ? 'sign' : 'save'), [plan, signing]);
  const checkForSigning = () => {
    setSigning(true);
    return validatePlanVersion(saver.latest(), 'sign');
  };
  return {
    plan,
    status,
    errors,
    update,
    flush: saver.flush,
    checkForSigning,
    restored,
    restoredFrom: crash.restoredFrom,
    recoveryRefused: crash.refused,
    arrived,
  };
}
