/**
 * Recording a safety event reported in session (progress.md §0.7, §4.3): a self-harm act, an emergency visit, a crisis
 * call … It asks for a safety-plan review within 3 days. Audited by its type and day, never its note.
 */
import {
  SAFETY_EVENT_TYPES,
  isSafetyEventType,
  safetyEventErrors,
  type SafetyEventDraft,
  type SafetyEventErrors,
  type SafetyEventSource,
} from '../../../shared/progress/safety-plans';
import { auditFor } from '../../audit';
import { localToday } from '../../components/format-date';
import { getClient, insertSafetyEvent, type StoredSafetyEvent } from '../../db';
import { writeStamp, type ActorContext } from '../../session';

/** A safety event whose fields do not hold (the dialog checks them first; this guards every other caller). */
export class SafetyEventRefusedError extends Error {
  constructor(readonly errors: SafetyEventErrors) {
    super(Object.values(errors).join(' '));
    this.name = 'SafetyEventRefusedError';
  }
}

export interface SafetyEventInput extends SafetyEventDraft {
  readonly clientId: string;
  readonly source: SafetyEventSource;
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
  const saved = await insertSafetyEvent(ctx.db, input.clientId, { on: draft.on, type, note: draft.note, source: input.source }, stamp);
  const label = SAFETY_EVENT_TYPES[type].label;
  await auditFor(ctx, 'response')(
    'create',
    saved.id,
    `Safety event recorded for client ${input.clientId}: ${label} on ${draft.on} (${input.source})`,
    stamp.now,
  );
  return saved;
}
