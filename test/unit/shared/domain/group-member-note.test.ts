import { describe, expect, it } from 'vitest';
import { composeMemberNote, individualSectionHtml, membersNamedIn, type MemberNoteInput } from '../../../../shared/domain/group-member-note';
import { htmlToText } from '../../../../shared/domain/notes';
import type { NoteSection } from '../../../../shared/domain/records';
import {
  groupSignBlocker,
  memberHtml,
  memberKey,
  memberRisk,
  rosterNames,
  withMemberRisk,
  withSection,
} from '../../../../renderer/features/sessions/group-note';

// A draft as the leader leaves it: shared parts, two members' sections, a risk recorded for Brooks only.
let draft: NoteSection[] = withSection([], 'summary', '<p>TIPP skills and paced breathing.</p>');
draft = withSection(draft, 'plan', '<p>One TIPP skill a day.</p>');
draft = withSection(draft, memberKey('ash'), '<p>Ashby named one urge.</p>');
draft = withSection(draft, memberKey('bro'), '<p>Brooks left to take a call.</p>');
draft = withMemberRisk(draft, 'bro', { level: 'moderate', text: 'Passive thoughts <since Monday>; safety plan reviewed.' });

const clients = [
  { id: 'ash', firstName: 'Sam', lastName: 'Ashby', preferredName: '' },
  { id: 'bro', firstName: 'Robin', lastName: 'Brooks', preferredName: 'Rob' },
];

const base = (clientId: string): MemberNoteInput => ({
  groupName: 'Distress tolerance',
  session: { title: 'TIPP skills', startsAt: '2026-11-20T15:00:00.000Z', endsAt: '2026-11-20T16:30:00.000Z', modality: 'video' },
  attendance: { status: 'late', engagement: 4, connectionProblems: ['audio'], participationNote: '', communicationNote: 'Spoke once.', regulationNote: '' },
  shared: draft.filter((s) => s.key === 'summary' || s.key === 'plan'),
  individualHtml: memberHtml(draft, clientId),
  risk: memberRisk(draft, clientId),
  formatStart: (iso) => `START(${iso})`,
});

const text = (sections: readonly NoteSection[], key: string) => htmlToText(sections.find((s) => s.key === key)?.html ?? '');

describe('composeMemberNote', () => {
  const ashby = composeMemberNote(base('ash'));

  it.each([
    ['session', 'Group: Distress tolerance Topic: TIPP skills Date and time: START(2026-11-20T15:00:00.000Z) Duration: 90 minutes Modality: Video'],
    ['attendance', 'Attendance: Late Engagement: 4 of 5 — Engaged, contributes on their own Connection problems: Audio Communication: Spoke once.'],
    ['summary', 'TIPP skills and paced breathing.'],
    ['plan', 'One TIPP skill a day.'],
    ['individual', 'Ashby named one urge.'],
  ])('carries the %s section', (key, expected) => {
    expect(text(ashby.sections, key)).toBe(expected);
  });

  it('is titled by the group and topic, in reading order', () => {
    expect(ashby.title).toBe('Distress tolerance — TIPP skills');
    expect(ashby.sections.map((s) => s.heading)).toEqual(['Group session', 'Attendance and engagement', 'Group summary', 'Plan', 'Individual participation']);
    expect(composeMemberNote({ ...base('ash'), session: { ...base('ash').session, title: ' ' } }).title).toBe('Distress tolerance');
  });

  it('holds no other member’s name or text', () => {
    const all = JSON.stringify(ashby);
    for (const word of ['Brooks', 'Robin', 'Rob', 'left to take a call', 'Passive thoughts', 'moderate']) expect(all).not.toContain(word);
  });

  it('records risk only when the leader recorded one, and never invents “none”', () => {
    expect(ashby.risk).toEqual({ level: 'none', text: '' });
    expect(ashby.sections.some((s) => s.key === 'risk' || /risk/i.test(s.html))).toBe(false);
    const brooks = composeMemberNote(base('bro'));
    expect(brooks.risk).toEqual({ level: 'moderate', text: 'Passive thoughts <since Monday>; safety plan reviewed.' });
    expect(brooks.sections.find((s) => s.key === 'risk')?.html).toBe(
      '<p><strong>Risk level:</strong> Moderate</p><p>Passive thoughts &lt;since Monday&gt;; safety plan reviewed.</p>',
    );
    const assessedNone = composeMemberNote({ ...base('ash'), risk: { level: 'none', text: '' } });
    expect(text(assessedNone.sections, 'risk')).toBe('Risk level: None identified');
  });

  it('escapes what a person typed into the context (group name, topic, observations)', () => {
    const odd = composeMemberNote({
      ...base('ash'),
      groupName: 'A <b>& B',
      attendance: { ...base('ash').attendance, engagement: null, connectionProblems: [] },
    });
    expect(odd.sections[0]?.html).toContain('A &lt;b&gt;&amp; B');
    expect(text(odd.sections, 'attendance')).toContain('Engagement: not rated Connection problems: None');
  });

  it('reads the own section of a composed note and of one signed before composition', () => {
    expect(htmlToText(individualSectionHtml(ashby.sections))).toBe('Ashby named one urge.');
    expect(individualSectionHtml([{ key: 'individual', heading: 'Individual participation', html: '<p>old</p>' }])).toBe('<p>old</p>');
  });
});

describe('names in the shared parts', () => {
  const roster = rosterNames(['ash', 'bro', 'gone'], clients);
  it.each<[string, string, string[]]>([
    ['no names', '<p>The group practised together.</p>', []],
    ['a last name', '<p>Brooks shared first.</p>', ['bro']],
    ['a preferred name', '<p>Thanks to Rob, we started on time.</p>', ['bro']],
    ['a first name mid-sentence', '<p>Then Sam read the handout.</p>', ['ash']],
    ['a name inside a longer word', '<p>Samples of skills; robin redbreast.</p>', []],
  ])('%s', (_, html, ids) => {
    expect(membersNamedIn([{ key: 'summary', heading: 'Group summary', html }], roster)).toEqual(ids);
  });

  it('blocks signing while the summary or plan names a member', () => {
    const attendance = [
      { clientId: 'ash', status: 'present' as const },
      { clientId: 'bro', status: 'present' as const },
    ];
    const named = withSection(draft, 'plan', '<p>Sam leads next week.</p>');
    const names = rosterNames(['ash', 'bro'], clients);
    expect(groupSignBlocker({ memberIds: ['ash', 'bro'] }, attendance, named, (id) => id.toUpperCase(), names)).toMatch(
      /^The group summary or plan names ASH\./,
    );
    expect(groupSignBlocker({ memberIds: ['ash', 'bro'] }, attendance, draft, (id) => id.toUpperCase(), names)).toBe('');
  });

  it('blocks signing while an absent member has a risk level recorded', () => {
    const attendance = [
      { clientId: 'ash', status: 'present' as const },
      { clientId: 'bro', status: 'absent-excused' as const },
    ];
    const noText = withSection(draft, memberKey('bro'), '');
    expect(groupSignBlocker({ memberIds: ['ash', 'bro'] }, attendance, noText, (id) => id.toUpperCase())).toMatch(
      /^BRO did not attend but has a risk level recorded/,
    );
  });
});

describe('a member’s risk in the draft', () => {
  it('round-trips the level and the text as typed, and is removed by “not assessed”', () => {
    const risk = { level: 'high' as const, text: 'Plan & intent\nsafety "call" made' };
    const with1 = withMemberRisk([], 'a', risk);
    expect(memberRisk(with1, 'a')).toEqual(risk);
    expect(memberRisk(with1, 'b')).toBeNull();
    expect(withMemberRisk(with1, 'a', null)).toEqual([]);
    expect(memberRisk([{ key: 'risk:a', heading: 'unknown', html: '' }], 'a')).toBeNull();
  });
});
