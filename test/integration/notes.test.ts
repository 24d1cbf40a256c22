import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  addAddendum,
  cosignNote,
  createDraft,
  insertStaff,
  findClinicRecords,
  findNotesForClient,
  findNotesForSession,
  findUnsignedNotesByAuthor,
  getNote,
  insertNote,
  saveDraft,
  signNote,
  watchNotesAwaitingCosign,
  watchOpenSyncIssueCount,
  type WaypointDatabase,
} from '../../renderer/db';
import { COLLECTION_SPECS, SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import { noteContentHash, verifyNoteHash } from '../../shared/domain/note-integrity';
import { emptySections } from '../../shared/domain/notes';
import type { Note } from '../../shared/domain/records';
import { keepOverwrittenVersion } from '../../renderer/sync/sync-records';
import { closeDb, crypto, dumpIndexedDb, newKey, oldSignedNote, openDb } from './db-helpers';

const at = (hhmm: string) => new Date(`2026-11-27T${hhmm}:00.000Z`);
const ctx = (authorId: string, hhmm = '09:00') => ({ authorId, now: at(hhmm) });

async function signedSoap(db: WaypointDatabase, authorId = 'therapist-1'): Promise<Note> {
  const sections = emptySections('soap').map((s) => (s.key === 'subjective' ? { ...s, html: '<p>Slept four hours; panic on the bus</p>' } : s));
  const draft = await createDraft(db, { clientId: 'c1', sessionId: 's1', templateId: 'soap', title: 'Individual session', sections }, ctx(authorId));
  await saveDraft(db, draft.id, { risk: { level: 'low', text: 'Passive thoughts, no plan' }, interventions: ['grounding', 'cbt'] }, ctx(authorId, '09:30'));
  return signNote(db, draft.id, ctx(authorId, '09:45'));
}

describe('notes: draft, sign, addenda, co-sign', () => {
  it('signs a draft with a verifiable content hash and lists drafts per author', async () => {
    const db = await openDb('notes-sign', await newKey());
    const other = await createDraft(db, { clientId: 'c2', sessionId: '', templateId: 'dap', title: '', sections: emptySections('dap') }, ctx('therapist-1'));
    const signed = await signedSoap(db);
    expect(signed).toMatchObject({ status: 'signed', signedAt: at('09:45').toISOString(), cosignRequired: false, interventions: ['grounding', 'cbt'] });
    expect(signed.contentHash).toBe(await noteContentHash(signed));
    expect(await verifyNoteHash(signed)).toBe(true);
    expect((await findUnsignedNotesByAuthor(db, 'therapist-1')).map((n) => n.id)).toEqual([other.id]);
    expect((await findNotesForSession(db, 's1')).map((n) => n.id)).toEqual([signed.id]);
    // What the clinician wrote, the risk text and the hash are sealed at rest.
    const raw = await dumpIndexedDb();
    expect(raw).not.toContain('panic on the bus');
    expect(raw).not.toContain('Passive thoughts');
    expect(raw).not.toContain(signed.contentHash);
  });

  it('refuses another author editing a draft and anyone editing a signed note through saveDraft', async () => {
    const db = await openDb('notes-owner', await newKey());
    const draft = await createDraft(
      db,
      { clientId: 'c1', sessionId: '', templateId: 'progress', title: '', sections: emptySections('progress') },
      ctx('therapist-1'),
    );
    // A new draft's risk level is unchosen, never a silent "None identified" (issue 12 item 6).
    expect(draft.risk).toEqual({ level: '', text: '' });
    await expect(saveDraft(db, draft.id, { title: 'Mine now' }, ctx('therapist-2'))).rejects.toThrow(/Only the note’s author/);
    const signed = await signNote(
      db,
      (await saveDraft(db, draft.id, { sections: [{ key: 'progress', heading: 'Progress note', html: '<p>ok</p>' }] }, ctx('therapist-1'))).id,
      ctx('therapist-1'),
    );
    await expect(saveDraft(db, signed.id, { title: 'Later' }, ctx('therapist-1'))).rejects.toThrow(/add an addendum/);
    await expect(signNote(db, signed.id, ctx('therapist-1'))).rejects.toThrow(/signed/);
  });

  it('a signed note cannot be modified through the collection API', async () => {
    const db = await openDb('notes-immutable', await newKey());
    const signed = await signedSoap(db);
    const doc = await db.notes.findOne(signed.id).exec();
    if (!doc) throw new Error('signed note not found');
    const tampered = [{ key: 'subjective', heading: 'Subjective', html: '<p>rewritten</p>' }];

    await expect(doc.patch({ sections: tampered })).rejects.toThrow(/signed note/);
    await expect(doc.incrementalPatch({ title: 'rewritten' })).rejects.toThrow(/signed note/);
    await expect(doc.incrementalModify((d) => ({ ...d, status: 'draft' }))).rejects.toThrow(/signed note/);
    await expect(db.notes.upsert({ ...signed, sections: tampered })).rejects.toThrow(/signed note/);
    await expect(db.notes.incrementalUpsert({ ...signed, contentHash: 'forged' })).rejects.toThrow(/signed note/);
    await expect(db.notes.bulkUpsert([{ ...signed, title: 'rewritten' }])).rejects.toThrow(/signed note/);
    await expect(doc.remove()).rejects.toThrow(/signed note/);
    await expect(doc.incrementalRemove()).rejects.toThrow(/signed note/);

    const stored = await getNote(db, signed.id);
    expect(stored).toEqual(signed);
    expect(stored?.sections[0]?.html).toBe('<p>Slept four hours; panic on the bus</p>');
    expect(stored?.contentHash).toBe(signed.contentHash);
    expect(stored && (await verifyNoteHash(stored))).toBe(true);
  });

  it('adds signed, timestamped addenda that cannot change either, and only under a signed note', async () => {
    const db = await openDb('notes-addenda', await newKey());
    const signed = await signedSoap(db);
    const addendum = await addAddendum(db, signed.id, '<p>Client called: slept better</p>', ctx('therapist-2', '15:00'));
    expect(addendum).toMatchObject({
      kind: 'addendum',
      status: 'signed',
      parentId: signed.id,
      clientId: 'c1',
      authorId: 'therapist-2',
      signedAt: at('15:00').toISOString(),
    });
    expect(addendum.contentHash).toBe(await noteContentHash(addendum));
    const doc = await db.notes.findOne(addendum.id).exec();
    await expect(doc?.incrementalPatch({ sections: [] })).rejects.toThrow(/signed addendum/);
    const draft = await createDraft(db, { clientId: 'c1', sessionId: '', templateId: 'dap', title: '', sections: emptySections('dap') }, ctx('therapist-1'));
    await expect(addAddendum(db, draft.id, '<p>x</p>', ctx('therapist-1'))).rejects.toThrow(/signed note/);
    expect((await findNotesForClient(db, 'c1')).map((n) => n.kind)).toEqual(['note', 'note', 'addendum']);
  });

  it('a supervised author’s signed note awaits a supervisor’s co-sign until one is recorded', async () => {
    const db = await openDb('notes-cosign', await newKey());
    const intern = await insertStaff(db, { name: 'Ira Intern', role: 'therapist', credentials: 'AMFT', supervised: true }, ctx('admin'));
    const signed = await signedSoap(db, intern.id);
    expect(signed.cosignRequired).toBe(true);
    expect((await firstValueFrom(watchNotesAwaitingCosign(db))).map((n) => n.id)).toEqual([signed.id]);
    await expect(cosignNote(db, signed.id, ctx(intern.id))).rejects.toThrow(/own author/);
    const cosign = await cosignNote(db, signed.id, ctx('supervisor-1', '17:00'));
    expect(cosign).toMatchObject({ kind: 'cosign', parentId: signed.id, cosignerId: 'supervisor-1', signedAt: at('17:00').toISOString() });
    await expect(cosignNote(db, signed.id, ctx('supervisor-2'))).rejects.toThrow();
    expect(await firstValueFrom(watchNotesAwaitingCosign(db))).toEqual([]);
    expect(await getNote(db, signed.id)).toEqual(signed);
  });
});

// The v0 schema as it shipped: kinds note and addendum, no risk, interventions, hash or co-sign flag.
function v0NotesSchema(): RxJsonSchema<Record<string, unknown>> {
  const { schema } = COLLECTION_SPECS.notes;
  const added = ['risk', 'interventions', 'contentHash', 'cosignRequired', 'draftKey'];
  const properties = Object.fromEntries(Object.entries(schema.properties).filter(([name]) => !added.includes(name)));
  const kind = { type: 'string', enum: ['note', 'addendum'], maxLength: 8 };
  return {
    ...schema,
    version: 0,
    properties: { ...properties, kind },
    indexes: [['clientId', 'createdAt'], 'parentId', ['status', 'authorId']],
  } as RxJsonSchema<Record<string, unknown>>;
}

describe('a draft version written over by unsaved typing', () => {
  it('is kept once as an open conflict copy with its text, sealed at rest', async () => {
    const db = await openDb('notes-overwritten', await newKey());
    const draft = await createDraft(db, { clientId: 'c1', sessionId: '', templateId: 'soap', title: '', sections: emptySections('soap') }, ctx('therapist-1'));
    const arrived = await saveDraft(
      db,
      draft.id,
      { sections: draft.sections.map((s) => (s.key === 'subjective' ? { ...s, html: '<p>Arrivedversion from laptop B</p>' } : s)) },
      ctx('therapist-1', '09:10'),
    );
    expect(await keepOverwrittenVersion(db, 'notes', arrived as unknown as Record<string, unknown>, at('09:11'))).toBe(true);
    expect(await keepOverwrittenVersion(db, 'notes', arrived as unknown as Record<string, unknown>, at('09:12'))).toBe(false);
    const copies = await findClinicRecords(db, 'conflict-copy');
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ status: 'open', refCollection: 'notes', refId: draft.id });
    expect(JSON.stringify(copies[0]?.data)).toContain('Arrivedversion');
    expect(copies[0]?.reason).toContain('unsaved typing open');
    // Counted beside "Conflicts" in the navigation.
    expect(await firstValueFrom(watchOpenSyncIssueCount(db))).toBe(1);
    expect(await dumpIndexedDb()).not.toContain('Arrivedversion');
    await closeDb(db);
  });
});

describe('notes storage migration', () => {
  it('opens a v0 note under v1 with empty structured fields and keeps its text', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'notes-migrate', storage, multiInstance: false });
    const collections = await old.addCollections({ notes: { schema: v0NotesSchema() } });
    const T = '2026-11-01T10:00:00.000Z';
    await collections.notes.insert(oldSignedNote('n0', T, '<p>before v1</p>'));
    await old.close();

    const db = await openDb('notes-migrate', key);
    expect(await getNote(db, 'n0')).toMatchObject({
      status: 'signed',
      risk: { level: 'none', text: '' },
      interventions: [],
      contentHash: '',
      cosignRequired: false,
      draftKey: '',
      sections: [{ html: '<p>before v1</p>' }],
    });
    await expect(
      db.notes
        .findOne('n0')
        .exec()
        .then((d) => d?.incrementalPatch({ title: 'x' })),
    ).rejects.toThrow(/signed note/);
    await closeDb(db);
  });

  it('still inserts a whole note through the low-level insertNote (seed data, sync tests)', async () => {
    const db = await openDb('notes-insert', await newKey());
    const note = await insertNote(
      db,
      {
        kind: 'note',
        status: 'draft',
        clientId: 'c1',
        sessionId: '',
        parentId: '',
        templateId: 'soap',
        cosignerId: '',
        signedAt: null,
        title: 'x',
        sections: [],
      },
      ctx('u1'),
    );
    expect(note).toMatchObject({ risk: { level: 'none' }, interventions: [], cosignRequired: false });
  });
});
