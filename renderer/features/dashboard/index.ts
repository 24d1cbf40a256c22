/** Public surface of the caseload dashboard: the page, its feature module and the seam other features fill. */
export { DashboardPage } from './DashboardPage';
export { NO_PROGRESS_FEEDS, type ProgressFeeds } from './alert-inputs';
export { dashboardFeature } from './feature';
export { useClock } from './useCaseloadDashboard';
