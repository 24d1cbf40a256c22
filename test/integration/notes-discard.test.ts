import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  createDraft,
  getNote,
  saveDraft,
  signNote,
  watchAudit,
  watchDiscardedNotes,
  watchUnsignedNotesByAuthor,
  type WaypointDatabase,
} from '../../renderer/db';
import { enumField } from '../../renderer/db/collections/collection-spec';
import { COLLECTION_SPECS, SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import { discardNoteDraft, restoreNoteDraft } from '../../renderer/features/notes/discard-actions';
import { emptySections } from '../../shared/domain/notes';
import { closeDb, crypto, dumpIndexedDb, newKey, openDb } from './db-helpers';

const T = (hhmm: string) => new Date(`2026-11-27T${hhmm}:00.000Z`);
const therapist = { id: 'therapist-1', role: 'therapist' } as const;
const admin = { id: 'admin-1', role: 'admin' } as const;

async function draftWith(db: WaypointDatabase, html: string) {
  const sections = emptySections('soap').map((s) => (s.key === 'plan' ? { ...s, html } : s));
  return createDraft(db, { clientId: 'c1', sessionId: '', templateId: 'soap', title: '', sections }, { authorId: therapist.id, now: T('09:00') });
}

const drafts = async (db: WaypointDatabase) => (await firstValueFrom(watchUnsignedNotesByAuthor(db, therapist.id))).map((n) => n.id);
const discarded = async (db: WaypointDatabase) => (await firstValueFrom(watchDiscardedNotes(db))).map((n) => n.id);
const auditDetails = async (db: WaypointDatabase) =>
  (await firstValueFrom(watchAudit(db, { limit: 20 }))).map((e) => `${e.action} ${e.entityId} ${e.actorId}: ${e.detail}`);

describe('discarding and restoring drafts', () => {
  it('deletes an empty draft, audited', async () => {
    const db = await openDb('discard-empty', await newKey());
    const empty = await draftWith(db, '<p> </p>');
    expect(await discardNoteDraft(db, therapist, T('09:01'), empty.id)).toBe('deleted');
    expect(await getNote(db, empty.id)).toBeNull();
    expect(await drafts(db)).toEqual([]);
    expect(await auditDetails(db)).toEqual([`edit ${empty.id} therapist-1: Discarded the empty draft (deleted)`]);
  });

  it('keeps a draft with text as discarded, sealed, out of Unsigned notes, until an admin restores it unchanged', async () => {
    const db = await openDb('discard-kept', await newKey());
    const typed = await draftWith(db, '<p>Keepable plan text</p>');
    await saveDraft(db, typed.id, { risk: { level: 'low', text: 'no plan' } }, { authorId: therapist.id, now: T('09:05') });
    const before = await getNote(db, typed.id);
    expect(await discardNoteDraft(db, therapist, T('09:10'), typed.id)).toBe('kept');
    expect(await getNote(db, typed.id)).toMatchObject({
      status: 'discarded',
      sections: before?.sections,
      risk: before?.risk,
      updatedAt: T('09:10').toISOString(),
    });
    expect(await drafts(db)).toEqual([]);
    expect(await discarded(db)).toEqual([typed.id]);
    expect(await dumpIndexedDb()).not.toContain('Keepable plan text');

    await expect(restoreNoteDraft(db, therapist, T('10:00'), typed.id)).rejects.toThrow('Only a clinic admin can restore');
    await restoreNoteDraft(db, admin, T('10:05'), typed.id);
    expect(await getNote(db, typed.id)).toMatchObject({ status: 'draft', authorId: therapist.id, sections: before?.sections });
    expect(await drafts(db)).toEqual([typed.id]);
    expect(await discarded(db)).toEqual([]);
    expect(await auditDetails(db)).toEqual([
      `edit ${typed.id} admin-1: Restored the discarded draft to its author (therapist-1)`,
      `edit ${typed.id} therapist-1: Discarded the draft; kept for an admin to restore`,
    ]);
    // Restored, it is an ordinary draft again: its author edits and signs it.
    expect((await signNote(db, typed.id, { authorId: therapist.id, now: T('10:10') })).status).toBe('signed');
  });

  it('refuses to discard someone else’s draft or a signed note, and to restore a draft that is not discarded', async () => {
    const db = await openDb('discard-refused', await newKey());
    const typed = await draftWith(db, '<p>text</p>');
    await expect(discardNoteDraft(db, { id: 'therapist-2', role: 'therapist' }, T('09:10'), typed.id)).rejects.toThrow(/Only the note’s author/);
    await expect(restoreNoteDraft(db, admin, T('09:10'), typed.id)).rejects.toThrow('Only a discarded draft can be restored.');
    await signNote(db, typed.id, { authorId: therapist.id, now: T('09:20') });
    await expect(discardNoteDraft(db, therapist, T('09:30'), typed.id)).rejects.toThrow(/signed/);
    expect((await getNote(db, typed.id))?.status).toBe('signed');
    const groupDraft = await createDraft(
      db,
      { clientId: '', sessionId: 's1', templateId: 'group', title: '', sections: [] },
      { authorId: therapist.id, now: T('09:40') },
    );
    await expect(discardNoteDraft(db, therapist, T('09:45'), groupDraft.id)).rejects.toThrow(/signed on the session’s page/);
    expect((await getNote(db, groupDraft.id))?.status).toBe('draft');
    expect(await auditDetails(db)).toEqual([]);
  });
});

// The v2 schema as it shipped: statuses draft and signed only.
function v2NotesSchema(): RxJsonSchema<Record<string, unknown>> {
  const { schema } = COLLECTION_SPECS.notes;
  const status = enumField(['draft', 'signed']);
  return { ...schema, version: 2, properties: { ...schema.properties, status } } as RxJsonSchema<Record<string, unknown>>;
}

describe('notes storage migration to v3', () => {
  it('opens v2 drafts and signed notes unchanged; a migrated draft can be discarded', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'notes-v2', storage, multiInstance: false });
    const c = await old.addCollections({ notes: { schema: v2NotesSchema(), migrationStrategies: COLLECTION_SPECS.notes.migrationStrategies } });
    const base = {
      kind: 'note',
      clientId: 'c1',
      sessionId: '',
      parentId: '',
      templateId: 'soap',
      cosignerId: '',
      authorId: therapist.id,
      createdAt: T('08:00').toISOString(),
      updatedAt: T('08:00').toISOString(),
      title: '',
      risk: { level: 'none', text: '' },
      interventions: [],
      cosignRequired: false,
    };
    await c.notes.insert({
      ...base,
      id: 'd2',
      status: 'draft',
      signedAt: null,
      sections: [{ key: 'plan', heading: 'Plan', html: '<p>v2 draft</p>' }],
      contentHash: '',
      draftKey: 'k',
    });
    await c.notes.insert({
      ...base,
      id: 's2',
      status: 'signed',
      signedAt: T('08:30').toISOString(),
      sections: [{ key: 'plan', heading: 'Plan', html: '<p>v2 signed</p>' }],
      contentHash: 'abc',
      draftKey: '',
    });
    await old.close();

    const db = await openDb('notes-v2', key);
    expect(await getNote(db, 'd2')).toMatchObject({ status: 'draft', draftKey: 'k', sections: [{ html: '<p>v2 draft</p>' }] });
    expect(await getNote(db, 's2')).toMatchObject({ status: 'signed', contentHash: 'abc', sections: [{ html: '<p>v2 signed</p>' }] });
    expect(await discardNoteDraft(db, therapist, T('09:00'), 'd2')).toBe('kept');
    expect((await getNote(db, 'd2'))?.status).toBe('discarded');
    await closeDb(db);
  });
});
