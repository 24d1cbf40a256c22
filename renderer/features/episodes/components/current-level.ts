import { openEpisode, type Episode } from '../../../../shared/progress/episodes';
import { formatIsoDate } from '../../../components/format-date';

/** "IOP since 1 Nov 2026", "OP since 20 Nov 2026 (transferred from IOP)", or null when no episode is open. */
export function currentLevelText(episodes: readonly Episode[]): string | null {
  const current = openEpisode(episodes);
  if (!current) return null;
  const before = episodes.at(-2);
  const from = current.startType === 'transfer' && before ? ` (transferred from ${before.levelOfCareCode})` : '';
  return `${current.levelOfCareCode} since ${formatIsoDate(current.startedOn)}${from}`;
}
