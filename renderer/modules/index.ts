/** Feature modules: how a feature plugs its routes, nav, chart tabs, banners and client-list signals into the app. */
export type {
  AppNotice,
  ChartBanner,
  ChartBannerProps,
  ChartTab,
  ChartTabProps,
  CheckInImportColumnSet,
  CheckInImportColumns,
  CheckInPart,
  CheckInSection,
  CheckInSectionProps,
  ClientColumn,
  ClientColumnRow,
  ClientSignal,
  DashboardEntry,
  DashboardEntryProps,
  FeatureModule,
  FeatureRoute,
  NavEntry,
} from './feature-module';
export { ChartRegistryContext, chartRegistryOf, useChartRegistry, type ChartRegistry } from './chart-registry';
