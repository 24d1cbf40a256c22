/**
 * Target behaviours in the check-in CSV import (progress.md §3): a column named by a tracked behaviour's label holds
 * the day's count, "<label> (week)" the total of the seven days to the row's date. Cells are checked exactly as the
 * check-in's fields are (parseCheckInCounts); a blank cell records nothing (unknown, never zero).
 */
import { headerKey, type CsvExtraColumns } from '../../instruments/check-in-csv';
import type { DayInput, Parsed } from './behaviour-form';
import type { TrackedBehaviour } from './behaviour-presets';
import { parseCheckInCounts } from './checkin-counts';
import type { TargetBehaviourEntry } from './types';

const WEEK = ' (week)';
const weekKey = headerKey(`x${WEEK}`).slice(1);

/** A column the import reads: whose and which count. */
interface BehaviourColumn {
  readonly behaviour: TrackedBehaviour;
  readonly span: 'day' | 'week';
}

/** What `header` means for a client tracking `tracked` (`known`: every behaviour the clinic has, to name the untracked). */
export function behaviourColumn(
  header: string,
  tracked: readonly TrackedBehaviour[],
  known: readonly TrackedBehaviour[],
): BehaviourColumn | { readonly refused: string } | null {
  const key = headerKey(header);
  const week = key.endsWith(weekKey);
  const base = week ? key.slice(0, -weekKey.length) : key;
  const behaviour = tracked.find((b) => headerKey(b.label) === base);
  if (behaviour && week) return { behaviour, span: 'week' };
  if (behaviour?.countedBy === 'week') return { refused: `${behaviour.label} is counted as a weekly total: name the column “${behaviour.label}${WEEK}”` };
  if (behaviour) return { behaviour, span: 'day' };
  const other = known.find((b) => headerKey(b.label) === base);
  if (other) return { refused: `${other.label} is not tracked for this client: track it on the Behaviours tab first, or leave its cells empty` };
  return week ? { refused: `“${header.trim()}” is not a behaviour tracked for this client` } : null;
}

/** The column names a client's behaviours are read from: the label, "<label> (week)" for one counted weekly. */
export function behaviourColumnNames(tracked: readonly TrackedBehaviour[]): readonly string[] {
  return tracked.map((b) => (b.countedBy === 'week' ? `${b.label}${WEEK}` : b.label));
}

/**
 * The entries of one imported row dated `day` (the client's report), or its messages keyed by column. `cells` are
 * the row's non-blank extra cells by header; columns that are not a tracked behaviour's are left alone.
 */
export function parseImportedCounts(
  tracked: readonly TrackedBehaviour[],
  cells: Readonly<Record<string, string>>,
  day: string,
  today: string,
  enteredAt: string,
): Parsed<readonly TargetBehaviourEntry[]> {
  const inputs = { day: {} as Record<string, DayInput>, week: {} as Record<string, DayInput> };
  const headerOf = { day: new Map<string, string>(), week: new Map<string, string>() };
  for (const [header, value] of Object.entries(cells)) {
    const column = behaviourColumn(header, tracked, []);
    if (!column || 'refused' in column) continue;
    inputs[column.span][column.behaviour.behaviourId] = { value, intensity: '' };
    headerOf[column.span].set(column.behaviour.behaviourId, header);
  }
  const daily = tracked.filter((b) => b.countedBy !== 'week');
  const weekly = tracked.map((b): TrackedBehaviour => ({ ...b, countedBy: 'week' }));
  const parsed = { day: parseCheckInCounts(daily, inputs.day, day, today, enteredAt), week: parseCheckInCounts(weekly, inputs.week, day, today, enteredAt) };
  const errors: Record<string, string> = {};
  for (const span of ['day', 'week'] as const) {
    const p = parsed[span];
    if (p.ok) continue;
    for (const [key, message] of Object.entries(p.errors)) {
      const header = headerOf[span].get(key.slice(0, key.lastIndexOf('.'))) ?? key;
      const what = message.replace(/\.$/, '');
      errors[header] = `“${cells[header] ?? ''}” is not valid: ${what.charAt(0).toLowerCase()}${what.slice(1)}`;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: [...(parsed.day.ok ? parsed.day.value : []), ...(parsed.week.ok ? parsed.week.value : [])] };
}

/** The import's extra columns for a client's behaviours (shared/instruments/check-in-csv.ts CsvExtraColumns). */
export function behaviourImportColumns(tracked: readonly TrackedBehaviour[], known: readonly TrackedBehaviour[], today: string): CsvExtraColumns {
  return {
    claim: (header) => {
      const column = behaviourColumn(header, tracked, known);
      return column === null || 'refused' in column ? column : 'read';
    },
    check: (cells, day) => {
      const parsed = parseImportedCounts(tracked, cells, day, today, '');
      return parsed.ok ? {} : parsed.errors;
    },
  };
}
