import { NO_RISK, emptySections, htmlToText } from '../../../shared/domain/notes';
import type { Attendance, Group, Note, NoteSection } from '../../../shared/domain/records';
import { attended } from '../../../shared/domain/attendance';
import type { DraftContent } from '../notes';

/**
 * The group session's one autosaved draft (template 'group', clientId '') holds the shared sections and, until
 * signing, each member's individual section under the key "member:<clientId>". Signing splits it: the shared
 * sections stay in the group note, each present member's section becomes that member's own 'group-member' note.
 */

const MEMBER_PREFIX = 'member:';
export const MEMBER_HEADING = 'Individual participation';

/** The section key of one member's individual section inside the group draft. */
export function memberKey(clientId: string): string {
  return `${MEMBER_PREFIX}${clientId}`;
}

/** The shared sections of a group draft, in template order (empty ones when the draft is new). */
export function sharedSections(sections: readonly NoteSection[]): NoteSection[] {
  return emptySections('group').map((s) => ({ ...s, html: sections.find((o) => o.key === s.key)?.html ?? '' }));
}

/** A member's individual section text (HTML) inside the draft, '' when none. */
export function memberHtml(sections: readonly NoteSection[], clientId: string): string {
  return sections.find((s) => s.key === memberKey(clientId))?.html ?? '';
}

/** The draft's sections with one section (shared or a member's) set to html. */
export function withSection(sections: readonly NoteSection[], key: string, html: string): NoteSection[] {
  const heading = key.startsWith(MEMBER_PREFIX) ? MEMBER_HEADING : (emptySections('group').find((s) => s.key === key)?.heading ?? key);
  const rest = sections.filter((s) => s.key !== key);
  return [...rest, { key, heading, html }];
}

/** The group draft of a session among its notes: the 'group' note with no client. */
export function groupDraftOf(notes: readonly Note[]): Note | null {
  return notes.find((n) => n.kind === 'note' && n.templateId === 'group' && n.clientId === '') ?? null;
}

/** Why the group session cannot be signed yet ('' when it can). */
export function groupSignBlocker(
  group: Pick<Group, 'memberIds'>,
  attendance: readonly Pick<Attendance, 'clientId' | 'status'>[],
  sections: readonly NoteSection[],
  nameOf: (clientId: string) => string,
): string {
  const unmarked = group.memberIds.filter((id) => !attendance.some((a) => a.clientId === id));
  if (unmarked.length > 0) return `Mark attendance for every member first: ${unmarked.map(nameOf).join(', ')} not marked yet.`;
  if (sharedSections(sections).every((s) => htmlToText(s.html) === '')) return 'Write the group summary before signing.';
  const present = presentMembers(group, attendance);
  const missing = present.filter((id) => htmlToText(memberHtml(sections, id)) === '');
  if (missing.length > 0) return `Write an individual section for every member who attended: ${missing.map(nameOf).join(', ')} has none yet.`;
  const stray = group.memberIds.filter((id) => !present.includes(id) && htmlToText(memberHtml(sections, id)) !== '');
  if (stray.length > 0) {
    return `${stray.map(nameOf).join(', ')} did not attend but has an individual section; clear it or correct the attendance.`;
  }
  return '';
}

/** Members who attended (present, late or left early), in roster order. */
export function presentMembers(group: Pick<Group, 'memberIds'>, attendance: readonly Pick<Attendance, 'clientId' | 'status'>[]): string[] {
  return group.memberIds.filter((id) => attendance.some((a) => a.clientId === id && attended(a.status)));
}

/** A group note's sections in the shape the notes' crash-recovery copy stores (title, risk and interventions unused). */
export function groupRecoveryContent(sections: readonly NoteSection[]): DraftContent {
  return { title: '', templateId: 'group', sections, risk: NO_RISK, interventions: [] };
}

/** The sections to restore from a recovery copy; null when the copy is not a group note's (then it is ignored). */
export function sectionsFromRecovery(content: DraftContent): readonly NoteSection[] | null {
  return content.templateId === 'group' ? content.sections : null;
}
