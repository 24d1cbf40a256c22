import { describe, expect, it } from 'vitest';
import {
  NOTE_TEMPLATES,
  asksRiskAndInterventions,
  awaitsCosign,
  canCosign,
  canDiscardNote,
  hasDraftContent,
  noteLabel,
  canEditNote,
  emptySections,
  formatAge,
  htmlToText,
  isUnsignedOverdue,
  noteState,
  retemplate,
  signBlocker,
  RISK_REQUIRED,
  UNASSESSED_RISK,
  riskLevelLabel,
  unsignedAgeHours,
} from '../../../../shared/domain/notes';
import { lockedChangeRefusal, noteContentHash, verifyNoteHash } from '../../../../shared/domain/note-integrity';
import type { Note } from '../../../../shared/domain/records';

const note = (over: Partial<Note> = {}): Note => ({
  id: 'n1',
  kind: 'note',
  status: 'draft',
  clientId: 'c1',
  sessionId: '',
  parentId: '',
  templateId: 'soap',
  cosignerId: '',
  signedAt: null,
  authorId: 'a',
  createdAt: '2026-11-26T09:00:00.000Z',
  updatedAt: '2026-11-26T09:00:00.000Z',
  title: 'Session',
  sections: [{ key: 'subjective', heading: 'Subjective', html: '<p>Slept badly</p>' }],
  ...over,
});

describe('templates', () => {
  it.each([
    ['soap', ['subjective', 'objective', 'assessment', 'plan']],
    ['dap', ['data', 'assessment', 'plan']],
    ['birp', ['behavior', 'intervention', 'response', 'plan']],
    ['progress', ['progress']],
    ['group', ['summary', 'plan']],
    ['group-member', ['individual']],
    ['medication-visit', ['visit']],
  ] as const)('%s has sections %j', (id, keys) => {
    expect(NOTE_TEMPLATES[id].sections.map((s) => s.key)).toEqual(keys);
    expect(emptySections(id).every((s) => s.html === '' && s.heading !== '')).toBe(true);
  });

  it('switching template keeps matching sections and carries the rest into the last section', () => {
    const soap = [
      { key: 'subjective', heading: 'Subjective', html: '<p>Reports panic</p>' },
      { key: 'objective', heading: 'Objective', html: '' },
      { key: 'assessment', heading: 'Assessment', html: '<p>Improving</p>' },
      { key: 'plan', heading: 'Plan', html: '<p>Grounding daily</p>' },
    ];
    const dap = retemplate(soap, 'dap');
    expect(dap.map((s) => s.key)).toEqual(['data', 'assessment', 'plan']);
    expect(dap[0]?.html).toBe('');
    expect(dap[1]?.html).toBe('<p>Improving</p>');
    expect(dap[2]?.html).toBe('<p>Grounding daily</p><p><strong>Subjective</strong></p><p>Reports panic</p>');
  });
});

describe('html text', () => {
  it.each([
    ['<p></p>', ''],
    ['<p>a</p><p>b</p>', 'a b'],
    ['<ul><li>one</li><li>two</li></ul>', 'one two'],
    ['<p>&nbsp;</p>', ''],
  ])('%s → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('content hash', () => {
  it('is a stable SHA-256 over the content, independent of bookkeeping fields and intervention order', async () => {
    const a = await noteContentHash(note({ interventions: ['cbt', 'grounding'], updatedAt: 'x' }));
    const b = await noteContentHash(note({ interventions: ['grounding', 'cbt'] }));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).toBe(b);
  });
  it('changes when any word changes', async () => {
    const changed = note({ sections: [{ key: 'subjective', heading: 'Subjective', html: '<p>Slept well</p>' }] });
    expect(await noteContentHash(changed)).not.toBe(await noteContentHash(note()));
  });
  it('verifies a signed note against its stored hash', async () => {
    const signed = note({ status: 'signed', contentHash: await noteContentHash(note()) });
    expect(await verifyNoteHash(signed)).toBe(true);
    expect(await verifyNoteHash({ ...signed, title: 'Edited' })).toBe(false);
  });
});

describe('lifecycle rules', () => {
  it.each([
    [note(), 'a', true],
    [note(), 'b', false],
    [note({ status: 'signed' }), 'a', false],
    [note({ kind: 'addendum', status: 'signed' }), 'a', false],
  ])('can edit %#', (n, actor, expected) => {
    expect(canEditNote(n, actor)).toBe(expected);
  });

  it.each([
    [note(), 'a', ''],
    [note(), 'b', 'Only the note’s author can sign it.'],
    [note({ status: 'signed' }), 'a', 'This note is already signed.'],
    [note({ sections: [{ key: 's', heading: 'S', html: '<p></p>' }] }), 'a', 'Write at least one section before signing.'],
  ])('sign blocker %#', (n, actor, expected) => {
    expect(signBlocker(n, actor)).toBe(expected);
  });

  // Issue 12 item 6: with an open safety alert the risk level is required; a new draft starts with none chosen.
  it.each([
    ['no level chosen, alert open', note({ risk: UNASSESSED_RISK }), true, RISK_REQUIRED],
    ['no level chosen, no alert', note({ risk: UNASSESSED_RISK }), false, ''],
    ['"None identified" chosen, alert open', note({ risk: { level: 'none', text: '' } }), true, ''],
    ['"High" chosen, alert open', note({ risk: { level: 'high', text: 'plan and intent' } }), true, ''],
    [
      'empty and unchosen, alert open: the sections come first',
      note({ risk: UNASSESSED_RISK, sections: [] }),
      true,
      'Write at least one section before signing.',
    ],
  ] as const)('sign blocker: %s', (_, n, openSafetyAlert, expected) => {
    expect(signBlocker(n, 'a', { openSafetyAlert })).toBe(expected);
  });

  it.each([
    ['', 'Not recorded'],
    ['none', 'None identified'],
    ['moderate', 'Moderate'],
  ] as const)('risk level %j reads %s', (level, label) => {
    expect(riskLevelLabel(level)).toBe(label);
  });

  const supervisedSigned = note({ status: 'signed', cosignRequired: true });
  it.each([
    [note({ status: 'signed' }), [], false, 'signed'],
    [supervisedSigned, [], true, 'awaiting-cosign'],
    [supervisedSigned, [{ parentId: 'other' }], true, 'awaiting-cosign'],
    [supervisedSigned, [{ parentId: 'n1' }], false, 'cosigned'],
    [note({ cosignRequired: true }), [], false, 'draft'],
  ])('co-sign %#', (n, cosigns, awaiting, state) => {
    expect(awaitsCosign(n, cosigns)).toBe(awaiting);
    expect(noteState(n, cosigns)).toBe(state);
  });

  it.each([
    [{ id: 's', role: 'supervisor' as const }, true],
    [{ id: 'adm', role: 'admin' as const }, true],
    [{ id: 't', role: 'therapist' as const }, false],
    [{ id: 'a', role: 'supervisor' as const }, false],
  ])('co-sign by %j: %s', (actor, expected) => {
    expect(canCosign(supervisedSigned, [], actor)).toBe(expected);
  });
});

describe('unsigned age', () => {
  const now = new Date('2026-11-27T10:00:00.000Z');
  it.each([
    ['2026-11-27T09:30:00.000Z', 0, false],
    ['2026-11-27T05:00:00.000Z', 5, false],
    ['2026-11-26T10:00:00.000Z', 24, false],
    ['2026-11-26T09:59:00.000Z', 24, true],
    ['2026-11-24T07:00:00.000Z', 75, true],
  ])('started %s: %i h, flagged %s', (createdAt, hours, flagged) => {
    expect(unsignedAgeHours({ createdAt }, now)).toBe(hours);
    expect(isUnsignedOverdue({ createdAt }, now)).toBe(flagged);
  });
  it.each([
    [0, 'under 1 h'],
    [5, '5 h'],
    [24, '1 d'],
    [51, '2 d 3 h'],
  ])('%i h reads %s', (hours, text) => {
    expect(formatAge(hours)).toBe(text);
  });
});

describe('locked change refusal', () => {
  const signed = { ...note({ status: 'signed' }), _rev: '1-a', _deleted: false, _meta: { lwt: 1 } };
  it.each([
    ['a draft may change', { ...signed, status: 'draft' }, { ...signed, status: 'draft', title: 'x' }, false],
    ['a signed note may not change', signed, { ...signed, title: 'x' }, true],
    ['a signed note may not be deleted', signed, { ...signed, _deleted: true }, true],
    ['an addendum may not change', { ...signed, kind: 'addendum' }, { ...signed, kind: 'addendum', title: 'x' }, true],
    ['rewriting identical data is allowed', signed, { ...signed, _rev: '2-b', _meta: { lwt: 2 } }, false],
  ])('%s', (_name, previous, next, refused) => {
    expect(lockedChangeRefusal(previous, next) !== '').toBe(refused);
  });
});

describe('what a note is called', () => {
  it.each([
    ['soap', 'SOAP note'],
    ['progress', 'Progress note'],
    ['group', 'Group note'],
    ['group-member', 'Group member note'],
    ['from-a-newer-version', 'Progress note'],
  ])('%s → %s', (templateId, label) => {
    expect(noteLabel(templateId)).toBe(label);
  });

  it('asks risk and interventions of individual notes only', () => {
    expect(['soap', 'dap', 'birp', 'progress', 'group', 'group-member'].filter(asksRiskAndInterventions)).toEqual(['soap', 'dap', 'birp', 'progress']);
  });
});

describe('discarding a draft', () => {
  const empty = note({ title: ' ', sections: [{ key: 'plan', heading: 'Plan', html: '<p>&nbsp;</p>' }] });
  it.each<[string, Note, boolean]>([
    ['nothing entered', empty, false],
    ['a title', { ...empty, title: 'Intake' }, true],
    ['section text', note(), true],
    ['a risk level', { ...empty, risk: { level: 'low', text: '' } }, true],
    ['a risk assessment', { ...empty, risk: { level: 'none', text: 'denies' } }, true],
    ['an intervention', { ...empty, interventions: ['cbt'] }, true],
  ])('%s: has content %s', (_name, n, expected) => {
    expect(hasDraftContent(n)).toBe(expected);
  });

  it.each<[string, Note, string, boolean]>([
    ['own draft', note(), 'a', true],
    ['another author’s draft', note(), 'b', false],
    ['a signed note', note({ status: 'signed' }), 'a', false],
    ['an already discarded draft', note({ status: 'discarded' }), 'a', false],
    ['a group member’s note mid-signing', note({ templateId: 'group-member' }), 'a', false],
    ['a group session’s shared draft', note({ templateId: 'group', clientId: '' }), 'a', false],
  ])('%s: may discard %s', (_name, n, actor, expected) => {
    expect(canDiscardNote(n, actor)).toBe(expected);
  });
});
