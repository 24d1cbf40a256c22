import type { ChartTabProps, FeatureModule } from '../../modules';
import { CurrentLevelBanner } from './components/CurrentLevelBanner';
import { LevelOfCareSection } from './components/LevelOfCareSection';

const LevelOfCareTab = ({ client, canEdit }: ChartTabProps) => <LevelOfCareSection client={client} canEdit={canEdit} />;

/** Levels of care and episodes (progress.md §0.2): the chart tab, the current-level line and the chart markers. */
export const episodesFeature = {
  name: 'episodes',
  chartTabs: [{ value: 'level-of-care', label: 'Level of care', order: 70, Panel: LevelOfCareTab }],
  chartBanners: [{ key: 'current-level', order: 50, Banner: CurrentLevelBanner }],
} satisfies FeatureModule;
