import { describe, expect, it } from 'vitest';
import {
  conflictParts,
  conflictTitle,
  defaultMergeText,
  fieldLabel,
  mergedPatch,
  noteConflictLimit,
  otherVersionPatch,
  showValue,
} from '../../../renderer/features/sync/conflict-parts';

const client = (preferredName: string, extra: Record<string, unknown> = {}) => ({
  id: 'c1',
  authorId: 'a',
  updatedAt: 'x',
  firstName: 'Quinn',
  preferredName,
  contacts: [],
  ...extra,
});
const note = (s: string, p: string, extra: Record<string, unknown> = {}) => ({
  id: 'n1',
  status: 'draft',
  templateId: 'soap',
  draftKey: 'k1',
  sections: [
    { key: 's', heading: 'Subjective', html: s, hint: 'keep' },
    { key: 'p', heading: 'Plan', html: p },
  ],
  ...extra,
});

describe('conflictParts', () => {
  it('compares records field by field with readable labels, skipping bookkeeping', () => {
    const parts = conflictParts('clients', client('Alpha'), client('Beta', { updatedAt: 'y', authorId: 'b' }));
    expect(parts.map((p) => [p.key, p.label, p.differs, p.format])).toEqual([
      ['field:firstName', 'First name', false, 'text'],
      ['field:preferredName', 'Preferred name', true, 'text'],
      ['field:contacts', 'Contacts', false, 'value'],
    ]);
  });

  it('compares notes section by section as rich text, under the section headings, then the risk assessment', () => {
    const parts = conflictParts(
      'notes',
      note('<p>mine</p>', 'same', { risk: { level: 'low', text: 'a' } }),
      note('<p>theirs</p>', 'same', { draftKey: 'k2', risk: { level: 'high', text: 'b' } }),
    );
    expect(parts.filter((p) => p.differs).map((p) => [p.key, p.label, p.current, p.other, p.format])).toEqual([
      ['section:s', 'Subjective', '<p>mine</p>', '<p>theirs</p>', 'rich'],
      ['risk:level', 'Risk level', 'Low', 'High', 'value'],
      ['risk:text', 'Risk assessment', 'a', 'b', 'text'],
    ]);
    expect(parts.map((p) => p.key)).toEqual(['section:s', 'section:p', 'risk:level', 'risk:text', 'field:status', 'field:templateId']);
    expect(parts.find((p) => p.key === 'field:templateId')).toMatchObject({ label: 'Template', current: 'SOAP' });
  });

  it('shows a note’s interventions by name', () => {
    const [part] = conflictParts('notes', { interventions: ['cbt'] }, { interventions: ['cbt', 'grounding'] });
    expect(part).toMatchObject({ label: 'Interventions', current: 'CBT', other: 'CBT, Grounding', format: 'value' });
  });

  it('shows a deleted current version as empty', () => {
    expect(conflictParts('clients', null, client('Beta')).find((p) => p.key === 'field:preferredName')).toMatchObject({
      current: '',
      other: 'Beta',
      differs: true,
    });
  });
});

describe('labels and values', () => {
  it.each([
    ['preferredName', 'Preferred name'],
    ['dateOfBirth', 'Date of birth'],
    ['primaryClinicianId', 'Primary clinician'],
    ['nextReviewDate', 'Next review date'],
    ['status', 'Status'],
  ])('field %s is labelled %s', (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });

  it.each([
    [null, ''],
    [true, 'Yes'],
    [3, '3'],
    [['a', 'b'], 'a; b'],
    [[{ name: 'Sam', relation: 'Sister', phone: '', email: 's@x' }], 'Name: Sam, Relation: Sister, Email: s@x'],
  ])('value %j reads as %j', (value, text) => {
    expect(showValue(value)).toBe(text);
  });
});

describe('conflictTitle', () => {
  const formatDate = (iso: string) => `day ${iso.slice(0, 10)}`;
  it.each([
    ['notes', { templateId: 'soap', createdAt: '2026-11-27T08:00:00Z' }, 'Lee, Ada', 'SOAP note for Lee, Ada, started day 2026-11-27'],
    ['notes', { templateId: 'progress', createdAt: '2026-11-27T08:00:00Z' }, null, 'Progress note, started day 2026-11-27'],
    ['clients', { firstName: 'Ada', lastName: 'Lee' }, null, 'Client record Ada Lee'],
    ['careplans', { title: 'Sleep' }, null, 'Plan Sleep'],
    ['careplans', { kind: 'treatment_plan', version: 2 }, null, 'Treatment plan, version 2'],
    ['careplans', { kind: 'safety_plan', version: 3 }, null, 'Safety plan, version 3'],
    ['careplans', { kind: 'relapse_prevention_plan', version: 1 }, null, 'Relapse-prevention plan, version 1'],
    ['careplans', { kind: 'progress_review', effectiveFrom: '2026-12-04', content: { entry: 'review' } }, null, 'Progress review of day 2026-12-04'],
    [
      'careplans',
      { kind: 'progress_review', effectiveFrom: '2026-12-05', content: { entry: 'addendum', text: 'x' } },
      null,
      'Addendum to a progress review on day 2026-12-05',
    ],
    [
      'careplans',
      { kind: 'progress_review', effectiveFrom: '2026-12-05', content: { entry: 'cosign' } },
      null,
      'Co-signature of a progress review on day 2026-12-05',
    ],
    [
      'careplans',
      { kind: 'level_of_care_event', effectiveFrom: '2026-12-01', content: { type: 'transfer', levelOfCareCode: 'OP' } },
      null,
      'Level-of-care transfer (OP) on day 2026-12-01',
    ],
    [
      'careplans',
      { kind: 'level_of_care_event', effectiveFrom: '2026-12-09', content: { type: 'discharge', levelOfCareCode: '' } },
      null,
      'Discharge from care on day 2026-12-09',
    ],
    ['sessions', {}, null, 'Sessions r1'],
  ])('%s %j is titled %j', (collection, data, clientName, title) => {
    expect(conflictTitle(collection, 'r1', data, { clientName, formatDate })).toBe(title);
  });
});

describe('merging', () => {
  it.each([
    [{ current: 'a', other: 'b', differs: true, format: 'text' as const }, 'a\nb'],
    [{ current: '', other: 'b', differs: true, format: 'text' as const }, 'b'],
    [{ current: 'a', other: 'a', differs: false, format: 'text' as const }, 'a'],
    [{ current: '<p>a</p>', other: '<p>b</p>', differs: true, format: 'rich' as const }, '<p>a</p><p>b</p>'],
    [{ current: '<p>a</p>', other: '<p>b<script>x</script></p>', differs: true, format: 'rich' as const }, '<p>a</p><p>b</p>'],
  ])('default text of %j is %j', (part, expected) => {
    expect(defaultMergeText(part)).toBe(expected);
  });

  it('writes merged field texts, section texts and the risk text, keeping every other property', () => {
    expect(mergedPatch(note('mine', 'same'), { 'section:s': 'both texts' })).toEqual({
      sections: [
        { key: 's', heading: 'Subjective', html: 'both texts', hint: 'keep' },
        { key: 'p', heading: 'Plan', html: 'same' },
      ],
    });
    expect(mergedPatch(client('Alpha'), { 'field:preferredName': 'Alpha Beta' })).toEqual({ preferredName: 'Alpha Beta' });
    expect(mergedPatch(note('a', 'b', { risk: { level: 'low', text: 'x' } }), { 'risk:text': 'x y' })).toEqual({ risk: { level: 'low', text: 'x y' } });
  });

  it('takes the other version without its bookkeeping', () => {
    expect(otherVersionPatch({ ...client('Beta'), _deleted: false })).toEqual({ firstName: 'Quinn', preferredName: 'Beta', contacts: [] });
  });
});

describe('noteConflictLimit', () => {
  it.each([
    ['clients', { authorId: 'x' }, null],
    ['notes', null, null],
    ['notes', { kind: 'note', status: 'draft', authorId: 'me' }, null],
    ['notes', { kind: 'note', status: 'draft', authorId: 'someone' }, 'not-author'],
    ['notes', { kind: 'note', status: 'signed', authorId: 'me' }, 'signed'],
    ['notes', { kind: 'addendum', status: 'signed', authorId: 'me' }, 'signed'],
  ])('%s %j for "me" is %j', (collection, current, limit) => {
    expect(noteConflictLimit(collection, current, 'me')).toBe(limit);
  });
});
