import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  createDraft,
  findNotesForClient,
  findNotesForSession,
  getAttendance,
  getGroup,
  getSession,
  insertGroup,
  insertSession,
  saveAttendance,
  saveDraft,
  watchAttendanceForClient,
  watchAttendanceOfAbsentees,
  watchClientSessions,
  type WaypointDatabase,
} from '../../renderer/db';
import { COLLECTION_SPECS, SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import { groupDraftOf, memberKey, withSection } from '../../renderer/features/sessions/group-note';
import { signGroupSession } from '../../renderer/features/sessions/group-signing';
import { clientsWithAbsenceAlert } from '../../shared/domain/attendance';
import type { Attendance, Session } from '../../shared/domain/records';
import { closeDb, crypto, dumpIndexedDb, newKey, openDb } from './db-helpers';

const T0 = '2026-11-20T15:00:00.000Z';
const ctx = (now = T0) => ({ authorId: 'u1', now: new Date(now) });

// A v0 schema: the collection's properties as they were before v1 (given here, since v1 replaced them).
function v0<T>(name: 'sessions' | 'attendance' | 'groups', drop: readonly string[], status?: readonly string[]): RxJsonSchema<T> {
  const schema = COLLECTION_SPECS[name].schema as unknown as RxJsonSchema<T> & { properties: Record<string, unknown>; required: string[] };
  const properties = Object.fromEntries(Object.entries(schema.properties).filter(([k]) => !drop.includes(k)));
  if (status) properties.status = { type: 'string', enum: status, maxLength: 16 };
  const required = schema.required.filter((k) => !drop.includes(k));
  const indexes =
    name === 'attendance'
      ? ['sessionId', ['clientId', 'createdAt']]
      : name === 'sessions'
        ? [
            ['clientId', 'startsAt'],
            ['groupId', 'startsAt'],
            ['clinicianId', 'startsAt'],
          ]
        : ['status'];
  return { ...schema, version: 0, properties, required, indexes } as unknown as RxJsonSchema<T>;
}

function session(patch: Partial<Session> = {}): Omit<Session, 'id' | 'authorId' | 'createdAt' | 'updatedAt'> {
  return {
    kind: 'group',
    status: 'scheduled',
    clientId: '',
    groupId: 'g1',
    clinicianId: 'u1',
    clinicianIds: ['u1'],
    startsAt: T0,
    endsAt: T0,
    modality: 'video',
    familyAttendees: [],
    feedbackResponseId: '',
    title: 'DBT skills',
    summary: '',
    ...patch,
  };
}

function mark(sessionId: string, clientId: string, status: Attendance['status'], sessionAt = T0) {
  const absent = status.startsWith('absent');
  return {
    sessionId,
    clientId,
    sessionAt,
    status,
    engagement: absent ? null : 4,
    participationNote: absent ? '' : `participation of ${clientId}`,
    communicationNote: '',
    regulationNote: '',
    connectionProblems: clientId === 'c2' ? ['audio'] : [],
  };
}

describe('sessions storage', () => {
  it('migrates v0 sessions, attendance and groups to v1', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'migrate-sessions', storage, multiInstance: false });
    const stamp = { authorId: 'u1', createdAt: T0, updatedAt: T0 };
    const c = await old.addCollections({
      sessions: { schema: v0('sessions', ['clinicianIds', 'modality', 'familyAttendees', 'feedbackResponseId']) },
      attendance: { schema: v0('attendance', ['sessionAt', 'communicationNote', 'regulationNote'], ['present', 'late', 'left-early', 'absent', 'excused']) },
      groups: { schema: v0('groups', ['memberIds']) },
    });
    await c.sessions.insert({
      id: 's0',
      kind: 'individual',
      status: 'held',
      clientId: 'c1',
      groupId: '',
      clinicianId: 'u1',
      startsAt: T0,
      endsAt: T0,
      title: 't',
      summary: '',
      ...stamp,
    });
    await c.attendance.insert({
      id: 'a0',
      sessionId: 's0',
      clientId: 'c1',
      status: 'absent',
      engagement: null,
      participationNote: 'no call',
      connectionProblems: [],
      ...stamp,
    });
    await c.attendance.insert({
      id: 'a1',
      sessionId: 's0',
      clientId: 'c2',
      status: 'excused',
      engagement: null,
      participationNote: '',
      connectionProblems: [],
      ...stamp,
    });
    await c.groups.insert({ id: 'g0', status: 'active', leaderId: 'u1', name: 'Skills', description: '', ...stamp });
    await old.close();

    const db = await openDb('migrate-sessions', key);
    expect(await getSession(db, 's0')).toMatchObject({ clinicianIds: ['u1'], modality: 'video', familyAttendees: [], feedbackResponseId: '', title: 't' });
    expect(await getAttendance(db, 'a0')).toMatchObject({ status: 'absent-unexcused', sessionAt: T0, participationNote: 'no call', communicationNote: '' });
    expect((await getAttendance(db, 'a1'))?.status).toBe('absent-excused');
    expect(await getGroup(db, 'g0')).toMatchObject({ memberIds: [], name: 'Skills' });
    await closeDb(db);
  });

  it('signs a 6-member group session with 5 present: 6 attendance records, 5 member notes, each with only its own section', async () => {
    const db = await openDb('group-sign', await newKey());
    const members = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
    const group = await insertGroup(db, { status: 'active', leaderId: 'u1', memberIds: members, name: 'DBT skills', description: '' }, ctx());
    const s = await insertSession(db, session({ groupId: group.id }), ctx());
    const attendance = await Promise.all(members.map((id) => saveAttendance(db, mark(s.id, id, id === 'c6' ? 'absent-unexcused' : 'present'), ctx())));
    let sections = withSection([], 'summary', '<p>Distress tolerance: TIPP skills.</p>');
    for (const id of members.slice(0, 5)) sections = withSection(sections, memberKey(id), `<p>SECRET-${id} practised paced breathing</p>`);
    const draft = await createDraft(db, { clientId: '', sessionId: s.id, templateId: 'group', title: 'DBT skills', sections: [] }, ctx());
    const saved = await saveDraft(db, draft.id, { sections }, ctx());

    const result = await signGroupSession(db, { session: s, group, attendance, draft: saved, nameOf: (id) => id, roster: [] }, ctx('2026-11-20T16:00:00.000Z'));
    expect(result.memberNotes).toHaveLength(5);
    expect(result.groupNote.sections.map((x) => x.key)).toEqual(['summary', 'plan']);
    expect((await getSession(db, s.id))?.status).toBe('held');

    for (const id of members.slice(0, 5)) {
      const own = await findNotesForClient(db, id);
      expect(own).toHaveLength(1);
      expect(own[0]).toMatchObject({ templateId: 'group-member', status: 'signed', sessionId: s.id });
      const text = JSON.stringify(own);
      expect(text).toContain(`SECRET-${id}`);
      for (const other of members.filter((m) => m !== id)) expect(text).not.toContain(`SECRET-${other}`);
      // The session's context and the shared parts travel with the member's own note; no risk was recorded.
      expect(own[0]?.title).toBe('DBT skills');
      expect(own[0]?.sections.map((x) => x.key)).toEqual(['session', 'attendance', 'summary', 'plan', 'individual']);
      expect(text).toContain('Distress tolerance: TIPP skills.');
      expect(own[0]?.risk).toEqual({ level: 'none', text: '' });
    }
    expect(await findNotesForClient(db, 'c6')).toHaveLength(0);
    const sessionNotes = await findNotesForSession(db, s.id);
    expect(groupDraftOf(sessionNotes)?.sections.some((x) => x.html.includes('SECRET'))).toBe(false);
    expect(await dumpIndexedDb()).not.toContain('SECRET-c1');

    const sessionsOfC6 = await firstValueFrom(
      watchClientSessions(
        db,
        'c6',
        (await firstValueFrom(watchAttendanceForClient(db, 'c6'))).map((a) => a.sessionId),
      ),
    );
    expect(sessionsOfC6.map((x) => x.id)).toEqual([s.id]);
  });

  it('refuses to sign while a member is unmarked, and marking twice updates the one record', async () => {
    const db: WaypointDatabase = await openDb('group-blocked', await newKey());
    const group = await insertGroup(db, { status: 'active', leaderId: 'u1', memberIds: ['c1', 'c2'], name: 'G', description: '' }, ctx());
    const s = await insertSession(db, session({ groupId: group.id }), ctx());
    await saveAttendance(db, mark(s.id, 'c1', 'late'), ctx());
    const again = await saveAttendance(db, mark(s.id, 'c1', 'present'), ctx());
    const draft = await createDraft(
      db,
      { clientId: '', sessionId: s.id, templateId: 'group', title: '', sections: withSection([], 'summary', '<p>x</p>') },
      ctx(),
    );
    await expect(signGroupSession(db, { session: s, group, attendance: [again], draft, nameOf: (id) => `Client ${id}`, roster: [] }, ctx())).rejects.toThrow(
      'Client c2 not marked yet',
    );
    expect((await firstValueFrom(watchAttendanceForClient(db, 'c1'))).map((a) => a.status)).toEqual(['present']);
    expect(await findNotesForClient(db, 'c1')).toHaveLength(0);
  });

  it('finds clients with two unexcused absences in a row without reading everyone’s attendance', async () => {
    const db = await openDb('absences', await newKey());
    const days = ['2026-11-16T15:00:00.000Z', '2026-11-17T15:00:00.000Z', '2026-11-18T15:00:00.000Z'];
    await saveAttendance(db, mark('s1', 'a', 'present', days[0]), ctx());
    await saveAttendance(db, mark('s2', 'a', 'absent-unexcused', days[1]), ctx());
    await saveAttendance(db, mark('s3', 'a', 'absent-unexcused', days[2]), ctx());
    await saveAttendance(db, mark('s1', 'b', 'absent-unexcused', days[0]), ctx());
    await saveAttendance(db, mark('s2', 'b', 'present', days[1]), ctx());
    await saveAttendance(db, mark('s3', 'b', 'absent-unexcused', days[2]), ctx());
    await saveAttendance(db, mark('s3', 'c', 'absent-unexcused', days[2]), ctx());
    const records = await firstValueFrom(watchAttendanceOfAbsentees(db));
    expect(new Set(records.map((r) => r.clientId))).toEqual(new Set(['a', 'b']));
    expect([...clientsWithAbsenceAlert(records)]).toEqual(['a']);
  });
});
