/** What every Waypoint chart shares: it fills its box (the box sets the height) and draws at once, without animation. */
export const STILL_CHART = { responsive: true, maintainAspectRatio: false, animation: false } as const;
