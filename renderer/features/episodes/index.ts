/** Public surface of the episodes feature: the chart tab and line, and level-of-care markers for trajectory charts. */
export { episodesFeature } from './feature';
export { useEpisodeMarkers, useClientEpisodes, useLevelsOfCare, type EpisodeMarker, type ClientEpisodes } from './useEpisodes';
export { LevelOfCareSection } from './components/LevelOfCareSection';
