/** The level-of-care episode a snapshot is anchored on (progress.md §0.2, §5.3 `daysInProgram`) and the track. */
import type { EpisodeEvidence } from '../recommendation/evidence';
import type { Track } from '../recommendation/snapshot';
import { daysAgo } from './clinic-day';
import type { EpisodeAnchor, SnapshotRecords } from './records';

/** The episode in effect on asOf: the latest one started on or before it; null when none is recorded. */
export function currentEpisode(episodes: readonly EpisodeAnchor[], asOf: string): EpisodeAnchor | null {
  const started = episodes.filter((e) => e.startedOn <= asOf);
  return [...started].sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.id.localeCompare(b.id)).at(-1) ?? null;
}

/** The anchor: the current episode's start, or (before episodes exist) the client's admission date. */
export function episodeEvidence(records: Pick<SnapshotRecords, 'client' | 'episodes'>, asOf: string): EpisodeEvidence {
  const episode = currentEpisode(records.episodes, asOf);
  const admittedOn = episode?.startedOn ?? records.client.admissionDate;
  return {
    episodeId: episode?.id ?? null,
    admittedOn,
    levelOfCare: episode?.levelOfCareCode ?? (records.client.levelOfCare || null),
    daysInProgram: Math.max(0, daysAgo(asOf, admittedOn)),
  };
}

/** The track of a program name: substance use → `sud`, dual diagnosis / co-occurring → `co`, else `mh`. */
export function trackOfProgram(program: string): Track {
  const p = program.toLowerCase();
  if (p.includes('dual') || p.includes('co-occurring')) return 'co';
  if (p.includes('substance') || p.includes('addiction')) return 'sud';
  return 'mh';
}
