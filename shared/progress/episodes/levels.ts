/**
 * The clinic's list of levels of care as typed in settings (progress.md §0.2): one level a line, "CODE: label" (the
 * label optional). Codes are unique (case-insensitive) and at most 12 characters; labels at most 80.
 */
import type { LevelOfCareOption } from './types';

export const LEVEL_CODE_MAX_CHARS = 12;
export const LEVEL_LABEL_MAX_CHARS = 80;

export type LevelsParse = { readonly ok: true; readonly levels: readonly LevelOfCareOption[] } | { readonly ok: false; readonly problem: string };

function lineOf(line: string): LevelOfCareOption {
  const at = line.indexOf(':');
  const code = (at < 0 ? line : line.slice(0, at)).trim();
  const label = at < 0 ? '' : line.slice(at + 1).trim();
  return { code, label: label || code };
}

/** The levels of a settings text, or why it cannot be saved. */
export function parseLevels(text: string): LevelsParse {
  const levels = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map(lineOf);
  if (levels.length === 0) return { ok: false, problem: 'List at least one level of care.' };
  const seen = new Set<string>();
  for (const l of levels) {
    if (l.code === '') return { ok: false, problem: `“${l.label}” has no code before the colon.` };
    if (l.code.length > LEVEL_CODE_MAX_CHARS) return { ok: false, problem: `The code “${l.code}” is longer than ${String(LEVEL_CODE_MAX_CHARS)} characters.` };
    if (l.label.length > LEVEL_LABEL_MAX_CHARS)
      return { ok: false, problem: `The label of ${l.code} is longer than ${String(LEVEL_LABEL_MAX_CHARS)} characters.` };
    if (seen.has(l.code.toLowerCase())) return { ok: false, problem: `The code ${l.code} is listed twice.` };
    seen.add(l.code.toLowerCase());
  }
  return { ok: true, levels };
}

/** The settings text of a list (the inverse of parseLevels). */
export function levelsText(levels: readonly LevelOfCareOption[]): string {
  return levels.map((l) => (l.label === l.code ? l.code : `${l.code}: ${l.label}`)).join('\n');
}
