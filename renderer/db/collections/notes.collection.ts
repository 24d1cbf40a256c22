import type { RxJsonSchema } from 'rxdb/plugins/core';
import { NOTE_KINDS, NOTE_STATUSES, type Note, type RecordInput } from '../../../shared/domain/records';
import type { WaypointDatabase } from '../schema-plan';
import { enumField, findPlain, findPlainWhere, idField, instantField, insertPlain, sealedObjectList, sealedText, stampNew, type CollectionSpec, type WriteContext } from './collection-spec';

const schema: RxJsonSchema<Note> = {
  title: 'notes',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: enumField(NOTE_KINDS),
    status: enumField(NOTE_STATUSES),
    clientId: idField,
    sessionId: idField,
    parentId: idField,
    templateId: idField,
    cosignerId: idField,
    signedAt: { type: ['string', 'null'], maxLength: 32 },
    authorId: idField,
    createdAt: instantField,
    updatedAt: instantField,
    title: sealedText,
    sections: sealedObjectList,
  },
  required: ['id', 'kind', 'status', 'clientId', 'sessionId', 'parentId', 'templateId', 'cosignerId', 'authorId', 'createdAt', 'updatedAt'],
  indexes: [['clientId', 'createdAt'], 'parentId', ['status', 'authorId']],
};

export const notesCollection = {
  name: 'notes',
  schema,
  sealed: ['title', 'sections'],
  migrationStrategies: {},
} as const satisfies CollectionSpec<Note>;

export async function insertNote(db: WaypointDatabase, input: RecordInput<Note>, ctx: WriteContext): Promise<Note> {
  return insertPlain(db.notes, { ...input, ...stampNew(ctx) });
}

export function getNote(db: WaypointDatabase, id: string): Promise<Note | null> {
  return findPlain(db.notes, id);
}

/** Notes and addenda of one client. */
export function findNotesForClient(db: WaypointDatabase, clientId: string): Promise<readonly Note[]> {
  return findPlainWhere(db.notes, { clientId });
}
