import { NO_RISK, emptySections, escapeHtml, htmlToText, isGroupNote } from '../../../shared/domain/notes';
import { RISK_LEVELS, type Attendance, type Group, type Note, type NoteRisk, type NoteSection } from '../../../shared/domain/records';
import type { Client } from '../../../shared/domain/client';
import { membersNamedIn, type NamedMember } from '../../../shared/domain/group-member-note';
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

const RISK_PREFIX = 'risk:';

/**
 * The section key of the risk the leader recorded for one member. Kept in the draft's sections so autosave, the
 * crash-recovery copy and conflict copies carry it like the text: the level in `heading`, the assessment in `html`.
 */
export function memberRiskKey(clientId: string): string {
  return `${RISK_PREFIX}${clientId}`;
}

const isRiskLevel = (v: string): v is NoteRisk['level'] => (RISK_LEVELS as readonly string[]).includes(v);
// The exact inverse of escapeHtml, so the assessment comes back as typed (line breaks included).
const unescapeHtml = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

/** The risk recorded for a member in the draft; null when the leader recorded none. */
export function memberRisk(sections: readonly NoteSection[], clientId: string): NoteRisk | null {
  const s = sections.find((x) => x.key === memberRiskKey(clientId));
  return s && isRiskLevel(s.heading) ? { level: s.heading, text: unescapeHtml(s.html) } : null;
}

/** The draft's sections with a member's recorded risk set, or removed (null: not assessed in this session). */
export function withMemberRisk(sections: readonly NoteSection[], clientId: string, risk: NoteRisk | null): NoteSection[] {
  const rest = sections.filter((s) => s.key !== memberRiskKey(clientId));
  return risk ? [...rest, { key: memberRiskKey(clientId), heading: risk.level, html: escapeHtml(risk.text) }] : rest;
}

/** The draft's sections with one section (shared or a member's) set to html. */
export function withSection(sections: readonly NoteSection[], key: string, html: string): NoteSection[] {
  const heading = key.startsWith(MEMBER_PREFIX) ? MEMBER_HEADING : (emptySections('group').find((s) => s.key === key)?.heading ?? key);
  const rest = sections.filter((s) => s.key !== key);
  return [...rest, { key, heading, html }];
}

/** The group draft of a session among its notes: the 'group' note with no client. */
export function groupDraftOf(notes: readonly Note[]): Note | null {
  return notes.find((n) => n.kind === 'note' && isGroupNote(n) && n.status !== 'discarded') ?? null;
}

/** Each roster member's first, last and preferred name (none for a client not on this laptop). */
export function rosterNames(memberIds: readonly string[], clients: readonly Pick<Client, 'id' | 'firstName' | 'lastName' | 'preferredName'>[]): NamedMember[] {
  return memberIds.map((id) => {
    const c = clients.find((x) => x.id === id);
    return { id, names: c ? [c.firstName, c.lastName, c.preferredName] : [] };
  });
}

/** Why the group session cannot be signed yet ('' when it can). */
export function groupSignBlocker(
  group: Pick<Group, 'memberIds'>,
  attendance: readonly Pick<Attendance, 'clientId' | 'status'>[],
  sections: readonly NoteSection[],
  nameOf: (clientId: string) => string,
  roster: readonly NamedMember[] = [],
): string {
  const unmarked = group.memberIds.filter((id) => !attendance.some((a) => a.clientId === id));
  if (unmarked.length > 0) return `Mark attendance for every member first: ${unmarked.map(nameOf).join(', ')} not marked yet.`;
  if (sharedSections(sections).every((s) => htmlToText(s.html) === '')) return 'Write the group summary before signing.';
  const named = membersNamedIn(sharedSections(sections), roster);
  if (named.length > 0) {
    return `The group summary or plan names ${named.map(nameOf).join(', ')}. Every member’s note carries those parts, so write them without names; names belong in the individual sections.`;
  }
  const present = presentMembers(group, attendance);
  const missing = present.filter((id) => htmlToText(memberHtml(sections, id)) === '');
  if (missing.length > 0) return `Write an individual section for every member who attended: ${missing.map(nameOf).join(', ')} has none yet.`;
  const stray = group.memberIds.filter((id) => !present.includes(id) && htmlToText(memberHtml(sections, id)) !== '');
  if (stray.length > 0) {
    return `${stray.map(nameOf).join(', ')} did not attend but has an individual section; clear it or correct the attendance.`;
  }
  const strayRisk = group.memberIds.filter((id) => !present.includes(id) && memberRisk(sections, id) !== null);
  if (strayRisk.length > 0) {
    return `${strayRisk.map(nameOf).join(', ')} did not attend but has a risk level recorded; set it to “Not assessed” or correct the attendance.`;
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
