import type { FeatureModule } from '../../modules';
import { OpenPlanBanner } from './components/OpenPlanBanner';
import { PlanTab } from './components/PlanTab';

/** Treatment plans: the chart's Plan tab (editor, signatures, versions, compare). */
export const plansFeature = {
  name: 'plans',
  chartTabs: [{ value: 'plan', label: 'Plan', order: 15, Panel: PlanTab }],
  chartBanners: [{ key: 'open-plan-version', order: 40, Banner: OpenPlanBanner }],
} satisfies FeatureModule;
