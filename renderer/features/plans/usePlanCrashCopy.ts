import { useEffect, useRef, useState } from 'react';
import type { TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import { canonicalJson } from '../../../shared/sync/canonical-json';
import { prepareCrashCopyWriter, type CrashCopyWriter } from '../../drafts/crash-copy';
import { useActorContext } from '../../session';
import { planCopyKey, planCopyWriteKey, readPlanCopy } from './plan-crash-copy';

export interface PlanCrashCopy {
  /** Writes the encrypted copy synchronously (page closing or reloading); false when it could not. */
  readonly write: (typed: TreatmentPlanVersion) => boolean;
  /** Drops the copy once everything is saved. */
  readonly clear: () => void;
  /** When the restored typing was left, or null when nothing was restored. */
  readonly restoredFrom: string | null;
  /** Why a copy that was there was not restored, to show (CrashCopyRefusedNotice); null otherwise. */
  readonly refused: string | null;
}

/** The crash-recovery copy of one plan draft (plan-crash-copy.ts): offered back once when the editor opens. */
export function usePlanCrashCopy(stored: TreatmentPlanVersion, onRestore: (typed: TreatmentPlanVersion) => void): PlanCrashCopy {
  const ctx = useActorContext();
  const writer = useRef<CrashCopyWriter<TreatmentPlanVersion> | null>(null);
  const restore = useRef(onRestore);
  const opened = useRef(canonicalJson(stored));
  const [restoredFrom, setRestoredFrom] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const id = stored.versionId;
  useEffect(() => {
    restore.current = onRestore;
  }, [onRestore]);

  useEffect(() => {
    let live = true;
    const run = async () => {
      const result = await readPlanCopy(ctx, id, localStorage);
      if (result.status === 'refused' && live) setRefused(result.message);
      const found = result.status === 'restored' ? result.copy : null;
      // A copy equal to the stored draft was saved after all (the save won the race with the reload).
      if (found && live && canonicalJson(found.content) !== opened.current) {
        restore.current(found.content);
        setRestoredFrom(found.at);
      }
      const key = await planCopyWriteKey(ctx, id);
      const prepared = await prepareCrashCopyWriter<TreatmentPlanVersion>(planCopyKey(id), key, localStorage);
      if (live) writer.current = prepared;
    };
    run().catch((e: unknown) => {
      console.error('The plan draft’s crash-recovery copy is unavailable', e);
    });
    return () => {
      live = false;
    };
  }, [ctx, id]);

  return {
    write: (typed) => writer.current?.write(typed, new Date()) ?? false,
    clear: () => {
      localStorage.removeItem(planCopyKey(id));
    },
    restoredFrom,
    refused,
  };
}
