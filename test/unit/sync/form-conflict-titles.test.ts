import { describe, expect, it } from 'vitest';
import { conflictTitle } from '../../../renderer/features/sync/conflict-parts';

/** Conflict copies kept by the forms (client, group, medication, session, measures schedule) say what they are. */
describe('conflict titles of records the forms edit', () => {
  it.each([
    ['groups', { name: 'DBT skills' }, 'Group DBT skills'],
    ['medications', { name: 'Sertraline' }, 'Medication Sertraline'],
    ['clinic', { kind: 'schedule', data: { entries: [] } }, 'Measures schedule'],
    ['staff', { name: 'Tess Therapist' }, 'Staff record Tess Therapist'],
    ['clinic', { kind: 'conflict-copy' }, 'Clinic r1'],
  ])('%s %j is titled %j', (collection, data, title) => {
    expect(conflictTitle(collection, 'r1', data, { clientName: null, formatDate: (d) => d })).toBe(title);
  });
});
