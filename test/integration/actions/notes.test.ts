import { describe, expect, it } from 'vitest';
import { insertStaff, findClinicRecords, getNote } from '../../../renderer/db';
import { addNoteAddendum, cosignNoteRecord, keepArrivedNote, saveNote, signNoteDraft, startNote } from '../../../renderer/features/notes/note-actions';
import type { ActorContext } from '../../../renderer/session';
import { actorOn, auditTrail } from './actor';

const SECTIONS = [{ key: 'progress', heading: 'Progress note', html: '<p>Slept better this week</p>' }];

describe('note actions on real storage', () => {
  it('starts, saves, signs and adds an addendum; one edit event per editing session, the text never in the audit', async () => {
    const { ctx, db, tick } = await actorOn('therapist');
    const note = await startNote(ctx, { clientId: 'c1', sessionId: '', templateId: 'progress' });
    expect(note).toMatchObject({ status: 'draft', authorId: 'staff-therapist', templateId: 'progress' });
    tick();
    await saveNote(ctx, note.id, { sections: SECTIONS }, true);
    tick();
    await saveNote(ctx, note.id, { sections: SECTIONS, title: 'Week 2' }, false);
    expect(await getNote(db, note.id)).toMatchObject({ title: 'Week 2', sections: SECTIONS });
    tick();
    const signed = await signNoteDraft(ctx, note.id);
    expect(signed).toMatchObject({ status: 'signed', cosignRequired: false });
    tick();
    const addendum = await addNoteAddendum(ctx, note.id, '<p>Client called back</p>');
    const trail = await auditTrail(db);
    expect(trail.map(({ action, entityId, detail }) => ({ action, entityId, detail }))).toEqual([
      { action: 'create', entityId: note.id, detail: 'Started a Progress note for client c1' },
      { action: 'edit', entityId: note.id, detail: 'Edited the draft' },
      { action: 'sign', entityId: note.id, detail: `Signed the note (SHA-256 ${signed.contentHash ?? ''})` },
      { action: 'addendum', entityId: addendum.id, detail: `Signed an addendum to note ${note.id}` },
    ]);
    expect(JSON.stringify(trail)).not.toContain('Slept better');
    expect(trail.every((e) => e.entity === 'note' && e.actorId === 'staff-therapist')).toBe(true);
  });

  it('a supervised author’s note is signed awaiting a co-sign, which a supervisor records', async () => {
    const { ctx, db, tick } = await actorOn('therapist', 'ira');
    await insertStaff(db, { name: 'Ira Intern', role: 'therapist', credentials: 'AMFT', supervised: true }, { authorId: 'admin', now: ctx.now(), id: 'ira' });
    const note = await startNote(ctx, { clientId: 'c1', sessionId: '', templateId: 'progress' });
    await saveNote(ctx, note.id, { sections: SECTIONS }, true);
    tick();
    expect(await signNoteDraft(ctx, note.id)).toMatchObject({ cosignRequired: true });
    tick();
    const supervisor: ActorContext = { ...ctx, actor: { id: 'sam', role: 'supervisor' } };
    const cosign = await cosignNoteRecord(supervisor, note.id);
    expect(cosign).toMatchObject({ kind: 'cosign', parentId: note.id, cosignerId: 'sam' });
    const trail = await auditTrail(db);
    expect(trail.at(-2)?.detail).toMatch(/; awaits a supervisor’s co-sign$/);
    expect(trail.at(-1)).toMatchObject({ action: 'cosign', entityId: note.id, actorId: 'sam', detail: 'Co-signed the note' });
  });

  it('keeps a version that arrived during unsaved typing as a conflict copy', async () => {
    const { ctx, db } = await actorOn('therapist');
    const note = await startNote(ctx, { clientId: 'c1', sessionId: '', templateId: 'progress' });
    await keepArrivedNote(ctx, note);
    await keepArrivedNote(ctx, note); // a retry keeps no second copy
    const copies = await findClinicRecords(db, 'conflict-copy');
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ refCollection: 'notes', refId: note.id });
  });
});
