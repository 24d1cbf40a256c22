import { useMemo } from 'react';
import type { Attendance, Group, Note, NoteSection, RecordInput, Session } from '../../../shared/domain/records';
import type { SessionInput } from '../../db';
import { useActorContext } from '../../session';
import type { GroupSigned, GroupSigning } from './group-signing';
import { createGroup, editGroup, editSession, markAttendance, saveGroupDraft, scheduleSession, signGroup, type GroupInput } from './session-actions';

export type { GroupInput } from './session-actions';

export interface SessionActions {
  readonly createSession: (input: SessionInput) => Promise<Session>;
  /** `opened`: the version a form opened with (another stored since is kept as a conflict copy). */
  readonly editSession: (id: string, input: Partial<SessionInput>, fields: readonly string[], opened?: Session) => Promise<Session>;
  readonly markAttendance: (input: RecordInput<Attendance>, clientName: string) => Promise<Attendance>;
  readonly createGroup: (input: GroupInput) => Promise<Group>;
  readonly editGroup: (id: string, input: GroupInput, opened?: Group) => Promise<Group>;
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
        editSession: (id, input, fields, opened) => editSession(ctx, id, input, fields, opened),
        markAttendance: (input, clientName) => markAttendance(ctx, input, clientName),
        createGroup: (input) => createGroup(ctx, input),
        editGroup: (id, input, opened) => editGroup(ctx, id, input, opened),
        saveGroupDraft: (session, draft, sections) => saveGroupDraft(ctx, session, draft, sections),
        signGroup: (input) => signGroup(ctx, input),
      }) satisfies SessionActions,
    [ctx],
  );
}
