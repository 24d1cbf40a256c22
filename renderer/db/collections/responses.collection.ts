import { type Observable } from 'rxjs';
import type { RxJsonSchema } from 'rxdb/plugins/core';
import { RESPONDENTS, RESPONSE_KINDS, type InstrumentResponse, type RecordInput } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import {
  enumField,
  findPlain,
  findPlainWhere,
  idField,
  insertRecord,
  instantField,
  sealedObject,
  sealedText,
  type CollectionSpec,
  type WriteContext,
  watchOne,
  watchWhere,
} from './collection-spec';

const schema: RxJsonSchema<InstrumentResponse> = {
  title: 'responses',
  version: 4,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: enumField(RESPONSE_KINDS),
    instrumentId: idField,
    instrumentVersion: { type: 'string', maxLength: 16 },
    clientId: idField,
    sessionId: idField,
    respondent: enumField(RESPONDENTS),
    completedAt: instantField,
    authorId: idField,
    createdAt: instantField,
    updatedAt: instantField,
    answers: sealedObject,
    score: { type: ['number', 'null'] },
    band: { type: ['string', 'null'] },
    flags: { type: 'array', items: { type: 'string' } },
    comment: sealedText,
    supersedesId: idField,
    correctionReason: sealedText,
  },
  required: ['id', 'kind', 'instrumentId', 'instrumentVersion', 'clientId', 'sessionId', 'respondent', 'completedAt', 'authorId', 'createdAt', 'updatedAt'],
  indexes: [
    ['clientId', 'instrumentId', 'completedAt'],
    ['kind', 'completedAt'],
  ],
};

/** Scores, bands and flags are sealed too: they say as much about a person as the answers do. */
export const responsesCollection = {
  name: 'responses',
  schema,
  sealed: ['answers', 'score', 'band', 'flags', 'comment', 'correctionReason'],
  migrationStrategies: {
    // v1 adds supersedesId (corrections point at the response they replace); older responses replace nothing.
    1: (doc: InstrumentResponse): InstrumentResponse => ({ ...doc, supersedesId: '' }),
    // v2 adds the sealed correctionReason (a correction says why); responses stored before it give none.
    2: (doc: InstrumentResponse): InstrumentResponse => ({ ...doc, correctionReason: '' }),
    // v3 adds the kinds homework_completion and target_behaviour (progress.md §0.7); existing responses are unchanged.
    3: (doc: InstrumentResponse): InstrumentResponse => doc,
    // v4 adds the kind safety_event (recorded safety events, §0.7, §4.3); existing responses are unchanged.
    4: (doc: InstrumentResponse): InstrumentResponse => doc,
  },
} as const satisfies CollectionSpec<InstrumentResponse>;

/** Responses are append-only: a correction is a new response. */
export async function insertResponse(db: WaypointDatabase, input: RecordInput<InstrumentResponse>, ctx: WriteContext): Promise<InstrumentResponse> {
  return insertRecord(db.responses, input, ctx);
}

export function getResponse(db: WaypointDatabase, id: string): Promise<InstrumentResponse | null> {
  return findPlain(db.responses, id);
}

export function findResponsesForClient(db: WaypointDatabase, clientId: string): Promise<readonly InstrumentResponse[]> {
  return findPlainWhere(db.responses, { clientId });
}

/** Every response of one client, oldest first by completion time, kept live. */
export function watchResponsesForClient(db: WaypointDatabase, clientId: string): Observable<readonly InstrumentResponse[]> {
  return watchWhere(db.responses, { selector: { clientId }, sort: [{ completedAt: 'asc' }] });
}

/** Every response of one kind across clients (e.g. all measures, for the client list's safety badges), kept live. */
export function watchResponsesOfKind(db: WaypointDatabase, kind: InstrumentResponse['kind']): Observable<readonly InstrumentResponse[]> {
  return watchWhere(db.responses, { selector: { kind }, sort: [{ completedAt: 'asc' }] });
}

/**
 * Responses of one kind for the given instruments only, across clients, kept live. Every document read is decrypted,
 * so a screen that needs two instruments (the client list's safety badge) asks for those two, not for every response.
 */
export function watchResponsesOfInstruments(
  db: WaypointDatabase,
  kind: InstrumentResponse['kind'],
  instrumentIds: readonly string[],
): Observable<readonly InstrumentResponse[]> {
  const selector = { kind, instrumentId: { $in: [...instrumentIds] } };
  return watchWhere(db.responses, { selector, sort: [{ completedAt: 'asc' }] });
}

/** The latest response of one client to one instrument (null if none), kept live: one document read, not all. */
export function watchLatestResponse(db: WaypointDatabase, clientId: string, instrumentId: string): Observable<InstrumentResponse | null> {
  return watchOne(db.responses, { selector: { clientId, instrumentId }, sort: [{ completedAt: 'desc' }] });
}

/** Responses of one kind for one client, oldest first, kept live (a client's check-ins without their measures). */
export function watchClientResponsesOfKind(
  db: WaypointDatabase,
  clientId: string,
  kind: InstrumentResponse['kind'],
): Observable<readonly InstrumentResponse[]> {
  return watchWhere(db.responses, { selector: { clientId, kind }, sort: [{ completedAt: 'asc' }] });
}
