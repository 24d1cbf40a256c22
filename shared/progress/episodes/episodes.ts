/** Episodes derived from the append-only admission / transfer / discharge events (progress.md §0.2). Pure. */
import type { Episode, EpisodeEvent } from './types';

const byOccurrence = (a: EpisodeEvent, b: EpisodeEvent) =>
  a.occurredOn.localeCompare(b.occurredOn) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

function closed(open: Episode, on: string, endType: 'transfer' | 'discharge', eventId: string | null): Episode {
  return { ...open, endedOn: on, endType, eventIds: eventId ? [...open.eventIds, eventId] : open.eventIds };
}

function opened(e: EpisodeEvent, startType: 'admission' | 'transfer'): Episode {
  return { id: e.id, levelOfCareCode: e.levelOfCareCode, coding: e.coding, startedOn: e.occurredOn, startType, endedOn: null, endType: null, eventIds: [e.id] };
}

/**
 * The client's episodes, oldest first. An admission or transfer closes the open episode (two laptops may both have
 * recorded one: both stay, in date order); a discharge closes it. A discharge recorded only on the client record
 * (`clientDischargeDate`) closes the last open episode too.
 */
export function episodesOf(events: readonly EpisodeEvent[], clientDischargeDate: string | null = null): readonly Episode[] {
  const out: Episode[] = [];
  let open: Episode | null = null;
  for (const e of [...events].sort(byOccurrence)) {
    if (e.type === 'discharge') {
      if (open) out.push(closed(open, e.occurredOn, 'discharge', e.id));
      open = null;
      continue;
    }
    if (open) out.push(closed(open, e.occurredOn, 'transfer', e.type === 'transfer' ? e.id : null));
    open = opened(e, open || e.type === 'transfer' ? 'transfer' : 'admission');
  }
  if (open) out.push(clientDischargeDate && clientDischargeDate >= open.startedOn ? closed(open, clientDischargeDate, 'discharge', null) : open);
  return out;
}

/** The episode in effect on `day` (started on or before it, not ended before it); null when none. */
export function episodeOn(episodes: readonly Episode[], day: string): Episode | null {
  const started = episodes.filter((e) => e.startedOn <= day && (e.endedOn === null || e.endedOn >= day));
  return started.at(-1) ?? null;
}

/** The open episode (no end), or null. */
export function openEpisode(episodes: readonly Episode[]): Episode | null {
  const last = episodes.at(-1);
  return last && last.endedOn === null ? last : null;
}

/** A dated chart marker per event: "Admitted to IOP", "IOP → OP", "Discharged". */
export function episodeMarkers(
  events: readonly EpisodeEvent[],
  clientDischargeDate: string | null = null,
): readonly { readonly date: string; readonly label: string }[] {
  const markers: { date: string; label: string }[] = [];
  let level: string | null = null;
  for (const e of [...events].sort(byOccurrence)) {
    if (e.type === 'discharge') markers.push({ date: e.occurredOn, label: level ? `Discharged from ${level}` : 'Discharged' });
    else markers.push({ date: e.occurredOn, label: e.type === 'admission' || !level ? `Admitted to ${e.levelOfCareCode}` : `${level} → ${e.levelOfCareCode}` });
    level = e.type === 'discharge' ? null : e.levelOfCareCode;
  }
  const hasDischarge = events.some((e) => e.type === 'discharge');
  if (clientDischargeDate && level && !hasDischarge) markers.push({ date: clientDischargeDate, label: `Discharged from ${level}` });
  return markers;
}

/**
 * Episodes that ended the day they began by a transfer: usually two changes recorded for the same day (e.g. on two
 * laptops while offline). Both are kept; the clinician is asked to check which one holds.
 */
export function sameDayTransfers(episodes: readonly Episode[]): readonly Episode[] {
  return episodes.filter((e) => e.endType === 'transfer' && e.endedOn === e.startedOn);
}
