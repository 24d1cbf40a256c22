import { describe, expect, it } from 'vitest';
import { conflictParts, defaultMergeText, mergedPatch, otherVersionPatch } from '../../../renderer/features/sync/conflict-parts';

const client = (preferredName: string, extra: Record<string, unknown> = {}) => ({ id: 'c1', authorId: 'a', updatedAt: 'x', firstName: 'Quinn', preferredName, contacts: [], ...extra });
const note = (s: string, p: string) => ({ id: 'n1', status: 'draft', sections: [{ key: 's', heading: 'Subjective', html: s, hint: 'keep' }, { key: 'p', heading: 'Plan', html: p }] });

describe('conflictParts', () => {
  it('compares records field by field, skipping bookkeeping', () => {
    const parts = conflictParts('clients', client('Alpha'), client('Beta', { updatedAt: 'y', authorId: 'b' }));
    expect(parts.map((p) => [p.key, p.differs, p.editable])).toEqual([
      ['field:firstName', false, true],
      ['field:preferredName', true, true],
      ['field:contacts', false, false],
    ]);
  });

  it('compares notes section by section', () => {
    const parts = conflictParts('notes', note('mine', 'same'), note('theirs', 'same'));
    expect(parts.filter((p) => p.key.startsWith('section:')).map((p) => [p.label, p.current, p.other, p.differs])).toEqual([
      ['Subjective', 'mine', 'theirs', true],
      ['Plan', 'same', 'same', false],
    ]);
  });

  it('shows a deleted current version as empty', () => {
    expect(conflictParts('clients', null, client('Beta')).find((p) => p.key === 'field:preferredName')).toMatchObject({ current: '', other: 'Beta', differs: true });
  });
});

describe('merging', () => {
  it.each([
    [{ current: 'a', other: 'b', differs: true }, 'a\nb'],
    [{ current: '', other: 'b', differs: true }, 'b'],
    [{ current: 'a', other: 'a', differs: false }, 'a'],
  ])('default text of %j is %j', (part, expected) => {
    expect(defaultMergeText({ key: 'field:x', label: 'x', editable: true, ...part })).toBe(expected);
  });

  it('writes merged field texts and section texts, keeping other section properties', () => {
    expect(mergedPatch(note('mine', 'same'), { 'section:s': 'both texts' })).toEqual({
      sections: [{ key: 's', heading: 'Subjective', html: 'both texts', hint: 'keep' }, { key: 'p', heading: 'Plan', html: 'same' }],
    });
    expect(mergedPatch(client('Alpha'), { 'field:preferredName': 'Alpha Beta' })).toEqual({ preferredName: 'Alpha Beta' });
  });

  it('takes the other version without its bookkeeping', () => {
    expect(otherVersionPatch({ ...client('Beta'), _deleted: false })).toEqual({ firstName: 'Quinn', preferredName: 'Beta', contacts: [] });
  });
});
