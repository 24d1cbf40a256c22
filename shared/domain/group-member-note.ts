import { ATTENDANCE_LABELS, ENGAGEMENT_ANCHORS, connectionSummary } from './attendance';
import { NO_RISK, escapeHtml, riskLevelLabel, htmlToText } from './notes';
import { MODALITY_LABELS, durationMinutes } from './sessions';
import type { Attendance, NoteRisk, NoteSection, Session } from './records';

/**
 * A group member's own signed note, composed at signing from the group session: what a chart audit needs to read it
 * alone (the group, topic, time, length and modality; the member's attendance and engagement; the group's shared
 * summary and plan; the member's own section; their risk only when the leader recorded one). It is built from the
 * member's own records and the shared sections only, so another member's name or text cannot reach it.
 */

export interface MemberNoteInput {
  readonly groupName: string;
  readonly session: Pick<Session, 'title' | 'startsAt' | 'endsAt' | 'modality'>;
  /** This member's attendance record of the session. */
  readonly attendance: Pick<Attendance, 'status' | 'engagement' | 'connectionProblems' | 'participationNote' | 'communicationNote' | 'regulationNote'>;
  /** The group note's shared sections (summary and plan). */
  readonly shared: readonly NoteSection[];
  /** This member's individual section (HTML). */
  readonly individualHtml: string;
  /** The risk the leader recorded for this member; null when none was recorded. */
  readonly risk: NoteRisk | null;
  /** The session's start as the signer reads it (date and time in their locale and zone). */
  readonly formatStart: (instant: string) => string;
}

export interface MemberNoteContent {
  readonly title: string;
  readonly sections: readonly NoteSection[];
  /** The recorded risk, or the empty default (then the note shows no risk line at all). */
  readonly risk: NoteRisk;
}

const item = (label: string, value: string) => `<li><strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}</li>`;

function sessionHtml(input: MemberNoteInput): string {
  const { session } = input;
  const topic = session.title.trim();
  return `<ul>${[
    item('Group', input.groupName),
    ...(topic ? [item('Topic', topic)] : []),
    item('Date and time', input.formatStart(session.startsAt)),
    item('Duration', `${String(durationMinutes(session))} minutes`),
    item('Modality', MODALITY_LABELS[session.modality]),
  ].join('')}</ul>`;
}

const ANCHORS: ReadonlyMap<number, string> = new Map(Object.entries(ENGAGEMENT_ANCHORS).map(([k, v]) => [Number(k), v]));

function engagementText(rating: number | null): string {
  if (rating === null) return 'not rated';
  const anchor = ANCHORS.get(rating);
  return anchor ? `${String(rating)} of 5 — ${anchor}` : `${String(rating)} of 5`;
}

function attendanceHtml(a: MemberNoteInput['attendance']): string {
  const engagement = engagementText(a.engagement);
  const observations: [string, string][] = [
    ['Participation', a.participationNote],
    ['Communication', a.communicationNote],
    ['Emotional regulation', a.regulationNote],
  ];
  return `<ul>${[
    item('Attendance', ATTENDANCE_LABELS[a.status]),
    item('Engagement', engagement),
    item('Connection problems', connectionSummary(a.connectionProblems)),
    ...observations.filter(([, text]) => text.trim() !== '').map(([label, text]) => item(label, text.trim())),
  ].join('')}</ul>`;
}

function riskHtml(risk: NoteRisk): string {
  const text = risk.text.trim();
  return `<p><strong>Risk level:</strong> ${escapeHtml(riskLevelLabel(risk.level))}</p>${text ? `<p>${escapeHtml(text)}</p>` : ''}`;
}

const sharedHtml = (shared: readonly NoteSection[], key: string) => shared.find((s) => s.key === key)?.html ?? '';

/** The member's note: title and sections in reading order; the risk section only when the leader recorded one. */
export function composeMemberNote(input: MemberNoteInput): MemberNoteContent {
  const topic = input.session.title.trim();
  const sections: NoteSection[] = [
    { key: 'session', heading: 'Group session', html: sessionHtml(input) },
    { key: 'attendance', heading: 'Attendance and engagement', html: attendanceHtml(input.attendance) },
    { key: 'summary', heading: 'Group summary', html: sharedHtml(input.shared, 'summary') },
    { key: 'plan', heading: 'Plan', html: sharedHtml(input.shared, 'plan') },
    { key: 'individual', heading: 'Individual participation', html: input.individualHtml },
    ...(input.risk ? [{ key: 'risk', heading: 'Risk', html: riskHtml(input.risk) }] : []),
  ];
  return { title: topic && topic !== input.groupName ? `${input.groupName} — ${topic}` : input.groupName, sections, risk: input.risk ?? NO_RISK };
}

/** The member's own section of a signed member note ('' when absent); notes signed before composition hold only it. */
export function individualSectionHtml(sections: readonly NoteSection[]): string {
  return (sections.find((s) => s.key === 'individual') ?? sections[0])?.html ?? '';
}

/** A roster member and the names the shared text must not carry (first, last and preferred name). */
export interface NamedMember {
  readonly id: string;
  readonly names: readonly string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Ids of the members whose name appears, as a whole word and capitalised as written, in the shared sections: those
 * go into every member's note, so a name there would reach other clients' charts.
 */
export function membersNamedIn(shared: readonly NoteSection[], members: readonly NamedMember[]): string[] {
  const text = shared.map((s) => htmlToText(s.html)).join('\n');
  return members
    .filter((m) => m.names.some((name) => name.trim() !== '' && new RegExp(`(^|[^\\p{L}])${escapeRegExp(name.trim())}($|[^\\p{L}])`, 'u').test(text)))
    .map((m) => m.id);
}
