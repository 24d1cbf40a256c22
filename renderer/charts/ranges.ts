/** The ranges a trend chart offers (measures' trajectories, check-in trends): how far back it shows. */
export const RANGES = [
  { value: '4w', label: '4 weeks', days: 28 },
  { value: '12w', label: '12 weeks', days: 84 },
  { value: 'all', label: 'All', days: null },
] as const;

export type TrajectoryRange = (typeof RANGES)[number]['value'];
