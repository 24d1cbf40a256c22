import { useMemo } from 'react';
import type { Attendance, Group, Note, NoteSection, RecordInput, Session } from '../../../shared/domain/records';
import { ATTENDANCE_LABELS } from '../../../shared/domain/attendance';
import { useSignedIn } from '../../session';
import { appendAudit, createDraft, insertGroup, insertSession, saveAttendance, saveDraft, updateGroup, updateSession, useDatabase, type SessionInput } from '../../db';
import { signGroupSession, type GroupSigned, type GroupSigning } from './group-signing';

export type GroupInput = Pick<Group, 'name' | 'description' | 'leaderId' | 'memberIds' | 'status'>;

export interface SessionActions {
  readonly createSession: (input: SessionInput) => Promise<Session>;
  readonly editSession: (id: string, input: Partial<SessionInput>, fields: readonly string[]) => Promise<Session>;
  readonly markAttendance: (input: RecordInput<Attendance>, clientName: string) => Promise<Attendance>;
  readonly createGroup: (input: GroupInput) => Promise<Group>;
  readonly editGroup: (id: string, input: GroupInput) => Promise<Group>;
  /** Creates the group session's draft on first use, then saves into it. */
  readonly saveGroupDraft: (session: Session, draft: Note | null, sections: readonly NoteSection[]) => Promise<Note>;
  readonly signGroup: (input: GroupSigning) => Promise<GroupSigned>;
}

/** Writes of the sessions feature, each followed by its audit event (the audit detail never holds what was written). */
export function useSessionActions(): SessionActions {
  const db = useDatabase();
  const { user } = useSignedIn();
  return useMemo(() => {
    const ctx = () => ({ authorId: user.id, now: new Date() });
    const audit = (action: 'create' | 'edit', entityId: string, detail: string, now: Date) =>
      appendAudit(db, { action, entity: 'session', entityId, actorId: user.id, detail }, { now });
    return {
      createSession: async (input) => {
        const c = ctx();
        const s = await insertSession(db, input, c);
        await audit('create', s.id, `${input.kind} session scheduled`, c.now);
        return s;
      },
      editSession: async (id, input, fields) => {
        const c = ctx();
        const s = await updateSession(db, id, input, c);
        await audit('edit', id, `Session changed: ${fields.join(', ') || 'nothing'}`, c.now);
        return s;
      },
      markAttendance: async (input, clientName) => {
        const c = ctx();
        const a = await saveAttendance(db, input, c);
        await audit('edit', input.sessionId, `Attendance of ${clientName}: ${ATTENDANCE_LABELS[input.status]}`, c.now);
        return a;
      },
      createGroup: async (input) => {
        const c = ctx();
        const g = await insertGroup(db, input, c);
        await audit('create', g.id, `Group created with ${input.memberIds.length} members`, c.now);
        return g;
      },
      editGroup: async (id, input) => {
        const c = ctx();
        const g = await updateGroup(db, id, input, c);
        await audit('edit', id, `Group changed; roster of ${input.memberIds.length}`, c.now);
        return g;
      },
      saveGroupDraft: async (session, draft, sections) => {
        const c = ctx();
        if (draft) return saveDraft(db, draft.id, { sections }, c);
        const created = await createDraft(db, { clientId: '', sessionId: session.id, templateId: 'group', title: session.title || 'Group session', sections }, c);
        await appendAudit(db, { action: 'create', entity: 'note', entityId: created.id, actorId: user.id, detail: `Group note draft of session ${session.id}` }, { now: c.now });
        return created;
      },
      signGroup: (input) => signGroupSession(db, input, ctx()),
    } satisfies SessionActions;
  }, [db, user.id]);
}
