/**
 * Safety alerts (instruments.md §15.4), pure: which responses raise one, which are still unanswered, and the signed
 * acknowledgements that answer them. The measures tab, the chart banner, the client list, notes and safety plans all
 * read alerts through here (renderer/features/safety-alerts adds the hashing and the screens).
 */
import type { ClinicRecord } from '../domain/records';
import { isRecordSignature, type RecordSignature } from '../signing/signing-types';
import { getInstrument } from './registry';
import { needsSafetyAlert } from './safety';
import type { Answer, InstrumentId } from './types';

/** What the alert rules read of a standardized-measure response (a measures MeasureResponse has all of it). */
export interface AlertableResponse {
  readonly id: string;
  readonly clientId: string;
  readonly instrumentId: InstrumentId;
  readonly answers: Readonly<Record<string, Answer>>;
  readonly total: number | null;
  readonly band: string | null;
  readonly flags: readonly string[];
}

export const ACK_ACTIONS = [
  { value: 'safety-plan-reviewed', label: 'Safety plan reviewed' },
  { value: 'crisis-services-contacted', label: 'Crisis services contacted' },
  { value: 'assessed-no-current-risk', label: 'Assessed: no current risk' },
  { value: 'other', label: 'Other' },
] as const;

export type AckAction = (typeof ACK_ACTIONS)[number]['value'];

/** A clinician's signed response to a safety alert: which alerting responses it answers, what was done, and why. */
export interface SafetyAck {
  readonly id: string;
  readonly clientId: string;
  readonly responseIds: readonly string[];
  readonly action: AckAction;
  readonly note: string;
  readonly authorId: string;
  readonly signedAt: string;
  /** SHA-256 (hex) of `ackContent` of this acknowledgement: what the author signed. */
  readonly contentHash: string;
  /** The author's key signature over the hash; absent on responses signed before signature keys. */
  readonly signature?: RecordSignature;
}

/** The only instruments whose responses can raise a safety alert (§15.4): what the client list needs to read. */
export const ALERTING_INSTRUMENTS: readonly InstrumentId[] = ['PHQ-9', 'C-SSRS-Screener'];

/** True when a response raises the §15.4 alert: PHQ-9 item 9 above 0 or unanswered, or any C-SSRS risk level. */
export function raisesSafetyAlert(r: Pick<AlertableResponse, 'instrumentId' | 'total' | 'band' | 'flags'>): boolean {
  const score = { total: r.total, band: r.band, flags: [...r.flags] };
  return needsSafetyAlert(r.instrumentId, score) || (r.instrumentId === 'PHQ-9' && r.flags.includes('item9_unanswered'));
}

/**
 * Alerting responses no acknowledgement answers yet, oldest first. A correction never clears an alert: superseded
 * responses count too, because a safety signal once recorded needs a clinician's word, not an edit.
 */
export function activeAlerts<R extends AlertableResponse>(responses: readonly R[], acks: readonly SafetyAck[]): readonly R[] {
  const answered = new Set(acks.flatMap((a) => a.responseIds));
  return responses.filter((r) => raisesSafetyAlert(r) && !answered.has(r.id));
}

/** Client ids with at least one unanswered alert (for the client list's badge). */
export function clientsWithAlerts(responses: readonly AlertableResponse[], acks: readonly SafetyAck[]): ReadonlySet<string> {
  return new Set(activeAlerts(responses, acks).map((r) => r.clientId));
}

/** Why a response raised the alert, in words for the banner. */
export function alertReason(r: AlertableResponse): string {
  if (r.instrumentId === 'C-SSRS-Screener') {
    const level = getInstrument(r.instrumentId)?.bands.find((b) => b.id === r.band)?.label ?? r.band ?? 'unknown';
    return `C-SSRS screener: ${level}`;
  }
  const item9 = r.answers.phq9_9;
  if (r.instrumentId === 'PHQ-9' && (item9 === null || item9 === undefined)) return 'PHQ-9 item 9 (thoughts of self-harm) was not answered';
  return `PHQ-9 item 9 (thoughts of self-harm) answered ${String(item9)} of 3`;
}

export interface AckContent {
  readonly clientId: string;
  readonly responseIds: readonly string[];
  readonly action: AckAction;
  readonly note: string;
  readonly authorId: string;
  readonly signedAt: string;
}

/** The exact text an acknowledgement's hash covers: fixed key order, response ids sorted. */
export function ackContent(c: AckContent): string {
  const { clientId, action, note, authorId, signedAt } = c;
  return JSON.stringify({ clientId, responseIds: [...c.responseIds].sort(), action, note, authorId, signedAt });
}

function isAckAction(value: unknown): value is AckAction {
  return ACK_ACTIONS.some((a) => a.value === value);
}

/** A stored 'safety-ack' clinic record as a SafetyAck; null when its data is not the expected shape. */
export function toSafetyAck(record: ClinicRecord): SafetyAck | null {
  const { responseIds, action, note, contentHash, signature } = record.data;
  if (record.kind !== 'safety-ack' || !Array.isArray(responseIds) || !isAckAction(action)) return null;
  if (typeof note !== 'string' || typeof contentHash !== 'string') return null;
  const ids = responseIds.filter((id): id is string => typeof id === 'string');
  const signed = isRecordSignature(signature) ? { signature } : {};
  return {
    id: record.id,
    clientId: record.refId,
    responseIds: ids,
    action,
    note,
    authorId: record.authorId,
    signedAt: record.createdAt,
    contentHash,
    ...signed,
  };
}

/** SafetyAcks of stored records, skipping malformed ones. */
export function toSafetyAcks(records: readonly ClinicRecord[]): readonly SafetyAck[] {
  return records.flatMap((r) => {
    const ack = toSafetyAck(r);
    return ack ? [ack] : [];
  });
}

/** The label of an acknowledgement action. */
export function ackActionLabel(action: AckAction): string {
  return ACK_ACTIONS.find((a) => a.value === action)?.label ?? action;
}
