import { useEffect, useState } from 'react';
import type { FormArrival, VersionOf } from './form-arrival';
import { createFormFollower } from './form-follower';
import { useJudgeEachVersion } from './follow-arrival';

/** An open form's view of the stored record it edits, as versions arrive from another laptop. */
export interface FollowedRecord<T> {
  /** The version the form opened with: a save keeps any other stored version as a conflict copy (keep-arrived.ts). */
  readonly opened: T;
  /** The version the form's values come from: the opened one, or an arrival loaded while the form was unchanged. */
  readonly shown: T;
  /** Key the form by this: it opens again on the loaded version's values. */
  readonly formKey: string;
  readonly arrival: FormArrival;
  /**
   * The form tells, each render, whether it holds unsaved changes (an arrival is then held, not loaded) and whether
   * its save runs (its own version arriving then is neither loaded nor announced).
   */
  readonly report: FormStateReport;
}

/** Who is told a form's state: useFollowArrivals' `report`. */
export type FormStateReport = (dirty: boolean, saving: boolean) => void;

/**
 * Follows the stored record an open form edits by the editors' one rule (form-follower.ts): a version that arrives
 * while the form is unchanged is loaded into it; over unsaved changes it is held (the save keeps it as a conflict copy).
 */
export function useFollowArrivals<T>(stored: T, versionOf: VersionOf<T>): FollowedRecord<T> {
  const [opened] = useState(stored);
  const [shown, setShown] = useState(stored);
  const [arrival, setArrival] = useState<FormArrival>('none');
  const [follower] = useState(() =>
    createFormFollower(stored, versionOf, {
      load: (record) => {
        setShown(record);
        setArrival('loaded');
      },
      held: () => {
        setArrival('kept');
      },
    }),
  );
  useJudgeEachVersion(stored, (record) => {
    follower.judge(record);
  });
  return { opened, shown, formKey: versionOf(shown), arrival, report: follower.report };
}

/** A form reports whether it holds unsaved changes and whether its save runs (after every render). */
export function useReportFormState(report: FormStateReport | undefined, dirty: boolean, saving: boolean): void {
  useEffect(() => {
    report?.(dirty, saving);
  });
}
