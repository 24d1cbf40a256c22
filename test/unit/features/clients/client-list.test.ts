import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  filterClients,
  foldForSearch,
  matchesSearch,
  nextSort,
  programsInUse,
  sortClients,
  toClientRows,
  type ClientFilter,
  type ClientRow,
  type ClientSort,
} from '../../../../renderer/features/clients/client-list';
import { client, staff } from './fixtures';

const TODAY = '2026-11-20';

const rows: readonly ClientRow[] = toClientRows(
  [
    client({ id: 'a', firstName: 'José', lastName: 'Álvarez', preferredName: 'Pepe', levelOfCare: 'OP', admissionDate: '2026-10-01' }),
    client({ id: 'b', firstName: 'Maya', lastName: 'brooks', levelOfCare: 'PHP', program: 'Adolescent', admissionDate: '2026-11-10' }),
    client({ id: 'c', firstName: 'Ann', lastName: 'Brooks', status: 'discharged', admissionDate: '2026-09-15' }),
    client({ id: 'd', firstName: 'Zoë', lastName: 'Chen', levelOfCare: 'IOP', primaryClinicianId: 'gone', admissionDate: '2026-11-10' }),
  ],
  [staff()],
  TODAY,
);

const ids = (list: readonly ClientRow[]) => list.map((r) => r.id);

describe('toClientRows', () => {
  it('joins the clinician name, falls back for unknown staff, and computes age on today', () => {
    expect(rows.map((r) => [r.id, r.clinicianName, r.age])).toEqual([
      ['a', 'Tess Therapist', 36],
      ['b', 'Tess Therapist', 36],
      ['c', 'Tess Therapist', 36],
      ['d', 'Unknown staff member', 36],
    ]);
    expect(rows[0]?.displayName).toBe('Álvarez, José (Pepe)');
  });

  it('gives no age for an unreadable birth date', () => {
    expect(toClientRows([client({ dateOfBirth: 'garbled' })], [], TODAY)[0]?.age).toBeNull();
  });
});

describe('foldForSearch / matchesSearch', () => {
  it.each([
    ['José', 'jose'],
    ['  ÁLVAREZ ', 'alvarez'],
    ['Zoë', 'zoe'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it.each([
    ['', true],
    ['jose', true],
    ['ALVAREZ', true],
    ['pepe', true],
    ['alv jo', true],
    ['jose chen', false],
    ['maya', false],
  ])('query %j matches José Álvarez (Pepe): %s', (query, expected) => {
    expect(matchesSearch({ firstName: 'José', lastName: 'Álvarez', preferredName: 'Pepe' }, query)).toBe(expected);
  });
});

describe('filterClients', () => {
  const all: ClientFilter = { search: '', status: 'all', program: null };
  it.each<[string, ClientFilter, string[]]>([
    ['active by default', { ...all, status: 'active' }, ['a', 'b', 'd']],
    ['discharged only', { ...all, status: 'discharged' }, ['c']],
    ['everyone', all, ['a', 'b', 'c', 'd']],
    ['by program', { ...all, program: 'Adolescent' }, ['b']],
    ['by accent-free search', { ...all, search: 'zoe' }, ['d']],
    ['search and status combined', { ...all, search: 'brooks', status: 'active' }, ['b']],
    ['nothing matches', { ...all, search: 'nobody' }, []],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filterClients(rows, filter))).toEqual(expected);
  });
});

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(rows);
  const all: ClientFilter = { search: '', status: 'all', program: null };

  it('holds each client’s first, last and preferred names folded once', () => {
    expect(index.get('a')).toBe('jose alvarez pepe');
    expect(index.get('d')).toBe('zoe chen');
  });

  it.each<[string, string[]]>([
    ['', ['a', 'b', 'c', 'd']],
    ['JOSÉ', ['a']],
    ['alvarez', ['a']],
    ['pepe', ['a']],
    ['zoe', ['d']],
    ['Zoë Chen', ['d']],
    ['  brooks   maya ', ['b']],
    ['bro', ['b', 'c']],
    ['jose chen', []],
  ])('search %j through the index gives %j, as without it', (search, expected) => {
    expect(ids(filterClients(rows, { ...all, search }, index))).toEqual(expected);
    expect(ids(filterClients(rows, { ...all, search }))).toEqual(expected);
  });

  it('follows a rename once rebuilt from the new rows, and forgets the old name', () => {
    const renamed = toClientRows([client({ id: 'b', firstName: 'Maya', lastName: 'Ortíz', preferredName: 'May' })], [staff()], TODAY);
    const next = buildSearchIndex(renamed);
    expect(ids(filterClients(renamed, { ...all, search: 'ortiz' }, next))).toEqual(['b']);
    expect(ids(filterClients(renamed, { ...all, search: 'may' }, next))).toEqual(['b']);
    expect(ids(filterClients(renamed, { ...all, search: 'brooks' }, next))).toEqual([]);
  });

  it('falls back to folding a row the index does not hold (a client added since it was built)', () => {
    const added = toClientRows([client({ id: 'e', firstName: 'Éva', lastName: 'Nagy' })], [staff()], TODAY);
    expect(ids(filterClients([...rows, ...added], { ...all, search: 'eva' }, index))).toEqual(['e']);
  });
});

describe('sortClients', () => {
  it.each<[ClientSort, string[]]>([
    [{ key: 'name', direction: 'ascending' }, ['a', 'c', 'b', 'd']],
    [{ key: 'name', direction: 'descending' }, ['d', 'b', 'c', 'a']],
    [{ key: 'admissionDate', direction: 'ascending' }, ['c', 'a', 'b', 'd']],
    [{ key: 'levelOfCare', direction: 'ascending' }, ['b', 'c', 'd', 'a']],
  ])('%j', (sort, expected) => {
    expect(ids(sortClients(rows, sort))).toEqual(expected);
  });

  it('does not reorder its input', () => {
    const before = ids(rows);
    sortClients(rows, { key: 'name', direction: 'descending' });
    expect(ids(rows)).toEqual(before);
  });
});

describe('nextSort', () => {
  it.each<[ClientSort, ClientSort['key'], ClientSort]>([
    [{ key: 'name', direction: 'ascending' }, 'name', { key: 'name', direction: 'descending' }],
    [{ key: 'name', direction: 'descending' }, 'name', { key: 'name', direction: 'ascending' }],
    [{ key: 'name', direction: 'descending' }, 'admissionDate', { key: 'admissionDate', direction: 'ascending' }],
  ])('from %j clicking %s gives %j', (current, key, expected) => {
    expect(nextSort(current, key)).toEqual(expected);
  });
});

describe('programsInUse', () => {
  it('lists each program once, alphabetically', () => {
    expect(programsInUse(rows)).toEqual(['Adolescent', 'Adult mental health']);
  });
});
