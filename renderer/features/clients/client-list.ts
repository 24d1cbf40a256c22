import { LEVELS_OF_CARE, clientDisplayName, type Client, type ClientStatus } from '../../../shared/domain/client';
import { ageOn } from '../../../shared/domain/dates';
import type { Staff } from '../../../shared/domain/staff';

export type StatusFilter = ClientStatus | 'all';
export type SortKey = 'name' | 'admissionDate' | 'levelOfCare';
export type SortDirection = 'ascending' | 'descending';

export interface ClientSort {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

export interface ClientFilter {
  readonly search: string;
  readonly status: StatusFilter;
  /** A program track, or null for every program. */
  readonly program: string | null;
}

/** One line of the client list, already joined with the clinician's name. */
export interface ClientRow {
  readonly id: string;
  readonly displayName: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly preferredName: string;
  readonly age: number | null;
  readonly levelOfCare: string;
  readonly program: string;
  readonly clinicianName: string;
  readonly admissionDate: string;
  readonly status: ClientStatus;
}

export const DEFAULT_FILTER: ClientFilter = { search: '', status: 'active', program: null };
export const DEFAULT_SORT: ClientSort = { key: 'name', direction: 'ascending' };

/** Joins clients with staff names and computes each client's age on `today`. */
export function toClientRows(clients: readonly Client[], staff: readonly Staff[], today: string): readonly ClientRow[] {
  const names = new Map(staff.map((s) => [s.id, s.name]));
  return clients.map((c) => {
    const age = ageOn(c.dateOfBirth, today);
    return {
      id: c.id,
      displayName: clientDisplayName(c),
      firstName: c.firstName,
      lastName: c.lastName,
      preferredName: c.preferredName,
      age: Number.isFinite(age) ? age : null,
      levelOfCare: c.levelOfCare,
      program: c.program,
      clinicianName: names.get(c.primaryClinicianId) ?? 'Unknown staff member',
      admissionDate: c.admissionDate,
      status: c.status,
    };
  });
}

function levelRank(code: string): number {
  const i = LEVELS_OF_CARE.findIndex((l) => l === code);
  return i === -1 ? LEVELS_OF_CARE.length : i;
}

/** Lower-cases and strips accents so "José" matches "jose". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function searchWords(query: string): readonly string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .filter((w) => w !== '');
}

function foldNames(row: Pick<ClientRow, 'firstName' | 'lastName' | 'preferredName'>): string {
  return foldForSearch(`${row.firstName} ${row.lastName} ${row.preferredName}`);
}

/** True when every word of the query appears in the first, last or preferred name. */
export function matchesSearch(row: Pick<ClientRow, 'firstName' | 'lastName' | 'preferredName'>, query: string): boolean {
  const haystack = foldNames(row);
  return searchWords(query).every((w) => haystack.includes(w));
}

/**
 * Each client's first, last and preferred names folded once (by row id), so a keystroke in the search box compares
 * the query against ready strings instead of normalising every name again. Built from the live rows, it is rebuilt
 * when they change (a rename) and lives only as long as the unlocked app that holds the rows.
 */
export type ClientSearchIndex = ReadonlyMap<string, string>;

export function buildSearchIndex(rows: readonly ClientRow[]): ClientSearchIndex {
  return new Map(rows.map((r) => [r.id, foldNames(r)]));
}

/** The rows that pass the search, status and program filters, in their original order. */
export function filterClients(rows: readonly ClientRow[], filter: ClientFilter, index?: ClientSearchIndex): readonly ClientRow[] {
  const words = searchWords(filter.search);
  const named = (r: ClientRow): boolean => {
    if (words.length === 0) return true;
    const haystack = index?.get(r.id) ?? foldNames(r);
    return words.every((w) => haystack.includes(w));
  };
  return rows.filter((r) => (filter.status === 'all' || r.status === filter.status) && (filter.program === null || r.program === filter.program) && named(r));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareNames(a: ClientRow, b: ClientRow): number {
  return collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName);
}

const COMPARATORS: Readonly<Record<SortKey, (a: ClientRow, b: ClientRow) => number>> = {
  name: compareNames,
  admissionDate: (a, b) => a.admissionDate.localeCompare(b.admissionDate) || compareNames(a, b),
  // Most intensive first (PHP, IOP, OP), as LEVELS_OF_CARE lists them; the clinic's own levels after them by code.
  levelOfCare: (a, b) => levelRank(a.levelOfCare) - levelRank(b.levelOfCare) || a.levelOfCare.localeCompare(b.levelOfCare) || compareNames(a, b),
};

/** A sorted copy; ties fall back to last then first name. */
export function sortClients(rows: readonly ClientRow[], sort: ClientSort): readonly ClientRow[] {
  const compare = COMPARATORS[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b));
}

/** Clicking the current sort column flips its direction; another column starts ascending. */
export function nextSort(current: ClientSort, key: SortKey): ClientSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Every program track in use, alphabetically, for the program filter. */
export function programsInUse(rows: readonly Pick<ClientRow, 'program'>[]): readonly string[] {
  return [...new Set(rows.map((r) => r.program))].sort((a, b) => collator.compare(a, b));
}
