import { ATTENDANCE_LABELS } from '../../../shared/domain/attendance';
import type { Attendance, Group, Note, NoteSection, RecordInput, Session } from '../../../shared/domain/records';
import { auditFor } from '../../audit';
import {
  createDraft,
  getGroup,
  getSession,
  insertGroup,
  insertSession,
  saveAttendance,
  saveDraft,
  updateGroup,
  updateSession,
  type SessionInput,
} from '../../db';
import { keepArrivedVersion } from '../../drafts/keep-arrived';
import { updatedVersion } from '../../drafts/form-arrival';
import { writeStamp, type ActorContext } from '../../session';
import { signGroupSession, type GroupSigned, type GroupSigning } from './group-signing';

/* Writes of the sessions feature, each followed by its audit event (the audit detail never holds what was written). */

export type GroupInput = Pick<Group, 'name' | 'description' | 'leaderId' | 'memberIds' | 'status'>;

export async function scheduleSession(ctx: ActorContext, input: SessionInput): Promise<Session> {
  const stamp = writeStamp(ctx);
  const session = await insertSession(ctx.db, input, stamp);
  await auditFor(ctx, 'session')('create', session.id, `${input.kind} session scheduled`, stamp.now);
  return session;
}

/**
 * Saves changed session fields; `fields` names them for the audit. `opened`: the version a form opened with; another
 * version stored since (from another laptop) is kept as a conflict copy rather than saved over silently.
 */
export async function editSession(ctx: ActorContext, id: string, input: Partial<SessionInput>, fields: readonly string[], opened?: Session): Promise<Session> {
  const stamp = writeStamp(ctx);
  if (opened) await keepArrivedVersion(ctx.db, 'sessions', { opened, stored: await getSession(ctx.db, id), versionOf: updatedVersion }, stamp.now);
  const session = await updateSession(ctx.db, id, input, stamp);
  await auditFor(ctx, 'session')('edit', id, `Session changed: ${fields.join(', ') || 'nothing'}`, stamp.now);
  return session;
}

export async function markAttendance(ctx: ActorContext, input: RecordInput<Attendance>, clientName: string): Promise<Attendance> {
  const stamp = writeStamp(ctx);
  const attendance = await saveAttendance(ctx.db, input, stamp);
  await auditFor(ctx, 'session')('edit', input.sessionId, `Attendance of ${clientName}: ${ATTENDANCE_LABELS[input.status]}`, stamp.now);
  return attendance;
}

export async function createGroup(ctx: ActorContext, input: GroupInput): Promise<Group> {
  const stamp = writeStamp(ctx);
  const group = await insertGroup(ctx.db, input, stamp);
  await auditFor(ctx, 'session')('create', group.id, `Group created with ${input.memberIds.length} members`, stamp.now);
  return group;
}

/** Saves the group form; a version stored since the form opened (`opened`) is kept as a conflict copy. */
export async function editGroup(ctx: ActorContext, id: string, input: GroupInput, opened?: Group): Promise<Group> {
  const stamp = writeStamp(ctx);
  if (opened) await keepArrivedVersion(ctx.db, 'groups', { opened, stored: await getGroup(ctx.db, id), versionOf: updatedVersion }, stamp.now);
  const group = await updateGroup(ctx.db, id, input, stamp);
  await auditFor(ctx, 'session')('edit', id, `Group changed; roster of ${input.memberIds.length}`, stamp.now);
  return group;
}

/** Creates the group session's draft on first use (audited), then saves into it. */
export async function saveGroupDraft(ctx: ActorContext, session: Session, draft: Note | null, sections: readonly NoteSection[]): Promise<Note> {
  const stamp = writeStamp(ctx);
  if (draft) return saveDraft(ctx.db, draft.id, { sections }, stamp);
  const created = await createDraft(
    ctx.db,
    { clientId: '', sessionId: session.id, templateId: 'group', title: session.title || 'Group session', sections },
    stamp,
  );
  await auditFor(ctx, 'note')('create', created.id, `Group note draft of session ${session.id}`, stamp.now);
  return created;
}

/** Signs the group note and writes each present member's note (group-signing.ts audits them). */
export function signGroup(ctx: ActorContext, input: GroupSigning): Promise<GroupSigned> {
  return signGroupSession(ctx.db, input, writeStamp(ctx));
}
