import { describe, expect, it } from 'vitest';
import {
  groupDraftOf,
  groupRecoveryContent,
  groupSignBlocker,
  memberHtml,
  memberKey,
  presentMembers,
  sectionsFromRecovery,
  sharedSections,
  withSection,
} from '../../../renderer/features/sessions/group-note';
import { prepareRecoveryWriter, readRecovery } from '../../../renderer/features/notes/draft-recovery';
import { rowOf, rowToInput } from '../../../renderer/features/sessions/components/attendance-row';
import type { Attendance, Note } from '../../../shared/domain/records';

const group = { memberIds: ['a', 'b', 'c'] };
const mark = (clientId: string, status: Attendance['status']) => ({ clientId, status });
const name = (id: string) => id.toUpperCase();
const summary = withSection([], 'summary', '<p>Skills</p>');

describe('group draft sections', () => {
  it('keeps shared sections in template order and member sections by key', () => {
    const s = withSection(withSection(summary, memberKey('a'), '<p>A</p>'), 'plan', '<p>Next week</p>');
    expect(sharedSections(s).map((x) => [x.key, x.html])).toEqual([
      ['summary', '<p>Skills</p>'],
      ['plan', '<p>Next week</p>'],
    ]);
    expect(memberHtml(s, 'a')).toBe('<p>A</p>');
    expect(memberHtml(s, 'b')).toBe('');
    expect(withSection(s, memberKey('a'), '<p>A2</p>').filter((x) => x.key === memberKey('a'))).toEqual([
      { key: 'member:a', heading: 'Individual participation', html: '<p>A2</p>' },
    ]);
  });

  it('finds the group draft among a session’s notes, never a member’s note', () => {
    const note = (templateId: string, clientId: string) => ({ kind: 'note', templateId, clientId }) as Note;
    expect(groupDraftOf([note('group-member', 'a'), note('group', '')])?.templateId).toBe('group');
    expect(groupDraftOf([note('group-member', 'a')])).toBeNull();
  });
});

describe('groupSignBlocker', () => {
  const all = [mark('a', 'present'), mark('b', 'late'), mark('c', 'absent-unexcused')];
  const written = withSection(withSection(summary, memberKey('a'), '<p>A</p>'), memberKey('b'), '<p>B</p>');
  it.each<[string, Parameters<typeof groupSignBlocker>[1], Parameters<typeof groupSignBlocker>[2], string]>([
    ['unmarked member', all.slice(0, 2), written, 'Mark attendance for every member first: C not marked yet.'],
    ['no summary', all, withSection(written, 'summary', ''), 'Write the group summary before signing.'],
    [
      'present member without section',
      all,
      withSection(written, memberKey('b'), '<p> </p>'),
      'Write an individual section for every member who attended: B has none yet.',
    ],
    [
      'absent member with a section',
      all,
      withSection(written, memberKey('c'), '<p>C</p>'),
      'C did not attend but has an individual section; clear it or correct the attendance.',
    ],
    ['ready', all, written, ''],
  ])('%s', (_, attendance, sections, message) => {
    expect(groupSignBlocker(group, attendance, sections, name)).toBe(message);
  });

  it('counts late and left-early as present, in roster order', () => {
    expect(presentMembers(group, [mark('c', 'left-early'), mark('a', 'late'), mark('b', 'absent-excused')])).toEqual(['a', 'c']);
  });
});

describe('attendance rows', () => {
  it('stores nothing while unmarked and drops the rating of an absence', () => {
    const blank = rowOf(undefined);
    expect(rowToInput(blank, 's', 'a', 'T')).toBeNull();
    expect(rowToInput({ ...blank, status: 'absent-excused', engagement: '4' }, 's', 'a', 'T')).toMatchObject({ status: 'absent-excused', engagement: null });
    expect(rowToInput({ ...blank, status: 'late', engagement: '4', communicationNote: '  quiet  ' }, 's', 'a', 'T')).toMatchObject({
      engagement: 4,
      communicationNote: 'quiet',
      sessionAt: 'T',
    });
  });
});

describe('fixed ids', () => {
  it('fit the 64-character key and differ per member', async () => {
    const { attendanceId } = await import('../../../renderer/db/collections/attendance.collection');
    const { memberNoteId } = await import('../../../renderer/features/sessions/group-signing');
    const s = '9325adff-e5b6-4857-bacf-b1a7a87f343e';
    const [a, b] = ['6c088135-f663-43aa-a117-9395be01f983', '6c088135-f663-43aa-a117-000000000000'];
    for (const f of [attendanceId, memberNoteId]) {
      expect(f(s, a).length).toBeLessThanOrEqual(64);
      expect(f(s, 'c1')).toContain('c1');
    }
    expect(attendanceId(s, a)).not.toBe(attendanceId(s, '7c088135-f663-43aa-a117-9395be01f983'));
    expect(memberNoteId(s, b)).not.toBe(memberNoteId(s, '6c088135-f663-43aa-a118-9395be01f983'));
  });
});

describe('group draft crash-recovery copy', () => {
  const storage = () => {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => {
        items.set(k, v);
      },
      removeItem: (k: string) => {
        items.delete(k);
      },
      items,
    };
  };
  const key = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));

  it('goes through the notes’ encrypted copy and comes back as the same shared and member sections', async () => {
    const sections = withSection(summary, memberKey('a'), '<p>Shared a coping plan</p>');
    const store = storage();
    const writer = await prepareRecoveryWriter('g1', key, store);
    expect(writer?.write(groupRecoveryContent(sections), new Date('2026-11-27T10:00:00Z'))).toBe(true);
    expect([...store.items.values()].join()).not.toContain('coping');
    const found = await readRecovery('g1', key, store);
    expect(found && sectionsFromRecovery(found.content)).toEqual(sections);
  });

  it('ignores a copy that is not a group note’s', () => {
    expect(sectionsFromRecovery({ ...groupRecoveryContent(summary), templateId: 'soap' })).toBeNull();
  });
});
