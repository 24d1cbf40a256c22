import type { FeatureModule } from '../../modules';
import { DischargeSummaryDueBanner } from './components/DischargeSummaryDueBanner';
import { DischargeSummaryPanel } from './components/DischargeSummaryPanel';

/** Discharge: the chart's discharge summary with its embedded aftercare plan (progress.md §7.3, §7.4). */
export const dischargeFeature = {
  name: 'discharge',
  chartTabs: [{ value: 'discharge', label: 'Discharge summary', order: 95, Panel: DischargeSummaryPanel }],
  chartBanners: [{ key: 'discharge-summary-due', order: 55, Banner: DischargeSummaryDueBanner }],
} satisfies FeatureModule;
