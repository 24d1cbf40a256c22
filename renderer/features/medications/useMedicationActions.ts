import { useMemo } from 'react';
import type { AdherenceDetail, DoseChangeInput, MedicationInput, SideEffectInput, StopInput } from '../../../shared/domain/medications';
import { doseLabel, sideEffectLabel } from '../../../shared/domain/medications';
import { useSignedIn } from '../../session';
import { appendAudit, insertMedication, insertMedicationEvent, updateMedication, useDatabase, type Medication, type MedicationEvent, type WaypointDatabase } from '../../db';
import { plural } from '../../../shared/domain/text';

export interface AdherenceEntry extends AdherenceDetail {
  readonly medicationId: string;
  readonly day: string;
}

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

type EventInput = Pick<MedicationEvent, 'kind' | 'medicationId' | 'occurredOn' | 'detail'> & { readonly note?: string };

function writer(db: WaypointDatabase, clientId: string, sessionId: string, actorId: string) {
  const event = (e: EventInput, now: Date) =>
    insertMedicationEvent(db, { clientId, sessionId, note: '', ...e }, { authorId: actorId, now });
  const audit = (action: 'create' | 'edit', entityId: string, detail: string, now: Date) =>
    appendAudit(db, { action, entity: 'medication', entityId, actorId, detail: sessionId ? `${detail} (medication visit ${sessionId})` : detail }, { now });
  return { event, audit };
}

/** Every medication write for one client, each an append-only event plus its audit; `sessionId` ties them to a visit. */
export function useMedicationActions(clientId: string, sessionId = ''): MedicationActions {
  const db = useDatabase();
  const { user } = useSignedIn();
  return useMemo(() => {
    const { event, audit } = writer(db, clientId, sessionId, user.id);
    return {
      add: async (input) => {
        const now = new Date();
        const med = await insertMedication(db, { ...input, clientId, status: 'active', stoppedOn: null, stopReason: '' }, { authorId: user.id, now });
        await event({ kind: 'start', medicationId: med.id, occurredOn: input.startedOn, detail: { reason: '' } }, now);
        await audit('create', med.id, `Started ${med.name} ${doseLabel(med.dose, med.doseUnit)} for client ${clientId}`, now);
        return med;
      },
      edit: async (med, input) => {
        const now = new Date();
        await updateMedication(db, med.id, input, { now });
        await audit('edit', med.id, `Edited ${input.name} (client ${clientId})`, now);
      },
      changeDose: async (med, { toDose, changedOn, reason }) => {
        const now = new Date();
        // The event comes first: if the update then fails, the history still holds the change.
        await event({ kind: 'dose-change', medicationId: med.id, occurredOn: changedOn, detail: { fromDose: med.dose, toDose, unit: med.doseUnit, reason } }, now);
        await updateMedication(db, med.id, { dose: toDose }, { now });
        await audit('edit', med.id, `Dose change of ${med.name}: ${doseLabel(med.dose, med.doseUnit)} → ${doseLabel(toDose, med.doseUnit)} on ${changedOn}: ${reason}`, now);
      },
      stop: async (med, { stoppedOn, reason }) => {
        const now = new Date();
        await event({ kind: 'stop', medicationId: med.id, occurredOn: stoppedOn, detail: { reason } }, now);
        await updateMedication(db, med.id, { status: 'stopped', stoppedOn, stopReason: reason }, { now });
        await audit('edit', med.id, `Stopped ${med.name} on ${stoppedOn}: ${reason}`, now);
      },
      recordAdherence: async (entries) => {
        const now = new Date();
        for (const { medicationId, day, ...detail } of entries) {
          await event({ kind: 'adherence', medicationId, occurredOn: day, detail }, now);
        }
        const days = [...new Set(entries.map((e) => e.day))].sort();
        await audit('create', clientId, `Adherence recorded: ${plural(entries.length, 'medication-day')} from ${days[0] ?? ''} to ${days.at(-1) ?? ''}`, now);
      },
      recordSideEffect: async ({ medicationId, occurredOn, ...detail }, note) => {
        const now = new Date();
        const saved = await event({ kind: 'side-effect', medicationId, occurredOn, detail, note }, now);
        await audit('create', saved.id, `Side effect recorded: ${sideEffectLabel(detail)}, severity ${String(detail.severity)}`, now);
      },
      resolveSideEffect: async (sideEffectId, resolvedOn) => {
        const now = new Date();
        await event({ kind: 'side-effect-resolved', medicationId: '', occurredOn: resolvedOn, detail: { sideEffectId } }, now);
        await audit('edit', sideEffectId, `Side effect marked resolved on ${resolvedOn}`, now);
      },
      finishVisit: async (day) => {
        const now = new Date();
        const saved = await event({ kind: 'visit', medicationId: '', occurredOn: day, detail: {} }, now);
        await audit('create', saved.id, `Medication visit finished for client ${clientId}`, now);
      },
    } satisfies MedicationActions;
  }, [db, user.id, clientId, sessionId]);
}
