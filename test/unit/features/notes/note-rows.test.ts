import { describe, expect, it } from 'vitest';
import { clientNoteRows, pendingRows } from '../../../../renderer/features/notes/note-rows';
import type { Client } from '../../../../shared/domain/client';
import type { Note } from '../../../../shared/domain/records';
import type { Staff } from '../../../../shared/domain/staff';

const note = (id: string, over: Partial<Note> = {}): Note => ({
  id,
  kind: 'note',
  status: 'draft',
  clientId: 'c1',
  sessionId: '',
  parentId: '',
  templateId: 'soap',
  cosignerId: '',
  signedAt: null,
  authorId: 't1',
  createdAt: '2026-11-26T09:00:00.000Z',
  updatedAt: '2026-11-26T09:00:00.000Z',
  title: '',
  sections: [],
  ...over,
});
const staff = [{ id: 't1', name: 'Tess Therapist' }] as unknown as readonly Staff[];
const clients = [{ id: 'c1', firstName: 'Jordan', lastName: 'Notewell', preferredName: '' }] as unknown as readonly Client[];

describe('client note rows', () => {
  it('lists notes newest first with state and addendum count, never addenda or co-signs as rows', () => {
    const signed = note('n1', { status: 'signed', signedAt: '2026-11-20T10:00:00.000Z', createdAt: '2026-11-20T09:00:00.000Z', cosignRequired: true });
    const rows = clientNoteRows(
      [
        signed,
        note('n2', { templateId: 'dap', title: 'Family call', authorId: 'gone' }),
        note('a1', { kind: 'addendum', status: 'signed', parentId: 'n1' }),
        note('a2', { kind: 'addendum', status: 'signed', parentId: 'n1' }),
      ],
      staff,
    );
    expect(rows.map((r) => [r.id, r.template, r.title, r.author, r.state, r.addenda])).toEqual([
      ['n2', 'DAP', 'Family call', 'Unknown staff member', 'draft', 0],
      ['n1', 'SOAP', '', 'Tess Therapist', 'awaiting-cosign', 2],
    ]);
    expect(clientNoteRows([signed, note('x', { kind: 'cosign', status: 'signed', parentId: 'n1' })], staff)[0]?.state).toBe('cosigned');
  });

  it('names notes without doubling “note” and leaves discarded drafts out', () => {
    const rows = clientNoteRows(
      [note('p', { templateId: 'progress' }), note('m', { templateId: 'group-member' }), note('s'), note('gone', { status: 'discarded' })],
      staff,
    );
    expect(rows.map((r) => [r.id, r.name])).toEqual([
      ['p', 'Progress note'],
      ['m', 'Group member note'],
      ['s', 'SOAP note'],
    ]);
  });
});

describe('pending rows', () => {
  const now = new Date('2026-11-27T10:00:00.000Z');
  it('ages drafts from their start and signed notes from their signing, oldest first, flagging over 24 h', () => {
    const rows = pendingRows(
      [
        note('d1', { createdAt: '2026-11-27T08:00:00.000Z' }),
        note('s1', { status: 'signed', createdAt: '2026-11-20T08:00:00.000Z', signedAt: '2026-11-26T06:00:00.000Z' }),
        note('d2', { clientId: 'nobody', createdAt: '2026-11-25T09:00:00.000Z' }),
      ],
      { clients, staff, groupBySession: new Map() },
      now,
    );
    expect(rows.map((r) => [r.id, r.client, r.ageHours, r.overdue])).toEqual([
      ['d2', 'Unknown client', 49, true],
      ['s1', expect.stringContaining('Notewell'), 28, true],
      ['d1', expect.stringContaining('Notewell'), 2, false],
    ]);
  });
});

describe('a group session’s shared note among pending rows', () => {
  const now = new Date('2026-11-27T10:00:00.000Z');
  const subjects = { clients, staff, groupBySession: new Map([['s9', 'Distress tolerance']]) };
  it('is named by its group, called “Group note” and opened on its session’s page', () => {
    const [row] = pendingRows([note('g1', { clientId: '', sessionId: 's9', templateId: 'group' })], subjects, now);
    expect(row).toMatchObject({ client: 'Group: Distress tolerance', template: 'Group note', href: '/sessions/s9' });
    const [member] = pendingRows([note('m1', { sessionId: 's9', templateId: 'group-member' })], subjects, now);
    expect(member).toMatchObject({ client: 'Notewell, Jordan', template: 'Group member note', href: '/notes/m1' });
  });

  it('ages a discarded draft from when it was discarded', () => {
    const [row] = pendingRows([note('x', { status: 'discarded', updatedAt: '2026-11-27T07:00:00.000Z' })], subjects, now);
    expect(row).toMatchObject({ since: '2026-11-27T07:00:00.000Z', ageHours: 3, template: 'SOAP note' });
  });
});
