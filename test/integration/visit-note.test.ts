import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  findNotesForSession,
  findUnsignedNotesByAuthor,
  getSession,
  insertSession,
  signNote,
  watchAudit,
  type Session,
  type WaypointDatabase,
} from '../../renderer/db';
import { openVisitNote, saveVisitNote } from '../../renderer/features/medications/visit-note-actions';
import { visitNoteId } from '../../shared/domain/visit-note';
import { dumpIndexedDb, newKey, openDb } from './db-helpers';

const at = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00.000Z`);
const writer = (db: WaypointDatabase, hhmm = '10:00') => ({ db, actorId: 'prescriber-1', now: at(hhmm) });

function visit(db: WaypointDatabase, summary = ''): Promise<Session> {
  const start = at('10:00').toISOString();
  return insertSession(
    db,
    {
      kind: 'medication',
      status: 'held',
      clientId: 'c1',
      groupId: '',
      clinicianId: 'prescriber-1',
      clinicianIds: ['prescriber-1'],
      startsAt: start,
      endsAt: start,
      modality: 'video',
      familyAttendees: [],
      feedbackResponseId: '',
      title: 'Medication visit',
      summary,
    },
    { authorId: 'prescriber-1', now: at('10:00') },
  );
}

const auditDetails = async (db: WaypointDatabase) => (await firstValueFrom(watchAudit(db, { limit: 50 }))).map((e) => `${e.action} ${e.entityId}: ${e.detail}`);

describe('medication visit note: a draft note of the visit', () => {
  it('is made once per visit, even when opened twice at once, and is listed for the session and as unsigned', async () => {
    const db = await openDb('visit-note-open', await newKey());
    const s = await visit(db);
    const [a, b] = await Promise.all([openVisitNote(writer(db), s), openVisitNote(writer(db), s)]);
    expect(a.id).toBe(visitNoteId(s.id));
    expect(b.id).toBe(a.id);
    expect(a).toMatchObject({ kind: 'note', status: 'draft', clientId: 'c1', sessionId: s.id, templateId: 'medication-visit', authorId: 'prescriber-1' });
    expect(a.sections).toEqual([{ key: 'visit', heading: 'Visit note', html: '' }]);
    expect(a.draftKey).not.toBe('');
    expect((await findNotesForSession(db, s.id)).map((n) => n.id)).toEqual([a.id]);
    expect((await findUnsignedNotesByAuthor(db, 'prescriber-1')).map((n) => n.id)).toEqual([a.id]);
    expect((await auditDetails(db)).filter((d) => d.startsWith('create'))).toEqual([
      `create ${a.id}: Started a Medication visit note for client c1 (medication visit ${s.id})`,
    ]);
  });

  it('saves like a draft (one edit audit per editing session), signs like any note, and reopens signed and unchanged', async () => {
    const db = await openDb('visit-note-sign', await newKey());
    const s = await visit(db);
    const note = await openVisitNote(writer(db), s);
    const sections = [{ key: 'visit', heading: 'Visit note', html: '<p>SECRET-tremor since the increase</p>' }];
    await saveVisitNote(writer(db, '10:05'), note, { sections }, true);
    await saveVisitNote(writer(db, '10:06'), note, { sections }, false);
    expect((await auditDetails(db)).filter((d) => d.startsWith('edit'))).toEqual([`edit ${note.id}: Medication visit note edited (client c1)`]);
    const signed = await signNote(db, note.id, { authorId: 'prescriber-1', now: at('10:10') });
    expect(signed).toMatchObject({ status: 'signed', sections, draftKey: '' });
    expect(await openVisitNote(writer(db, '11:00'), s)).toEqual(signed);
    await expect(saveVisitNote(writer(db, '11:01'), note, { sections: [] }, true)).rejects.toThrow(/signed/);
    // What the prescriber wrote is sealed at rest.
    expect(await dumpIndexedDb()).not.toContain('SECRET-tremor');
  });

  it('starts from the text an older version kept on the visit, and leaves that text where it was', async () => {
    const db = await openDb('visit-note-kept', await newKey());
    const s = await visit(db, 'Tremor since the increase.\n\nPlan: level <check> & call Friday.');
    const note = await openVisitNote(writer(db), s);
    expect(note.sections).toEqual([
      { key: 'visit', heading: 'Visit note', html: '<p>Tremor since the increase.</p><p>Plan: level &lt;check&gt; &amp; call Friday.</p>' },
    ]);
    expect((await getSession(db, s.id))?.summary).toBe(s.summary);
    expect(await auditDetails(db)).toContain(
      `create ${note.id}: Started a Medication visit note for client c1 (medication visit ${s.id}), from the text kept on the visit`,
    );
  });
});
