/**
 * Dataset sizes. `large` is issue 7's five years of a busy clinic: ~1,500 clients, 45k notes, 40k standard-measure
 * responses, 30k attendance records and 80k medication and check-in events (45k + 35k), ~200k documents in all.
 * The smaller sizes keep the same proportions so per-client figures (chart open) stay comparable.
 */
export const SIZE_NAMES = ['tiny', 'small', 'medium', 'large'] as const;
export type SizeName = (typeof SIZE_NAMES)[number];

export interface SizeProfile {
  readonly staff: number;
  readonly clients: number;
  readonly medications: number;
  readonly notes: number;
  /** Standard measures (PHQ-9, GAD-7) in the `responses` collection. */
  readonly measures: number;
  /** Daily check-ins, also `responses` (kind "check-in"). */
  readonly checkIns: number;
  readonly attendance: number;
  readonly medEvents: number;
}

export const SIZE_PROFILES: Readonly<Record<SizeName, SizeProfile>> = {
  tiny: { staff: 3, clients: 6, medications: 12, notes: 70, measures: 60, checkIns: 50, attendance: 45, medEvents: 55 },
  small: { staff: 8, clients: 40, medications: 80, notes: 1125, measures: 1000, checkIns: 875, attendance: 750, medEvents: 1125 },
  medium: { staff: 20, clients: 375, medications: 750, notes: 11_250, measures: 10_000, checkIns: 8750, attendance: 7500, medEvents: 11_250 },
  large: { staff: 40, clients: 1500, medications: 3000, notes: 45_000, measures: 40_000, checkIns: 35_000, attendance: 30_000, medEvents: 45_000 },
};

/** Every document a size writes. */
export function totalDocs(profile: SizeProfile): number {
  const counts: readonly number[] = Object.values(profile);
  return counts.reduce((sum, n) => sum + n, 0);
}

export function isSizeName(value: string): value is SizeName {
  return (SIZE_NAMES as readonly string[]).includes(value);
}
