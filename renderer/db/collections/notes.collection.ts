import type { RxCollection, RxJsonSchema } from 'rxdb/plugins/core';
import { lockedChangeRefusal, noteContentHash } from '../../../shared/domain/note-integrity';
import { NO_RISK, UNASSESSED_RISK, canDiscardNote, hasDraftContent, withNoteDefaults } from '../../../shared/domain/notes';
import { NOTE_KINDS, NOTE_STATUSES, type Note, type NoteRisk, type NoteSection, type RecordInput } from '../../../shared/domain/records';
import type { RecordSigner } from '../../../shared/signing/signing-types';
import type { WaypointCollections, WaypointDatabase } from '../schema-plan';
import {
  RecordNotFoundError,
  enumField,
  findPlain,
  guardChanges,
  idField,
  insertPlain,
  insertRecord,
  instantField,
  plainOf,
  sealedObject,
  sealedObjectList,
  sealedText,
  stampNew,
  type CollectionSpec,
  type WriteContext,
} from './collection-spec';

const schema: RxJsonSchema<Note> = {
  title: 'notes',
  version: 5,
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
    cosignRequired: { type: 'boolean' },
    title: sealedText,
    sections: sealedObjectList,
    risk: sealedObject,
    interventions: { type: 'array', items: { type: 'string' } },
    contentHash: sealedText,
    draftKey: sealedText,
    signature: sealedObject,
  },
  // cosignRequired is required from v5: RxDB indexes a boolean only when every document has it (every note has since v1).
  required: ['id', 'kind', 'status', 'clientId', 'sessionId', 'parentId', 'templateId', 'cosignerId', 'authorId', 'createdAt', 'updatedAt', 'cosignRequired'],
  // [cosignRequired, kind, status]: the notes a co-sign may be waiting for, without reading every signed note (v5).
  indexes: [['clientId', 'createdAt'], 'parentId', ['status', 'authorId'], 'sessionId', ['cosignRequired', 'kind', 'status']],
};

/** Which interventions were used says as much about a person as the text does, so they are sealed too. */
export const notesCollection = {
  name: 'notes',
  schema,
  sealed: ['title', 'sections', 'risk', 'interventions', 'contentHash', 'draftKey', 'signature'],
  migrationStrategies: {
    // v1 adds the structured risk and interventions, the content hash of a signed note and the co-sign flag, and the
    // 'cosign' kind. Notes signed before v1 keep an empty hash: they were never hashed, and a signed note never changes.
    1: (doc: Note): Note => ({ ...doc, risk: NO_RISK, interventions: [], contentHash: '', cosignRequired: false }),
    // v2 adds the draft's recovery key; drafts get one at their next save, signed notes never need one.
    2: (doc: Note): Note => ({ ...doc, draftKey: '' }),
    // v3 adds the 'discarded' status (a discarded draft that held text, kept for an admin to restore); no data changes.
    3: (doc: Note): Note => doc,
    // v4 adds the signer's key signature; records signed before it have none and read "signed before signature keys".
    4: (doc: Note): Note => doc,
    // v5 indexes [cosignRequired, kind, status] for the co-sign queue; cosignRequired becomes required (false if absent).
    5: (doc: Note): Note => ({ ...doc, cosignRequired: doc.cosignRequired ?? false }),
  },
} as const satisfies CollectionSpec<Note>;

/** Thrown when a write would change a signed note, addendum or co-sign, or a draft by someone other than its author. */
export class NoteLockedError extends Error {
  readonly code = 'note_locked';
  constructor(message: string) {
    super(message);
    this.name = 'NoteLockedError';
  }
}

/**
 * Makes signed notes, addenda and co-signs immutable through the collection API (patch, modify, upsert, remove),
 * below any screen. Replication writes straight to storage and is guarded by the server's validate_doc_update.
 */
export function installNoteGuards(db: WaypointDatabase): void {
  guardChanges((db.collections as Partial<WaypointCollections>).notes, lockedChangeRefusal, (reason) => new NoteLockedError(reason));
}

const toNote = (n: Note): Note => withNoteDefaults(n);

/** 256 random bits, base64: the key of a draft's crash-recovery copy (renderer/features/notes/draft-recovery.ts). */
function newDraftKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes));
}

/** Low-level insert of a whole note (tests, seed data, sync); the app writes through createDraft and signNote. */
export async function insertNote(db: WaypointDatabase, input: RecordInput<Note>, ctx: WriteContext): Promise<Note> {
  // cosignRequired is indexed (v5), so every stored note has it: a writer that leaves it out means "not required".
  return toNote(await insertRecord(db.notes, { ...input, cosignRequired: input.cosignRequired ?? false }, ctx));
}

export async function getNote(db: WaypointDatabase, id: string): Promise<Note | null> {
  const n = await findPlain(db.notes, id);
  return n ? toNote(n) : null;
}

/** What a clinician starts a note with. */
export interface DraftStart {
  readonly clientId: string;
  /** '' when not tied to a session. */
  readonly sessionId: string;
  readonly templateId: string;
  readonly title: string;
  readonly sections: readonly NoteSection[];
}

/** Creates a draft note authored by ctx.authorId. */
export function createDraft(db: WaypointDatabase, start: DraftStart, ctx: WriteContext): Promise<Note> {
  const input: RecordInput<Note> = {
    ...start,
    kind: 'note',
    status: 'draft',
    parentId: '',
    cosignerId: '',
    signedAt: null,
    risk: UNASSESSED_RISK,
    interventions: [],
    contentHash: '',
    cosignRequired: false,
    draftKey: newDraftKey(),
  };
  return insertNote(db, input, ctx);
}

/** The editable content of a draft. */
export interface DraftPatch {
  readonly title?: string;
  readonly templateId?: string;
  readonly sections?: readonly NoteSection[];
  readonly risk?: NoteRisk;
  readonly interventions?: readonly string[];
}

async function docOf(collection: RxCollection<Note>, id: string) {
  const doc = await collection.findOne(id).exec();
  if (!doc) throw new RecordNotFoundError('notes', id);
  return doc;
}

function assertOwnDraft(note: Note, actorId: string): void {
  if (note.kind !== 'note' || note.status !== 'draft') throw new NoteLockedError('This note is signed and can no longer be edited; add an addendum instead.');
  if (note.authorId !== actorId) throw new NoteLockedError('Only the note’s author can edit this draft.');
}

/** Saves draft content; refuses a signed note or another author's draft (checked against the stored state). */
export async function saveDraft(db: WaypointDatabase, id: string, patch: DraftPatch, ctx: WriteContext): Promise<Note> {
  const doc = await docOf(db.notes, id);
  const saved = await doc.incrementalModify((data) => {
    assertOwnDraft(data, ctx.authorId);
    const draftKey = data.draftKey || newDraftKey();
    return {
      ...data,
      ...patch,
      draftKey,
      sections: [...(patch.sections ?? data.sections)],
      interventions: [...(patch.interventions ?? data.interventions ?? [])],
      updatedAt: ctx.now.toISOString(),
    };
  });
  return toNote(plainOf(saved));
}

/**
 * Signs the author's draft: stores the content hash, the time and, when the author is marked supervised, that a
 * supervisor's co-sign is needed. From then on the note never changes.
 */
export async function signNote(db: WaypointDatabase, id: string, ctx: WriteContext, sign?: RecordSigner): Promise<Note> {
  const doc = await docOf(db.notes, id);
  const cosignRequired = await isSupervised(db, ctx.authorId);
  const at = ctx.now.toISOString();
  const signed = await doc.incrementalModify(async (data) => {
    assertOwnDraft(data, ctx.authorId);
    const contentHash = await noteContentHash(toNote({ ...data, status: 'signed' }));
    const signature = sign ? { signature: { ...(await sign('note', contentHash, at)) } } : {};
    return { ...data, status: 'signed', signedAt: at, updatedAt: at, cosignRequired, draftKey: '', contentHash, ...signature };
  });
  return toNote(plainOf(signed));
}

async function isSupervised(db: WaypointDatabase, staffId: string): Promise<boolean> {
  const staff = (db.collections as Partial<WaypointCollections>).staff;
  const member = staff ? await staff.findOne(staffId).exec() : null;
  return member?.supervised === true;
}

async function signedParent(db: WaypointDatabase, parentId: string): Promise<Note> {
  const parent = await getNote(db, parentId);
  if (!parent) throw new RecordNotFoundError('notes', parentId);
  if (parent.kind !== 'note' || parent.status !== 'signed') throw new NoteLockedError('Addenda and co-signs belong to a signed note.');
  return parent;
}

/** Adds a signed, timestamped addendum (a correction or later information) under a signed note. */
export async function addAddendum(db: WaypointDatabase, parentId: string, html: string, ctx: WriteContext, sign?: RecordSigner): Promise<Note> {
  const parent = await signedParent(db, parentId);
  const at = ctx.now.toISOString();
  const base: Note = {
    ...stampNew(ctx),
    kind: 'addendum',
    status: 'signed',
    clientId: parent.clientId,
    sessionId: parent.sessionId,
    parentId,
    templateId: 'addendum',
    cosignerId: '',
    signedAt: at,
    title: 'Addendum',
    sections: [{ key: 'addendum', heading: 'Addendum', html }],
    risk: NO_RISK,
    interventions: [],
    contentHash: '',
    cosignRequired: false,
  };
  const contentHash = await noteContentHash(base);
  const signature = sign ? { signature: { ...(await sign('addendum', contentHash, at)) } } : {};
  return toNote(await insertPlain(db.notes, { ...base, contentHash, ...signature }));
}

/** Records a supervisor's co-sign of a signed note as its own record; one per note (a second is refused). */
export async function cosignNote(db: WaypointDatabase, noteId: string, ctx: WriteContext, sign?: RecordSigner): Promise<Note> {
  const parent = await signedParent(db, noteId);
  if (parent.authorId === ctx.authorId) throw new NoteLockedError('A note cannot be co-signed by its own author.');
  const at = ctx.now.toISOString();
  const base: Note = {
    ...stampNew({ ...ctx, id: `${noteId}.cosign` }),
    kind: 'cosign',
    status: 'signed',
    clientId: parent.clientId,
    sessionId: parent.sessionId,
    parentId: noteId,
    templateId: 'cosign',
    cosignerId: ctx.authorId,
    signedAt: at,
    title: '',
    sections: [],
    risk: NO_RISK,
    interventions: [],
    contentHash: parent.contentHash ?? '',
    cosignRequired: false,
  };
  const signature = sign ? { signature: { ...(await sign('cosign', base.contentHash ?? '', at)) } } : {};
  return toNote(await insertPlain(db.notes, { ...base, ...signature }));
}

/** What discarding did: an empty draft is deleted; one that held anything is kept as 'discarded'. */
export type DiscardOutcome = 'deleted' | 'kept';

/**
 * Discards the author's own draft, judged on its stored content (the editor saves first): an empty draft is deleted,
 * one holding text is marked 'discarded' and kept whole, hidden from Unsigned notes, until an admin restores it.
 */
export async function discardDraft(db: WaypointDatabase, id: string, ctx: WriteContext): Promise<DiscardOutcome> {
  const doc = await docOf(db.notes, id);
  let outcome: DiscardOutcome = 'kept';
  // One write, judged on the data it replaces: text that arrived meanwhile (another laptop) is kept, never deleted.
  await doc.incrementalModify((data) => {
    assertOwnDraft(data, ctx.authorId);
    if (!canDiscardNote(data, ctx.authorId))
      throw new NoteLockedError('A group session’s notes are written and signed on the session’s page; they cannot be discarded.');
    outcome = hasDraftContent(toNote(data)) ? 'kept' : 'deleted';
    return outcome === 'deleted' ? { ...data, _deleted: true } : { ...data, status: 'discarded', updatedAt: ctx.now.toISOString() };
  });
  return outcome;
}

/** Puts a discarded draft back among its author's unsigned drafts, unchanged; the caller checks the admin role. */
export async function restoreDraft(db: WaypointDatabase, id: string, ctx: WriteContext): Promise<Note> {
  const doc = await docOf(db.notes, id);
  const restored = await doc.incrementalModify((data) => {
    if (data.kind !== 'note' || data.status !== 'discarded') throw new NoteLockedError('Only a discarded draft can be restored.');
    return { ...data, status: 'draft', updatedAt: ctx.now.toISOString() };
  });
  return toNote(plainOf(restored));
}
