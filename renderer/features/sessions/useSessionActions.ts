import { useMemo } from 'react';
import type { Attendance, Group, Note, NoteSection, RecordInput, Session } from '../../../shared/domain/records';
import type { SessionInput } from '../../db';
import { useActorContext } from '../../session';
import type { GroupSigned, GroupSigning } from './group-signing';
import { createGroup, editGroup, editSession, markAttendance, saveGroupDraft, scheduleSession, signGroup, type GroupInput } from './session-actions';

export type { GroupInput } from './session-actions';

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

/** Writes of the sessions feature (session-actions.ts), bound to the signed-in user. */
export function useSessionActions(): SessionActions {
  const ctx = useActorContext();
  return useMemo(
    () =>
      ({
        createSession: (input) => scheduleSession(ctx, input),
        editSession: (id, input, fields) => editSession(ctx, id, input, fields),
        markAttendance: (input, clientName) => markAttendance(ctx, input, clientName),
        createGroup: (input) => createGroup(ctx, input),
        editGroup: (id, input) => editGroup(ctx, id, input),
        saveGroupDraft: (session, draft, sections) => saveGroupDraft(ctx, session, draft, sections),
        signGroup: (input) => signGroup(ctx, input),
      }) satisfies SessionActions,
    [ctx],
  );
}
