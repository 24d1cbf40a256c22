/**
 * Safety events recorded by a clinician (progress.md §0.7, §4.3): responses of kind 'safety_event', append-only. The
 * answers hold `{ on, type, note, source }` and are sealed like every response's answers.
 */
import { map, type Observable } from 'rxjs';
import type { InstrumentResponse } from '../../../shared/domain/records';
import { SAFETY_EVENT_TYPES, recordedSafetyEventOfResponse, type RecordedSafetyEvent } from '../../../shared/progress/safety-plans';
import type { WaypointDatabase } from '../schema-plan';
import { insertPlain, plainOf, stampNew, type WriteContext } from './collection-spec';

/** A recorded safety event with the id of the response that stores it. */
export type StoredSafetyEvent = RecordedSafetyEvent & { readonly id: string };

function eventOf(r: InstrumentResponse): StoredSafetyEvent | null {
  const event = recordedSafetyEventOfResponse(r);
  return event ? { ...event, id: r.id } : null;
}

/** Appends one recorded safety event of a client (its instant of recording is `ctx.now`). */
export async function insertSafetyEvent(
  db: WaypointDatabase,
  clientId: string,
  e: Omit<RecordedSafetyEvent, 'recordedAt'>,
  ctx: WriteContext,
): Promise<StoredSafetyEvent> {
  const response: InstrumentResponse = {
    ...stampNew(ctx),
    kind: 'safety_event',
    instrumentId: e.type,
    instrumentVersion: '1',
    clientId,
    sessionId: '',
    respondent: 'clinician',
    completedAt: ctx.now.toISOString(),
    answers: { on: e.on, type: e.type, note: e.note, source: e.source },
    score: null,
    band: SAFETY_EVENT_TYPES[e.type].severity,
    flags: [],
    comment: '',
    supersedesId: '',
  };
  const event = eventOf(await insertPlain(db.responses, response));
  if (!event) throw new Error('The safety event was not stored as written.');
  return event;
}

/** A client's recorded safety events, in the order recorded, kept live. */
export function watchSafetyEventsForClient(db: WaypointDatabase, clientId: string): Observable<readonly StoredSafetyEvent[]> {
  return db.responses
    .find({ selector: { clientId, kind: 'safety_event' }, sort: [{ completedAt: 'asc' }] })
    .$.pipe(map((docs) => docs.flatMap((d) => eventOf(plainOf(d)) ?? [])));
}

/** The recorded safety event a stored response holds (with its id), or null for any other response. */
export const recordedSafetyEventOf = eventOf;
