import type { ClinicRecord } from '../../db';
import { DEFAULT_LEVELS_OF_CARE, type LevelOfCareOption } from '../../../shared/progress/episodes';

/** Where a clinic's own list of levels of care is stored: a 'settings' clinic record with this reference. */
export const LEVELS_REF = { collection: 'episodes', id: 'levels-of-care' } as const;

function isLevel(value: unknown): value is LevelOfCareOption {
  if (typeof value !== 'object' || value === null) return false;
  const { code, label } = value as Record<string, unknown>;
  return typeof code === 'string' && code.trim() !== '' && typeof label === 'string';
}

/** The clinic's levels of care (newest settings record), or the default PHP / IOP / OP when it has set none. */
export function levelsOfCareOf(records: readonly ClinicRecord[]): readonly LevelOfCareOption[] {
  const mine = records.filter((r) => r.kind === 'settings' && r.refCollection === LEVELS_REF.collection && r.refId === LEVELS_REF.id);
  const latest = mine.reduce<ClinicRecord | null>((a, r) => (!a || r.createdAt >= a.createdAt ? r : a), null);
  const levels = Array.isArray(latest?.data.levels) ? latest.data.levels.filter(isLevel) : [];
  return levels.length > 0 ? levels : DEFAULT_LEVELS_OF_CARE;
}
