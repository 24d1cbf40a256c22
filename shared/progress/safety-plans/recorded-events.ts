/**
 * Safety events reported in session and recorded by a clinician (progress.md §0.7, §4.3, §5.3 severity classes): a
 * self-harm act, an emergency visit, a crisis call … Stored as `responses` of kind `safety_event`; the note is sealed.
 */
import { isIsoDate } from '../../domain/dates';
import type { InstrumentResponse } from '../../domain/records';
import type { SafetySeverity } from '../recommendation/snapshot';
import type { SafetyEvent } from './review-prompt';

/** The kinds a clinician can record, each with its §5.3 severity class. */
export const SAFETY_EVENT_TYPES = {
  suicide_attempt: { label: 'Suicide attempt', severity: 'high' },
  self_harm_act: { label: 'Self-harm act', severity: 'high' },
  overdose: { label: 'Overdose', severity: 'high' },
  crisis_visit: { label: 'Emergency visit or admission for a psychiatric crisis', severity: 'high' },
  crisis_call: { label: 'Call to a crisis line', severity: 'lower' },
  ideation_reported: { label: 'Suicidal thoughts or self-harm urge reported', severity: 'lower' },
  other_concern: { label: 'Other safety concern', severity: 'lower' },
} as const satisfies Record<string, { label: string; severity: SafetySeverity }>;
export type SafetyEventType = keyof typeof SAFETY_EVENT_TYPES;

export const isSafetyEventType = (t: string): t is SafetyEventType => Object.hasOwn(SAFETY_EVENT_TYPES, t);

/** Where a recorded event came from: typed in by the clinician, or recorded as the response to a safety alert. */
export type SafetyEventSource = 'manual' | 'alert';

/** The safety alert an event was recorded from: the alerting response and the day it was completed. */
export interface SafetyEventAlertLink {
  readonly responseId: string;
  readonly on: string;
}

export interface RecordedSafetyEvent {
  /** The day it happened (YYYY-MM-DD). */
  readonly on: string;
  readonly type: SafetyEventType;
  /** What happened, in the clinician's words (sealed at rest; never in the audit trail). */
  readonly note: string;
  readonly source: SafetyEventSource;
  /** The alert it was recorded from (source 'alert'); null when typed in on its own. */
  readonly alert: SafetyEventAlertLink | null;
  /** The instant it was recorded. */
  readonly recordedAt: string;
  /** The recorded event this one corrects ('' for none): recorded events are append-only, a correction supersedes. */
  readonly supersedesId: string;
  /** Why this entry corrects `supersedesId` ('' for none; sealed, never audited). */
  readonly correctionReason: string;
  /** This entry says the one it supersedes was entered in error: neither counts any more. */
  readonly enteredInError: boolean;
}

export interface SafetyEventDraft {
  readonly on: string;
  readonly type: string;
  readonly note: string;
}

export type SafetyEventErrors = Partial<Record<'on' | 'type', string>>;

/** Messages for the fields of a safety event being recorded: a day not in the future and not before admission, a type. */
export function safetyEventErrors(draft: SafetyEventDraft, today: string, admissionDate: string): SafetyEventErrors {
  const errors: { on?: string; type?: string } = {};
  if (!isIsoDate(draft.on)) errors.on = 'Enter the day it happened.';
  else if (draft.on > today) errors.on = 'The day cannot be in the future.';
  else if (isIsoDate(admissionDate) && draft.on < admissionDate) errors.on = `The day cannot be before the admission (${admissionDate}).`;
  if (!isSafetyEventType(draft.type)) errors.type = 'Choose what happened.';
  return errors;
}

/**
 * The events a safety-plan review answers (§4.3): those derived from scored responses, and the recorded ones. A
 * recorded event counts from the instant it was recorded (a plan signed before anyone knew of it did not answer it);
 * its review is due from the day it happened.
 */
export function mergeSafetyEvents(
  derived: readonly SafetyEvent[],
  recorded: readonly Pick<RecordedSafetyEvent, 'on' | 'type' | 'recordedAt'>[],
): SafetyEvent[] {
  const fromRecords = recorded.map((e) => ({ at: e.recordedAt, on: e.on, reason: SAFETY_EVENT_TYPES[e.type].label }));
  return [...derived, ...fromRecords].sort((a, b) => a.at.localeCompare(b.at) || a.on.localeCompare(b.on));
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function alertOf(answers: InstrumentResponse['answers']): SafetyEventAlertLink | null {
  const [responseId, on] = [text(answers.alertResponseId), text(answers.alertOn)];
  return responseId && on !== null && isIsoDate(on) ? { responseId, on } : null;
}

type StoredFields = 'kind' | 'answers' | 'completedAt' | 'supersedesId' | 'correctionReason';

/** The recorded safety event a stored response holds (kind 'safety_event'), or null for any other response. */
export function recordedSafetyEventOfResponse(r: Pick<InstrumentResponse, StoredFields>): RecordedSafetyEvent | null {
  if (r.kind !== 'safety_event') return null;
  const [on, type, note, source] = [text(r.answers.on), text(r.answers.type), text(r.answers.note) ?? '', text(r.answers.source)];
  if (on === null || type === null || !isSafetyEventType(type)) return null;
  return {
    on,
    type,
    note,
    source: source === 'alert' ? 'alert' : 'manual',
    alert: alertOf(r.answers),
    recordedAt: r.completedAt,
    supersedesId: r.supersedesId ?? '',
    correctionReason: r.correctionReason ?? '',
    enteredInError: r.answers.enteredInError === true,
  };
}
