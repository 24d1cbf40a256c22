import { createContext, useContext } from 'react';
import type {
  ChartBanner,
  ChartMarkerSource,
  ChartTab,
  ChartTabSection,
  CheckInImportColumns,
  CheckInSection,
  ClientColumn,
  ClientSignal,
  DashboardEntry,
  FeatureModule,
  SafetyAlertOffer,
} from './feature-module';

/** What the client chart and the client list draw from the other features, in display order. */
export interface ChartRegistry {
  readonly chartTabs: readonly ChartTab[];
  readonly chartBanners: readonly ChartBanner[];
  /** Other features' parts at the end of a chart tab. */
  readonly chartTabSections: readonly ChartTabSection[];
  /** Other features' dated lines on trend charts. */
  readonly chartMarkers: readonly ChartMarkerSource[];
  /** Other features' offers beside a safety-alert response. */
  readonly safetyAlertOffers: readonly SafetyAlertOffer[];
  readonly clientSignals: readonly ClientSignal[];
  readonly clientColumns: readonly ClientColumn[];
  /** Other features' fields on the check-in form. */
  readonly checkInSections: readonly CheckInSection[];
  /** Other features' columns in the check-in CSV import. */
  readonly checkInImportColumns: readonly CheckInImportColumns[];
  /** Other features' lists on the caseload dashboard. */
  readonly dashboardEntries: readonly DashboardEntry[];
}

const byOrder = <T extends { readonly order: number }>(items: readonly T[]): readonly T[] => [...items].sort((a, b) => a.order - b.order);

/** Collects every feature's chart tabs, banners, client-list signals and columns, each sorted by `order`. */
export function chartRegistryOf(features: readonly FeatureModule[]): ChartRegistry {
  return {
    chartTabs: byOrder(features.flatMap((f) => f.chartTabs ?? [])),
    chartBanners: byOrder(features.flatMap((f) => f.chartBanners ?? [])),
    chartTabSections: byOrder(features.flatMap((f) => f.chartTabSections ?? [])),
    chartMarkers: byOrder(features.flatMap((f) => f.chartMarkers ?? [])),
    safetyAlertOffers: byOrder(features.flatMap((f) => f.safetyAlertOffers ?? [])),
    clientSignals: byOrder(features.flatMap((f) => f.clientSignals ?? [])),
    clientColumns: byOrder(features.flatMap((f) => f.clientColumns ?? [])),
    checkInSections: byOrder(features.flatMap((f) => f.checkInSections ?? [])),
    checkInImportColumns: byOrder(features.flatMap((f) => f.checkInImportColumns ?? [])),
    dashboardEntries: byOrder(features.flatMap((f) => f.dashboardEntries ?? [])),
  };
}

const EMPTY: ChartRegistry = {
  chartTabs: [],
  chartBanners: [],
  chartTabSections: [],
  chartMarkers: [],
  safetyAlertOffers: [],
  clientSignals: [],
  clientColumns: [],
  checkInSections: [],
  checkInImportColumns: [],
  dashboardEntries: [],
};

export const ChartRegistryContext = createContext<ChartRegistry>(EMPTY);

/** The registry app/ provides; the clients feature reads the other features only through it. */
export function useChartRegistry(): ChartRegistry {
  return useContext(ChartRegistryContext);
}
