/**
 * Whether an admission, transfer or discharge can be recorded (progress.md §0.2), with one message per field: the
 * date is a real day, not in the future, not before the client's admission nor before the last recorded event.
 */
import { isIsoDate } from '../../domain/dates';
import { openEpisode } from './episodes';
import { LEVEL_CODING_SCHEMES, type Episode, type EpisodeEvent, type EpisodeEventInput, type LevelOfCareOption } from './types';

export type EpisodeFieldErrors = Readonly<Partial<Record<'occurredOn' | 'levelOfCareCode' | 'coding' | 'type', string>>>;

export interface EpisodeContext {
  readonly events: readonly EpisodeEvent[];
  readonly episodes: readonly Episode[];
  readonly levels: readonly LevelOfCareOption[];
  /** The client record's admission date: nothing is recorded before it. */
  readonly admissionDate: string;
  readonly today: string;
}

function dateProblem(input: EpisodeEventInput, ctx: EpisodeContext): string | null {
  if (!isIsoDate(input.occurredOn)) return 'Enter the date.';
  if (input.occurredOn > ctx.today) return 'The date is in the future: record it on the day it happens.';
  if (input.occurredOn < ctx.admissionDate) return `The date is before the client's admission (${ctx.admissionDate}).`;
  const last = [...ctx.events]
    .map((e) => e.occurredOn)
    .sort()
    .at(-1);
  if (last && input.occurredOn < last) return `The date is before the last recorded change (${last}).`;
  return null;
}

function typeProblem(input: EpisodeEventInput, ctx: EpisodeContext): string | null {
  const open = openEpisode(ctx.episodes);
  if (input.type === 'admission' && open) return `The client is already in ${open.levelOfCareCode}: record a transfer or a discharge.`;
  if (input.type !== 'admission' && !open) return 'The client has no current level of care: record an admission first.';
  return null;
}

function levelProblem(input: EpisodeEventInput, ctx: EpisodeContext): string | null {
  if (input.type === 'discharge') return null;
  if (!ctx.levels.some((l) => l.code === input.levelOfCareCode)) return 'Choose the level of care.';
  const open = openEpisode(ctx.episodes);
  if (input.type === 'transfer' && open?.levelOfCareCode === input.levelOfCareCode)
    return `The client is already in ${open.levelOfCareCode}: choose another level.`;
  return null;
}

function codingProblem(input: EpisodeEventInput): string | null {
  if (input.coding === null) return null;
  if (!LEVEL_CODING_SCHEMES.includes(input.coding.scheme)) return 'Choose ASAM 3rd, ASAM 4th or LOCUS.';
  const code = input.coding.code.trim();
  if (code === '') return 'Enter the code, or clear the coding.';
  return code.length > 12 ? 'A level code is at most 12 characters, e.g. 2.1.' : null;
}

/** Field errors for the input, empty when it can be recorded. */
export function episodeEventErrors(input: EpisodeEventInput, ctx: EpisodeContext): EpisodeFieldErrors {
  const entries = [
    ['type', typeProblem(input, ctx)],
    ['occurredOn', dateProblem(input, ctx)],
    ['levelOfCareCode', levelProblem(input, ctx)],
    ['coding', codingProblem(input)],
  ] as const;
  return Object.fromEntries(entries.filter(([, message]) => message !== null));
}
