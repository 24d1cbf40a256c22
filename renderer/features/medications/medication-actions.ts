import type { AdherenceDetail, DoseChangeInput, MedicationInput, SideEffectInput, StopInput } from '../../../shared/domain/medications';
import { doseLabel, sideEffectLabel } from '../../../shared/domain/medications';
import { plural } from '../../../shared/domain/text';
import { auditFor } from '../../audit';
import { getMedication, insertMedication, insertMedicationEvent, insertSession, updateMedication, type Medication, type MedicationEvent } from '../../db';
import { keepArrivedVersion } from '../../drafts/keep-arrived';
import { updatedVersion } from '../../drafts/form-arrival';
import { writeStamp, type ActorContext } from '../../session';

/*
 * Every medication write for one client, each an append-only event plus its audit. A `scope` names the client and,
 * during a medication visit, the visit's session, which every event and audit detail then carries.
 */

export interface MedicationScope {
  readonly clientId: string;
  /** The medication visit these writes belong to, or ''. */
  readonly sessionId: string;
}

export interface AdherenceEntry extends AdherenceDetail {
  readonly medicationId: string;
  readonly day: string;
}

type EventInput = Pick<MedicationEvent, 'kind' | 'medicationId' | 'occurredOn' | 'detail'> & { readonly note?: string };

function writer(ctx: ActorContext, { clientId, sessionId }: MedicationScope) {
  const stamp = writeStamp(ctx);
  const event = (e: EventInput) => insertMedicationEvent(ctx.db, { clientId, sessionId, note: '', ...e }, stamp);
  const audit = (action: 'create' | 'edit' | 'stop' | 'dose-change', entityId: string, detail: string) =>
    auditFor(ctx, 'medication')(action, entityId, sessionId ? `${detail} (medication visit ${sessionId})` : detail, stamp.now);
  return { now: stamp.now, event, audit };
}

export async function addMedication(ctx: ActorContext, scope: MedicationScope, input: MedicationInput): Promise<Medication> {
  const { now, event, audit } = writer(ctx, scope);
  const med = await insertMedication(
    ctx.db,
    { ...input, clientId: scope.clientId, status: 'active', stoppedOn: null, stopReason: '' },
    { authorId: ctx.actor.id, now },
  );
  await event({ kind: 'start', medicationId: med.id, occurredOn: input.startedOn, detail: { reason: '' } });
  await audit('create', med.id, `Started ${med.name} ${doseLabel(med.dose, med.doseUnit)} for client ${scope.clientId}`);
  return med;
}

/**
 * Everything but the dose (a dose change is its own action, so the history is never overwritten). `med` is the version
 * the form opened with: another version stored since (from another laptop) is kept as a conflict copy.
 */
export async function editMedication(ctx: ActorContext, scope: MedicationScope, med: Medication, input: Omit<MedicationInput, 'dose'>): Promise<void> {
  const { now, audit } = writer(ctx, scope);
  await keepArrivedVersion(ctx.db, 'medications', { opened: med, stored: await getMedication(ctx.db, med.id), versionOf: updatedVersion }, now);
  await updateMedication(ctx.db, med.id, input, { now });
  await audit('edit', med.id, `Edited ${input.name} (client ${scope.clientId})`);
}

export async function changeDose(ctx: ActorContext, scope: MedicationScope, med: Medication, { toDose, changedOn, reason }: DoseChangeInput): Promise<void> {
  const { now, event, audit } = writer(ctx, scope);
  // The event comes first: if the update then fails, the history still holds the change.
  await event({ kind: 'dose-change', medicationId: med.id, occurredOn: changedOn, detail: { fromDose: med.dose, toDose, unit: med.doseUnit, reason } });
  await updateMedication(ctx.db, med.id, { dose: toDose }, { now });
  await audit(
    'dose-change',
    med.id,
    `Dose change of ${med.name}: ${doseLabel(med.dose, med.doseUnit)} → ${doseLabel(toDose, med.doseUnit)} on ${changedOn}: ${reason}`,
  );
}

export async function stopMedication(ctx: ActorContext, scope: MedicationScope, med: Medication, { stoppedOn, reason }: StopInput): Promise<void> {
  const { now, event, audit } = writer(ctx, scope);
  await event({ kind: 'stop', medicationId: med.id, occurredOn: stoppedOn, detail: { reason } });
  await updateMedication(ctx.db, med.id, { status: 'stopped', stoppedOn, stopReason: reason }, { now });
  await audit('stop', med.id, `Stopped ${med.name} on ${stoppedOn}: ${reason}`);
}

export async function recordAdherence(ctx: ActorContext, scope: MedicationScope, entries: readonly AdherenceEntry[]): Promise<void> {
  const { event, audit } = writer(ctx, scope);
  for (const { medicationId, day, ...detail } of entries) {
    await event({ kind: 'adherence', medicationId, occurredOn: day, detail });
  }
  const days = [...new Set(entries.map((e) => e.day))].sort();
  await audit('create', scope.clientId, `Adherence recorded: ${plural(entries.length, 'medication-day')} from ${days[0] ?? ''} to ${days.at(-1) ?? ''}`);
}

export async function recordSideEffect(
  ctx: ActorContext,
  scope: MedicationScope,
  { medicationId, occurredOn, ...detail }: SideEffectInput,
  note: string,
): Promise<void> {
  const { event, audit } = writer(ctx, scope);
  const saved = await event({ kind: 'side-effect', medicationId, occurredOn, detail, note });
  await audit('create', saved.id, `Side effect recorded: ${sideEffectLabel(detail)}, severity ${String(detail.severity)}`);
}

export async function resolveSideEffect(ctx: ActorContext, scope: MedicationScope, sideEffectId: string, resolvedOn: string): Promise<void> {
  const { event, audit } = writer(ctx, scope);
  await event({ kind: 'side-effect-resolved', medicationId: '', occurredOn: resolvedOn, detail: { sideEffectId } });
  await audit('edit', sideEffectId, `Side effect marked resolved on ${resolvedOn}`);
}

/** Closes a medication visit; its note is a note of its own (visit-note-actions.ts), signed like any note. */
export async function finishVisit(ctx: ActorContext, scope: MedicationScope, day: string): Promise<void> {
  const { event, audit } = writer(ctx, scope);
  const saved = await event({ kind: 'visit', medicationId: '', occurredOn: day, detail: {} });
  await audit('create', saved.id, `Medication visit finished for client ${scope.clientId}`);
}

/** Starts a medication visit: a held session of kind 'medication' for the client, audited; resolves to its id. */
export async function startMedicationVisit(ctx: ActorContext, clientId: string): Promise<string> {
  const stamp = writeStamp(ctx);
  const at = stamp.now.toISOString();
  const { id } = ctx.actor;
  const session = await insertSession(
    ctx.db,
    {
      kind: 'medication',
      status: 'held',
      clientId,
      groupId: '',
      clinicianId: id,
      clinicianIds: [id],
      startsAt: at,
      endsAt: at,
      modality: 'video',
      familyAttendees: [],
      feedbackResponseId: '',
      title: 'Medication visit',
      summary: '',
    },
    stamp,
  );
  await auditFor(ctx, 'session')('create', session.id, `Medication visit started for client ${clientId}`, stamp.now);
  return session.id;
}
