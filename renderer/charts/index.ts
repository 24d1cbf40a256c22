import './chart-setup';

export { STILL_CHART } from './chart-options';
// The range choice above every trend chart (measures' trajectories, check-in trends).
export { RANGES, type TrajectoryRange } from './ranges';
export { RangeChoice } from './RangeChoice';
// The dated lines features add to trend charts (medication changes, level-of-care moves).
export type { ChartMarker } from './markers';
// Trend charts of several lines on one axis and one line on its own (check-ins' sleep, family feedback's total).
export { sideAxisChartData, sideAxisChartOptions, type DayLine } from './side-axis-chart';
