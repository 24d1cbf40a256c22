import type { FeatureModule } from '../../modules';
import { DischargeSummariesDue } from './components/DischargeSummariesDue';
import { DischargeSummaryDueBanner } from './components/DischargeSummaryDueBanner';
import { DischargeSummaryPanel } from './components/DischargeSummaryPanel';

/** Discharge: the chart's discharge summary with its embedded aftercare plan (progress.md §7.3, §7.4). */
export const dischargeFeature = {
  name: 'discharge',
  chartTabs: [{ value: 'discharge', label: 'Discharge summary', order: 95, Panel: DischargeSummaryPanel }],
  chartBanners: [{ key: 'discharge-summary-due', order: 55, Banner: DischargeSummaryDueBanner }],
  dashboardEntries: [{ key: 'discharge-summaries-due', order: 10, Entry: DischargeSummariesDue }],
} satisfies FeatureModule;
