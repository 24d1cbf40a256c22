import { useMemo } from 'react';
import type { Client, DischargeInput } from '../../../shared/domain/client';
import type { EpisodeEventInput, LevelOfCareOption } from '../../../shared/progress/episodes';
import { useActorContext } from '../../session';
import { recordDischarge, recordLevelOfCareChange, saveLevelsOfCare } from './episode-actions';

export interface EpisodeActions {
  readonly change: (client: Client, input: EpisodeEventInput, levels: readonly LevelOfCareOption[]) => Promise<void>;
  readonly discharge: (client: Client, input: DischargeInput, levels: readonly LevelOfCareOption[]) => Promise<void>;
  readonly saveLevels: (levels: readonly LevelOfCareOption[]) => Promise<void>;
}

/** The signed-in clinician's admission, transfer and discharge writes. */
export function useEpisodeActions(): EpisodeActions {
  const ctx = useActorContext();
  return useMemo(
    () => ({
      change: async (client, input, levels) => {
        await recordLevelOfCareChange(ctx, client, input, levels);
      },
      discharge: async (client, input, levels) => {
        await recordDischarge(ctx, client, input, levels);
      },
      saveLevels: (levels) => saveLevelsOfCare(ctx, levels),
    }),
    [ctx],
  );
}
