/** Caseload alerts and the caseload table's figures (progress.md §6): pure, `now` and the time zone are parameters. */
export { ALERT_IDS, ALERT_RANK, DEFAULT_ALERT_PARAMS, isSafetyAlert } from './types';
export type { AlertClientInput, AlertId, AlertParams, AttendanceMark, CaseloadAlert, CurrentRecommendation, MeasureScore, PendingSignature } from './types';
export { alertContext, arrangeCaseloadAlerts, compareAlerts, computeClientAlerts } from './compute';
export { reviewDates, type ReviewDateInput } from './fire-rules';
export type { AlertClock, CaseloadAlerts } from './compute';
export { activeSnooze, snoozeProblems, snoozeUntil, SNOOZE_REASON_MAX } from './snooze';
export type { AlertSnooze, SnoozeRequest } from './snooze';
export { clinicDayOf } from './clinic-day';
export { caseloadFigures, ATTENDANCE_WINDOW_DAYS, SPARKLINE_POINTS } from './caseload-row';
export type { CaseloadFigures, ChangeArrow } from './caseload-row';
