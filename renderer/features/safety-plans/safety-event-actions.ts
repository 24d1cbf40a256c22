/**
 * Recording a safety event reported in session (progress.md §0.7, §4.3): a self-harm act, an emergency visit, a crisis
 * call … It asks for a safety-plan review within 3 days. Audited by its type and day, never its note.
 */
import { firstValueFrom } from 'rxjs';
import {
  SAFETY_EVENT_TYPES,
  isSafetyEventType,
  safetyEventCorrectionProblem,
  safetyEventErrors,
  type SafetyEventAlertLink,
  type SafetyEventDraft,
  type SafetyEventErrors,
  type SafetyEventSource,
} from '../../../shared/progress/safety-plans';
import { auditFor } from '../../audit';
import { localToday } from '../../components/format-date';
import { getClient, insertSafetyEvent, watchSafetyEventsForClient, type StoredSafetyEvent } from '../../db';
import { writeStamp, type ActorContext } from '../../session';

/** A safety event whose fields do not hold (the dialog checks them first; this guards every other caller). */
export class SafetyEventRefusedError extends Error {
  constructor(readonly errors: SafetyEventErrors) {
    super(Object.values(errors).join(' '));
    this.name = 'SafetyEventRefusedError';
  }
}

/** A correction that cannot be recorded: the entry is not current (or unknown), or no reason was given. */
export class SafetyEventCorrectionRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SafetyEventCorrectionRefusedError';
  }
}

export interface SafetyEventInput extends SafetyEventDraft {
  readonly clientId: string;
  readonly source: SafetyEventSource;
  /** The open safety alert it is recorded from (source 'alert'), when answering one. */
  readonly alert?: SafetyEventAlertLink | null;
}

/** Stores a client's safety event (refused when the day is in the future or before admission, or the type unknown), audited. */
export async function recordSafetyEvent(ctx: ActorContext, input: SafetyEventInput): Promise<StoredSafetyEvent> {
  const stamp = writeStamp(ctx);
  const client = await getClient(ctx.db, input.clientId);
  if (!client) throw new Error('This client was not found.');
  const draft = { on: input.on, type: input.type, note: input.note.trim() };
  const errors = safetyEventErrors(draft, localToday(stamp.now), client.admissionDate);
  const { type } = draft;
  if (Object.keys(errors).length > 0 || !isSafetyEventType(type)) throw new SafetyEventRefusedError(errors);
  const event = { on: draft.on, type, note: draft.note, source: input.source, alert: input.alert ?? null };
  const saved = await insertSafetyEvent(ctx.db, input.clientId, event, stamp);
  const from = event.alert ? ` from the alert of ${event.alert.on} (response ${event.alert.responseId})` : '';
  const label = SAFETY_EVENT_TYPES[type].label;
  await auditFor(ctx, 'response')(
    'create',
    saved.id,
    `Safety event recorded for client ${input.clientId}: ${label} on ${draft.on} (${input.source})${from}`,
    stamp.now,
  );
  return saved;
}

/** A correction of a recorded safety event: the event as it should read, or that it was entered in error; always with a reason. */
export type SafetyEventCorrection = { readonly clientId: string; readonly correctsId: string; readonly reason: string } & (
  { readonly enteredInError: false; readonly draft: SafetyEventDraft } | { readonly enteredInError: true }
);

/** The entry to write for a correction, checked like a new event (an entered-in-error one keeps the original's fields). */
function correctionDraft(c: SafetyEventCorrection, original: StoredSafetyEvent, today: string, admissionDate: string) {
  if (c.enteredInError) return { on: original.on, type: original.type, note: '' };
  const draft = { on: c.draft.on, type: c.draft.type, note: c.draft.note.trim() };
  const errors = safetyEventErrors(draft, today, admissionDate);
  if (Object.keys(errors).length > 0 || !isSafetyEventType(draft.type)) throw new SafetyEventRefusedError(errors);
  return { ...draft, type: draft.type };
}

/**
 * Corrects a client's recorded safety event by appending an entry that supersedes it (the original is never changed
 * and stays readable); audited by type and day, never the note or the reason.
 */
export async function correctSafetyEvent(ctx: ActorContext, c: SafetyEventCorrection): Promise<StoredSafetyEvent> {
  const stamp = writeStamp(ctx);
  const client = await getClient(ctx.db, c.clientId);
  if (!client) throw new Error('This client was not found.');
  const events = await firstValueFrom(watchSafetyEventsForClient(ctx.db, c.clientId));
  const problem = safetyEventCorrectionProblem(events, c.correctsId, c.reason);
  const original = events.find((e) => e.id === c.correctsId);
  if (problem || !original) throw new SafetyEventCorrectionRefusedError(problem);
  const draft = correctionDraft(c, original, localToday(stamp.now), client.admissionDate);
  const entry = {
    ...draft,
    source: original.source,
    alert: original.alert,
    supersedesId: original.id,
    correctionReason: c.reason.trim(),
    enteredInError: c.enteredInError,
  };
  const saved = await insertSafetyEvent(ctx.db, c.clientId, entry, stamp);
  const what = c.enteredInError ? 'marked entered in error' : `corrected to ${SAFETY_EVENT_TYPES[draft.type].label} on ${draft.on}`;
  await auditFor(ctx, 'response')('create', saved.id, `Safety event ${original.id} of client ${c.clientId} ${what} (reason recorded)`, stamp.now);
  return saved;
}
