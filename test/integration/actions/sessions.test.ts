import { describe, expect, it } from 'vitest';
import { getAttendance, getGroup, getNote, getSession, type SessionInput } from '../../../renderer/db';
import { createGroup, editGroup, editSession, markAttendance, saveGroupDraft, scheduleSession } from '../../../renderer/features/sessions/session-actions';
import { actorOn, auditTrail } from './actor';

const T0 = '2026-12-07T15:00:00.000Z';
const GROUP_SESSION: SessionInput = {
  kind: 'group',
  status: 'scheduled',
  clientId: '',
  groupId: 'g1',
  clinicianId: 'staff-therapist',
  clinicianIds: ['staff-therapist'],
  startsAt: T0,
  endsAt: T0,
  modality: 'video',
  familyAttendees: [],
  feedbackResponseId: '',
  title: 'DBT skills',
  summary: '',
};
const PRESENT = {
  clientId: 'c1',
  sessionAt: T0,
  status: 'present',
  engagement: 4,
  participationNote: 'spoke about the week',
  communicationNote: '',
  regulationNote: '',
  connectionProblems: [],
} as const;

describe('session actions on real storage', () => {
  it('schedules and edits a session and marks attendance, each audited without what was written', async () => {
    const { ctx, db, tick } = await actorOn('therapist');
    const session = await scheduleSession(ctx, GROUP_SESSION);
    expect(await getSession(db, session.id)).toMatchObject({ title: 'DBT skills', authorId: 'staff-therapist' });
    tick();
    await editSession(ctx, session.id, { status: 'held', summary: 'went well' }, ['status', 'summary']);
    expect(await getSession(db, session.id)).toMatchObject({ status: 'held', summary: 'went well' });
    tick();
    await editSession(ctx, session.id, {}, []);
    tick();
    const attendance = await markAttendance(ctx, { ...PRESENT, sessionId: session.id }, 'Quincy T.');
    expect(await getAttendance(db, attendance.id)).toMatchObject({ status: 'present', engagement: 4 });
    const entry = { entity: 'session', entityId: session.id, actorId: 'staff-therapist' } as const;
    expect(await auditTrail(db)).toEqual([
      { ...entry, action: 'create', detail: 'group session scheduled', at: '2026-12-04T09:00:00.000Z' },
      { ...entry, action: 'edit', detail: 'Session changed: status, summary', at: '2026-12-04T09:01:00.000Z' },
      { ...entry, action: 'edit', detail: 'Session changed: nothing', at: '2026-12-04T09:02:00.000Z' },
      { ...entry, action: 'edit', detail: 'Attendance of Quincy T.: Present', at: '2026-12-04T09:03:00.000Z' },
    ]);
  });

  it('creates and edits a group, audited with the roster size only', async () => {
    const { ctx, db, tick } = await actorOn('therapist');
    const group = await createGroup(ctx, {
      name: 'DBT skills',
      description: 'Tuesdays',
      leaderId: 'staff-therapist',
      memberIds: ['c1', 'c2'],
      status: 'active',
    });
    tick();
    await editGroup(ctx, group.id, {
      name: 'DBT skills',
      description: 'Tuesdays',
      leaderId: 'staff-therapist',
      memberIds: ['c1', 'c2', 'c3'],
      status: 'active',
    });
    expect(await getGroup(db, group.id)).toMatchObject({ memberIds: ['c1', 'c2', 'c3'] });
    expect((await auditTrail(db)).map(({ action, detail }) => ({ action, detail }))).toEqual([
      { action: 'create', detail: 'Group created with 2 members' },
      { action: 'edit', detail: 'Group changed; roster of 3' },
    ]);
  });

  it('creates the group note draft on first save (audited once), then saves into it', async () => {
    const { ctx, db, tick } = await actorOn('therapist');
    const session = await scheduleSession(ctx, GROUP_SESSION);
    const first = [{ key: 'summary', heading: 'Summary', html: '<p>Opened with a check-in</p>' }];
    const draft = await saveGroupDraft(ctx, session, null, first);
    expect(draft).toMatchObject({ sessionId: session.id, clientId: '', templateId: 'group', title: 'DBT skills', status: 'draft' });
    tick();
    const second = [{ key: 'summary', heading: 'Summary', html: '<p>Opened with a check-in, then practised TIPP</p>' }];
    const saved = await saveGroupDraft(ctx, session, draft, second);
    expect(saved.id).toBe(draft.id);
    expect((await getNote(db, draft.id))?.sections).toEqual(second);
    const noteEvents = (await auditTrail(db)).filter((e) => e.entity === 'note');
    expect(noteEvents).toEqual([
      {
        action: 'create',
        entity: 'note',
        entityId: draft.id,
        actorId: 'staff-therapist',
        detail: `Group note draft of session ${session.id}`,
        at: '2026-12-04T09:00:00.000Z',
      },
    ]);
  });
});
