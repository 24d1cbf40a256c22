/**
 * Safety events recorded by a clinician (progress.md §0.7, §4.3): responses of kind 'safety_event', append-only. The
 * answers hold `{ on, type, note, source }` and are sealed like every response's answers.
 */
import { type Observable } from 'rxjs';
import type { InstrumentResponse } from '../../../shared/domain/records';
import { SAFETY_EVENT_TYPES, recordedSafetyEventOfResponse, type RecordedSafetyEvent } from '../../../shared/progress/safety-plans';
import type { WaypointDatabase } from '../schema-plan';
import { insertPlain, stampNew, type WriteContext, readEach, watchWhere } from './collection-spec';

/** A recorded safety event with the id of the response that stores it. */
export type StoredSafetyEvent = RecordedSafetyEvent & { readonly id: string };

/** What is written: the event, and when it corrects an earlier entry, that entry's id and why (or that it was in error). */
export type NewSafetyEvent = Pick<RecordedSafetyEvent, 'on' | 'type' | 'note' | 'source'> &
  Partial<Pick<RecordedSafetyEvent, 'alert' | 'supersedesId' | 'correctionReason' | 'enteredInError'>>;

function answersOf(e: NewSafetyEvent) {
  const alert = e.alert ? { alertResponseId: e.alert.responseId, alertOn: e.alert.on } : {};
  return { on: e.on, type: e.type, note: e.note, source: e.source, ...alert, ...(e.enteredInError ? { enteredInError: true } : {}) };
}

function eventOf(r: InstrumentResponse): StoredSafetyEvent | null {
  const event = recordedSafetyEventOfResponse(r);
  return event ? { ...event, id: r.id } : null;
}

/** Appends one recorded safety event of a client, or a correction of one (its instant of recording is `ctx.now`). */
export async function insertSafetyEvent(db: WaypointDatabase, clientId: string, e: NewSafetyEvent, ctx: WriteContext): Promise<StoredSafetyEvent> {
  const response: InstrumentResponse = {
    ...stampNew(ctx),
    kind: 'safety_event',
    instrumentId: e.type,
    instrumentVersion: '1',
    clientId,
    sessionId: '',
    respondent: 'clinician',
    completedAt: ctx.now.toISOString(),
    answers: answersOf(e),
    score: null,
    band: SAFETY_EVENT_TYPES[e.type].severity,
    flags: [],
    comment: '',
    supersedesId: e.supersedesId ?? '',
    correctionReason: e.correctionReason ?? '',
  };
  const event = eventOf(await insertPlain(db.responses, response));
  if (!event) throw new Error('The safety event was not stored as written.');
  return event;
}

/** A client's recorded safety events, in the order recorded, kept live. */
export function watchSafetyEventsForClient(db: WaypointDatabase, clientId: string): Observable<readonly StoredSafetyEvent[]> {
  return watchWhere(db.responses, { selector: { clientId, kind: 'safety_event' }, sort: [{ completedAt: 'asc' }] }, readEach(eventOf));
}

/** The recorded safety event a stored response holds (with its id), or null for any other response. */
export const recordedSafetyEventOf = eventOf;
