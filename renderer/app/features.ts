import { auditFeature } from '../features/audit';
import { backupFeature } from '../features/backup';
import { behavioursFeature } from '../features/behaviours';
import { checkInsFeature } from '../features/check-ins';
import { clientsFeature } from '../features/clients';
import { dashboardFeature } from '../features/dashboard';
import { dischargeFeature } from '../features/discharge';
import { episodesFeature } from '../features/episodes';
import { familyFeedbackFeature } from '../features/family-feedback';
import { homeworkFeature } from '../features/homework';
import { measuresFeature } from '../features/measures';
import { medicationsFeature } from '../features/medications';
import { notesFeature } from '../features/notes';
import { plansFeature } from '../features/plans';
import { reportsFeature } from '../features/reports';
import { reviewsFeature } from '../features/reviews';
import { safetyAlertsFeature } from '../features/safety-alerts';
import { safetyPlansFeature } from '../features/safety-plans';
import { sessionsFeature } from '../features/sessions';
import { settingsFeature } from '../features/settings';
import { signingKeysFeature } from '../features/signing-keys';
import { staffFeature } from '../features/staff';
import { supervisionFeature } from '../features/supervision';
import { syncFeature } from '../features/sync';
import { chartRegistryOf, type FeatureModule, type NavEntry } from '../modules';

/** Every feature that plugs into the app: its routes, nav, chart tabs and banners, client-list signals and columns. */
export const FEATURES: readonly FeatureModule[] = [
  dashboardFeature,
  clientsFeature,
  sessionsFeature,
  notesFeature,
  measuresFeature,
  checkInsFeature,
  safetyAlertsFeature,
  familyFeedbackFeature,
  medicationsFeature,
  plansFeature,
  safetyPlansFeature,
  homeworkFeature,
  behavioursFeature,
  staffFeature,
  settingsFeature,
  syncFeature,
  episodesFeature,
  reviewsFeature,
  reportsFeature,
  dischargeFeature,
  supervisionFeature,
  auditFeature,
  backupFeature,
  signingKeysFeature,
];

export const ROUTES = FEATURES.flatMap((f) => f.routes ?? []);

export const NAV: readonly NavEntry[] = FEATURES.flatMap((f) => f.nav ?? []).sort((a, b) => a.order - b.order);

/** Notices above every page (backup due …), in order. */
export const APP_NOTICES = FEATURES.flatMap((f) => f.appNotices ?? []).sort((a, b) => a.order - b.order);

/** Where the app opens after unlock. */
export const LANDING = FEATURES.find((f) => f.landing)?.landing ?? '/clients';

export const CHART_REGISTRY = chartRegistryOf(FEATURES);
