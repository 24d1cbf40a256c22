import { combineLatest, map } from 'rxjs';
import type { Client } from '../../../shared/domain/client';
import { episodeMarkers, episodesOf, type Episode, type EpisodeEvent, type LevelOfCareOption } from '../../../shared/progress/episodes';
import { useLiveQuery, watchClient, watchClinicRecords, watchEpisodeEventsForClient } from '../../db';
import { levelsOfCareOf } from './levels-records';

export interface ClientEpisodes {
  readonly events: readonly EpisodeEvent[];
  /** Oldest first; the last one without an end is the current level of care. */
  readonly episodes: readonly Episode[];
}

/** A client's level-of-care events and the episodes they make, kept live. */
export function useClientEpisodes(client: Pick<Client, 'id' | 'dischargeDate'>) {
  return useLiveQuery(
    (db) => watchEpisodeEventsForClient(db, client.id).pipe(map((events): ClientEpisodes => ({ events, episodes: episodesOf(events, client.dischargeDate) }))),
    [client.id, client.dischargeDate],
  );
}

/** The clinic's levels of care, kept live (the default list until the clinic sets its own). */
export function useLevelsOfCare(): readonly LevelOfCareOption[] | undefined {
  return useLiveQuery((db) => watchClinicRecords(db, 'settings').pipe(map(levelsOfCareOf)), []).data;
}

/** A dated chart line (the measures charts' ChartMarker shape), drawn solid blue. */
export interface EpisodeMarker {
  readonly date: string;
  readonly label: string;
  readonly kind: 'level-of-care';
}

const NONE: readonly EpisodeMarker[] = [];

/** Admissions, transfers and discharges as dated markers for every trajectory chart, kept live. */
export function useEpisodeMarkers(clientId: string): readonly EpisodeMarker[] {
  const { data } = useLiveQuery(
    (db) =>
      combineLatest([watchEpisodeEventsForClient(db, clientId), watchClient(db, clientId)]).pipe(
        map(([events, client]) => episodeMarkers(events, client?.dischargeDate ?? null).map((m): EpisodeMarker => ({ ...m, kind: 'level-of-care' }))),
      ),
    [clientId],
  );
  return data ?? NONE;
}
