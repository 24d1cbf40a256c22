import { createDraft, getNote, saveDraft, signNote, updateSession, appendAudit, type WaypointDatabase, type WriteContext } from '../../db';
import { composeMemberNote, type NamedMember } from '../../../shared/domain/group-member-note';
import type { Attendance, Group, Note, Session } from '../../../shared/domain/records';
import { groupSignBlocker, memberHtml, memberRisk, presentMembers, sharedSections } from './group-note';
import { signerFor } from '../../signing/signing-session';

export interface GroupSigning {
  readonly session: Session;
  readonly group: Group;
  readonly attendance: readonly Attendance[];
  readonly draft: Note;
  readonly nameOf: (clientId: string) => string;
  /** Each member's names, which the shared sections (copied into every member's note) must not carry. */
  readonly roster: readonly NamedMember[];
}

export interface GroupSigned {
  readonly groupNote: Note;
  readonly memberNotes: readonly Note[];
}

/**
 * The fixed id of a member's note of a group session, so a retried signing never writes a second one; cut to the
 * 64-character key length like attendance ids (25 characters of a random client UUID are unique within a roster).
 */
export function memberNoteId(sessionId: string, clientId: string): string {
  return `${sessionId}.n.${clientId}`.slice(0, 64);
}

// The session's start as the signer reads it, frozen into the signed member note.
const startFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

async function signMemberNote(db: WaypointDatabase, s: GroupSigning, clientId: string, ctx: WriteContext): Promise<Note> {
  const id = memberNoteId(s.session.id, clientId);
  const existing = await getNote(db, id);
  if (existing?.status === 'signed') return existing;
  const attendance = s.attendance.find((a) => a.clientId === clientId);
  if (!attendance) throw new Error(`The attendance of ${s.nameOf(clientId)} is not recorded; mark it before signing.`);
  const { title, sections, risk } = composeMemberNote({
    groupName: s.group.name,
    session: s.session,
    attendance,
    shared: sharedSections(s.draft.sections),
    individualHtml: memberHtml(s.draft.sections, clientId),
    risk: memberRisk(s.draft.sections, clientId),
    formatStart: (instant) => startFormat.format(new Date(instant)),
  });
  if (!existing) await createDraft(db, { clientId, sessionId: s.session.id, templateId: 'group-member', title, sections }, { ...ctx, id });
  await saveDraft(db, id, { title, sections, risk }, ctx);
  const signed = await signNote(db, id, ctx, signerFor(ctx.authorId) ?? undefined);
  await appendAudit(
    db,
    { action: 'sign', entity: 'note', entityId: id, actorId: ctx.authorId, detail: `Group member note of session ${s.session.id}` },
    { now: ctx.now },
  );
  return signed;
}

/**
 * Signs a group session: one signed 'group-member' note per present member (the session's context, the shared
 * sections and their own section and risk only; composeMemberNote), then the
 * shared group note stripped of every member's section, then marks the session held. Attendance is already stored
 * per member. Safe to retry after a failure part-way: member notes have fixed ids and signed ones are kept.
 */
export async function signGroupSession(db: WaypointDatabase, s: GroupSigning, ctx: WriteContext): Promise<GroupSigned> {
  const blocker = groupSignBlocker(s.group, s.attendance, s.draft.sections, s.nameOf, s.roster);
  if (blocker) throw new Error(blocker);
  const memberNotes: Note[] = [];
  for (const clientId of presentMembers(s.group, s.attendance)) memberNotes.push(await signMemberNote(db, s, clientId, ctx));
  await saveDraft(db, s.draft.id, { sections: sharedSections(s.draft.sections) }, ctx);
  const groupNote = await signNote(db, s.draft.id, ctx, signerFor(ctx.authorId) ?? undefined);
  await updateSession(db, s.session.id, { status: 'held' }, ctx);
  const detail = `Group session signed: ${s.attendance.length} attendance records, ${memberNotes.length} member notes`;
  await appendAudit(db, { action: 'sign', entity: 'session', entityId: s.session.id, actorId: ctx.authorId, detail }, { now: ctx.now });
  return { groupNote, memberNotes };
}
