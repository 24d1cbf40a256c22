import type { ChartTabProps, FeatureModule } from '../../modules';
import { CurrentLevelBanner } from './components/CurrentLevelBanner';
import { LevelOfCareSection } from './components/LevelOfCareSection';
import { LevelsOfCarePage } from './components/LevelsOfCarePage';
import { useEpisodeMarkers } from './useEpisodes';

const LevelOfCareTab = ({ client, canEdit }: ChartTabProps) => <LevelOfCareSection client={client} canEdit={canEdit} />;

/** Levels of care and episodes (progress.md §0.2): the chart tab, the current-level line, the clinic's list of levels. */
export const episodesFeature = {
  name: 'episodes',
  routes: [{ path: '/levels-of-care', element: <LevelsOfCarePage /> }],
  nav: [{ to: '/levels-of-care', label: 'Levels of care', order: 75 }],
  chartTabs: [{ value: 'level-of-care', label: 'Level of care', order: 70, Panel: LevelOfCareTab }],
  // Admissions, transfers and discharges on every trajectory (after the medication changes).
  chartMarkers: [{ key: 'level-of-care', order: 20, useMarkers: useEpisodeMarkers }],
  chartBanners: [{ key: 'current-level', order: 50, Banner: CurrentLevelBanner }],
} satisfies FeatureModule;
