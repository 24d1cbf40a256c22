/** Levels of care and episodes (progress.md §0.2): events in, episodes, markers and validation out. */
export * from './types';
export { episodeMarkers, episodeOn, episodesOf, openEpisode } from './episodes';
export { episodeEventErrors, type EpisodeContext, type EpisodeFieldErrors } from './validate';
