import { useMemo } from 'react';
import type { DoseChangeInput, MedicationInput, SideEffectInput, StopInput } from '../../../shared/domain/medications';
import type { Medication } from '../../db';
import { useActorContext } from '../../session';
import {
  addMedication,
  changeDose,
  editMedication,
  finishVisit,
  recordAdherence,
  recordSideEffect,
  resolveSideEffect,
  stopMedication,
  type AdherenceEntry,
} from './medication-actions';

export type { AdherenceEntry } from './medication-actions';

export interface MedicationActions {
  readonly add: (input: MedicationInput) => Promise<Medication>;
  /** Everything but the dose (a dose change is its own action, so the history is never overwritten). */
  readonly edit: (med: Medication, input: Omit<MedicationInput, 'dose'>) => Promise<void>;
  readonly changeDose: (med: Medication, input: DoseChangeInput) => Promise<void>;
  readonly stop: (med: Medication, input: StopInput) => Promise<void>;
  readonly recordAdherence: (entries: readonly AdherenceEntry[]) => Promise<void>;
  readonly recordSideEffect: (input: SideEffectInput, note: string) => Promise<void>;
  readonly resolveSideEffect: (sideEffectId: string, resolvedOn: string) => Promise<void>;
  /** Closes a medication visit; its note is a note of its own (visit-note-actions.ts), signed like any note. */
  readonly finishVisit: (day: string) => Promise<void>;
}

/** Every medication write for one client (medication-actions.ts), bound to the signed-in user; `sessionId` ties them to a visit. */
export function useMedicationActions(clientId: string, sessionId = ''): MedicationActions {
  const ctx = useActorContext();
  return useMemo(() => {
    const scope = { clientId, sessionId };
    return {
      add: (input) => addMedication(ctx, scope, input),
      edit: (med, input) => editMedication(ctx, scope, med, input),
      changeDose: (med, input) => changeDose(ctx, scope, med, input),
      stop: (med, input) => stopMedication(ctx, scope, med, input),
      recordAdherence: (entries) => recordAdherence(ctx, scope, entries),
      recordSideEffect: (input, note) => recordSideEffect(ctx, scope, input, note),
      resolveSideEffect: (sideEffectId, resolvedOn) => resolveSideEffect(ctx, scope, sideEffectId, resolvedOn),
      finishVisit: (day) => finishVisit(ctx, scope, day),
    } satisfies MedicationActions;
  }, [ctx, clientId, sessionId]);
}
