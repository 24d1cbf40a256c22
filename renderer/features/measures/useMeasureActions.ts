import { useMemo } from 'react';
import { useActorContext } from '../../session';
import { administerMeasure, saveMeasureSchedule, type AdministrationInput } from './measure-actions';
import type { MeasureResponse } from './measure-records';
import type { ScheduleEntry, ScheduleVersion } from './schedule-rules';

export type { AdministrationInput } from './measure-actions';

export interface MeasureActions {
  readonly administer: (input: AdministrationInput) => Promise<MeasureResponse>;
  /**
   * Stores a new schedule for the client (the previous one stays in the record's history); `opened`: the version the
   * form opened with (a newer one stored since is kept as a conflict copy).
   */
  readonly saveSchedule: (entries: readonly ScheduleEntry[], opened?: ScheduleVersion) => Promise<void>;
}

/** Administrations and schedules for one client (measure-actions.ts), bound to the signed-in user. */
export function useMeasureActions(clientId: string): MeasureActions {
  const ctx = useActorContext();
  return useMemo(
    () => ({
      administer: (input) => administerMeasure(ctx, clientId, input),
      saveSchedule: (entries, opened) => saveMeasureSchedule(ctx, clientId, entries, opened),
    }),
    [ctx, clientId],
  );
}
