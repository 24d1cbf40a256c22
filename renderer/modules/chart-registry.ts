import { createContext, useContext } from 'react';
import type { FeatureModule } from './feature-module';

/** What the client chart, the client list, the check-in form and the dashboard draw from the other features, in display order. */
export type ChartRegistry = Required<
  Pick<
    FeatureModule,
    | 'chartTabs'
    | 'chartBanners'
    | 'chartTabSections'
    | 'chartMarkers'
    | 'safetyAlertOffers'
    | 'clientSignals'
    | 'clientColumns'
    | 'checkInSections'
    | 'checkInImportColumns'
    | 'dashboardEntries'
  >
>;

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

const EMPTY = chartRegistryOf([]);

export const ChartRegistryContext = createContext<ChartRegistry>(EMPTY);

/** The registry app/ provides; the clients feature reads the other features only through it. */
export function useChartRegistry(): ChartRegistry {
  return useContext(ChartRegistryContext);
}
