import { clientsFeature } from '../features/clients';
import { measuresFeature } from '../features/measures';
import { medicationsFeature } from '../features/medications';
import { notesFeature } from '../features/notes';
import { reportsFeature } from '../features/reports';
import { safetyPlansFeature } from '../features/safety-plans';
import { sessionsFeature } from '../features/sessions';
import { settingsFeature } from '../features/settings';
import { staffFeature } from '../features/staff';
import { syncFeature } from '../features/sync';
import { chartRegistryOf, type FeatureModule, type NavEntry } from '../modules';

/** Every feature that plugs into the app: its routes, nav, chart tabs and banners, client-list signals and columns. */
export const FEATURES: readonly FeatureModule[] = [
  clientsFeature, sessionsFeature, notesFeature, measuresFeature, medicationsFeature, safetyPlansFeature, staffFeature, settingsFeature, syncFeature, reportsFeature,
];

export const ROUTES = FEATURES.flatMap((f) => f.routes ?? []);

export const NAV: readonly NavEntry[] = FEATURES.flatMap((f) => f.nav ?? []).sort((a, b) => a.order - b.order);

export const CHART_REGISTRY = chartRegistryOf(FEATURES);
