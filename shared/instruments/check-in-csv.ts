/**
 * Reading a mood app's CSV export into check-ins (issue 3 §5): one row per day, every problem named by row and column,
 * duplicates (same client and day, in the file or already stored) marked. Nothing here writes; the user confirms.
 */
import { isIsoDate } from '../domain/dates';
import { cleanSkills, journalProblem, scaleProblem, sleepProblem, type CheckInAnswers } from './check-in';
import { CsvSyntaxError, parseCsv } from './csv';

/** Each field and the header names a mood app may use for it (compared lower-case, spaces as underscores). */
const COLUMNS = {
  date: ['date', 'day', 'entry_date'],
  mood: ['mood'],
  anxiety: ['anxiety'],
  stress: ['stress'],
  cravings: ['cravings', 'craving'],
  sleepHours: ['sleep_hours', 'sleep', 'hours_slept'],
  copingSkills: ['coping_skills', 'skills', 'coping'],
  journal: ['journal', 'note', 'notes'],
} as const;

type Field = keyof typeof COLUMNS;
const REQUIRED: readonly Field[] = ['date', 'mood', 'anxiety', 'stress', 'cravings', 'sleepHours'];

export interface CellError {
  /** The column as the file names it. */
  readonly column: string;
  readonly message: string;
}

/**
 * A feature's extra columns in the import (e.g. a tracked behaviour's count): which headers it reads, which it refuses
 * (each non-blank cell of a refused column is an error of its row), and the check of a row's cells it reads.
 */
export interface CsvExtraColumns {
  /** `header` as the file names it: 'read', a message refusing the column, or null when it is not the feature's. */
  readonly claim: (header: string) => 'read' | { readonly refused: string } | null;
  /** Problems of one row's cells, keyed by header; `cells` are the row's non-blank extra cells keyed by header. */
  readonly check: (cells: Readonly<Record<string, string>>, day: string) => Readonly<Record<string, string>>;
}

export interface CsvCheckInRow {
  /** Row number as a spreadsheet shows it (the header is row 1). */
  readonly row: number;
  /** "YYYY-MM-DD", or '' when the date cell is unreadable. */
  readonly day: string;
  readonly answers: CheckInAnswers | null;
  readonly journal: string;
  /** The row's non-blank cells of the extra columns read (keyed by header as the file names it). */
  readonly extras: Readonly<Record<string, string>>;
  readonly errors: readonly CellError[];
  /** Another row of the file, or a stored check-in, already has this day. */
  readonly duplicate: 'file' | 'stored' | null;
}

export type CsvCheckInResult =
  | {
      readonly ok: true;
      readonly rows: readonly CsvCheckInRow[];
      /** The extra columns read, as the file names them, in its order. */
      readonly extraColumns: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

/** A header as the import compares it: lower-case, spaces and hyphens as underscores. */
export const headerKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

function numberOf(cell: string): number | null | 'nan' {
  const t = cell.trim();
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : 'nan';
}

/** The date of a cell: "YYYY-MM-DD", optionally followed by a time ("2026-11-02 08:30", ISO timestamps). */
function dayOf(cell: string): string | null {
  const day = cell.trim().slice(0, 10);
  const rest = cell.trim().slice(10);
  return isIsoDate(day) && (rest === '' || /^[T ]/.test(rest)) ? day : null;
}

function readBuiltIn(fields: readonly string[], at: Readonly<Record<Field, number>>, headers: readonly string[], row: number, today: string) {
  const errors: CellError[] = [];
  const cell = (f: Field) => (at[f] >= 0 ? (fields[at[f]] ?? '') : '');
  const fail = (f: Field, message: string) => {
    errors.push({ column: headers[at[f]] ?? f, message });
  };
  const day = dayOf(cell('date'));
  if (!day) fail('date', `“${cell('date')}” is not a date like 2026-11-02`);
  else if (day > today) fail('date', `${day} is in the future`);
  const read = (f: Field, problem: (v: number | null) => string | null): number => {
    const v = numberOf(cell(f));
    const p = v === 'nan' ? `“${cell(f)}” is not a number` : problem(v);
    if (p) fail(f, p);
    return typeof v === 'number' ? v : 0;
  };
  const mood = read('mood', scaleProblem);
  const anxiety = read('anxiety', scaleProblem);
  const stress = read('stress', scaleProblem);
  const cravings = read('cravings', scaleProblem);
  const sleepHours = read('sleepHours', sleepProblem);
  const journal = cell('journal').trim();
  const jp = journalProblem(journal);
  if (jp) fail('journal', jp);
  const copingSkills = cleanSkills(cell('copingSkills').split(/[;|]/));
  return { row, day: day ?? '', journal, errors, answers: { mood, anxiety, stress, cravings, sleepHours, copingSkills } };
}

/** An extra column of the file: where it is, its header, and the feature that reads or refuses it. */
interface ExtraAt {
  readonly index: number;
  readonly header: string;
  readonly claim: 'read' | { readonly refused: string };
}

/** The columns no built-in field takes that a feature claims (the first feature to claim one has it). */
function extraColumnsOf(headers: readonly string[], builtIn: ReadonlySet<number>, extras: readonly CsvExtraColumns[]): readonly ExtraAt[] {
  return headers.flatMap((header, index) => {
    if (builtIn.has(index) || header.trim() === '') return [];
    const claim = extras.map((x) => x.claim(header)).find((c) => c !== null);
    return claim ? [{ index, header, claim }] : [];
  });
}

/** A row's extra cells read, and the errors of refused columns and of each feature's check. */
function readExtras(fields: readonly string[], columns: readonly ExtraAt[], extras: readonly CsvExtraColumns[], day: string | null) {
  const cells: Record<string, string> = {};
  const errors: CellError[] = [];
  for (const c of columns) {
    const cell = (fields[c.index] ?? '').trim();
    if (cell === '') continue;
    if (c.claim === 'read') cells[c.header] = cell;
    else errors.push({ column: c.header, message: c.claim.refused });
  }
  if (day) for (const x of extras) for (const [column, message] of Object.entries(x.check(cells, day))) errors.push({ column, message });
  return { cells, errors };
}

/**
 * Whether a check-in for `day` would be a client's second that day: 'stored' when one is already saved, 'file' when an
 * earlier row of the same batch has the day, null otherwise (or without a day). The import and the forms share it.
 */
export function duplicateDay(day: string, storedDays: ReadonlySet<string>, earlier: ReadonlySet<string> = new Set()): 'stored' | 'file' | null {
  if (!day) return null;
  if (storedDays.has(day)) return 'stored';
  return earlier.has(day) ? 'file' : null;
}

/**
 * Reads a mood app's CSV for one client. `storedDays` are the days the client already has a check-in; `today` bounds
 * the dates; `extras` are other features' columns (CsvExtraColumns). A file-level problem (no data, a missing column, an unclosed quote) is returned instead of rows.
 */
export function readCheckInCsv(text: string, storedDays: ReadonlySet<string>, today: string, extras: readonly CsvExtraColumns[] = []): CsvCheckInResult {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, error: `The file is not valid CSV. ${error.message}` };
    throw error;
  }
  const [header, ...data] = records;
  if (!header || data.length === 0) return { ok: false, error: 'The file has no check-in rows: a header row and at least one row of data are needed.' };
  const headers = header.fields;
  const names = headers.map(headerKey);
  const at = Object.fromEntries(
    (Object.keys(COLUMNS) as Field[]).map((f) => [f, names.findIndex((n) => (COLUMNS[f] as readonly string[]).includes(n))]),
  ) as Record<Field, number>;
  const absent = REQUIRED.filter((f) => at[f] < 0);
  if (absent.length) {
    return {
      ok: false,
      error: `The file has no ${absent.map((f) => `“${COLUMNS[f][0]}”`).join(', ')} column. Expected columns: ${Object.values(COLUMNS)
        .map((c) => c[0])
        .join(', ')}.`,
    };
  }
  const columns = extraColumnsOf(headers, new Set(Object.values(at)), extras);
  const seen = new Set<string>();
  const rows = data.map((r, i): CsvCheckInRow => {
    const { answers, ...read } = readBuiltIn(r.fields, at, headers, i + 2, today);
    const extra = readExtras(r.fields, columns, extras, read.day || null);
    const errors = [...read.errors, ...extra.errors];
    const duplicate = duplicateDay(read.day, storedDays, seen);
    if (read.day) seen.add(read.day);
    return { ...read, answers: errors.length ? null : answers, extras: extra.cells, errors, duplicate };
  });
  return { ok: true, rows, extraColumns: columns.filter((c) => c.claim === 'read').map((c) => c.header) };
}

/** Rows that may be imported: readable and not duplicates. */
export function importableRows(rows: readonly CsvCheckInRow[]): readonly (CsvCheckInRow & { answers: CheckInAnswers })[] {
  return rows.filter((r): r is CsvCheckInRow & { answers: CheckInAnswers } => r.answers !== null && r.duplicate === null);
}
