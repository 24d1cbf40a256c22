import type { RxJsonSchema } from 'rxdb/plugins/core';
import { RESPONDENTS, RESPONSE_KINDS, type InstrumentResponse, type RecordInput } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { enumField, findPlain, findPlainWhere, idField, instantField, insertPlain, sealedObject, sealedText, stampNew, type CollectionSpec, type WriteContext } from './collection-spec';

const schema: RxJsonSchema<InstrumentResponse> = {
  title: 'responses',
  version: 0,
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
  },
  required: ['id', 'kind', 'instrumentId', 'instrumentVersion', 'clientId', 'sessionId', 'respondent', 'completedAt', 'authorId', 'createdAt', 'updatedAt'],
  indexes: [['clientId', 'instrumentId', 'completedAt'], ['kind', 'completedAt']],
};

/** Scores, bands and flags are sealed too: they say as much about a person as the answers do. */
export const responsesCollection = {
  name: 'responses',
  schema,
  sealed: ['answers', 'score', 'band', 'flags', 'comment'],
  migrationStrategies: {},
} as const satisfies CollectionSpec<InstrumentResponse>;

/** Responses are append-only: a correction is a new response. */
export async function insertResponse(db: WaypointDatabase, input: RecordInput<InstrumentResponse>, ctx: WriteContext): Promise<InstrumentResponse> {
  return insertPlain(db.responses, { ...input, ...stampNew(ctx) });
}

export function getResponse(db: WaypointDatabase, id: string): Promise<InstrumentResponse | null> {
  return findPlain(db.responses, id);
}

export function findResponsesForClient(db: WaypointDatabase, clientId: string): Promise<readonly InstrumentResponse[]> {
  return findPlainWhere(db.responses, { clientId });
}
