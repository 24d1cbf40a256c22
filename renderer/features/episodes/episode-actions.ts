/**
 * Writes of admissions, transfers and discharges between levels of care (progress.md §0.2), each with its audit event.
 * A discharge is the client record's discharge (clients feature) plus its event; the review never changes a level.
 */
import type { Client, DischargeInput } from '../../../shared/domain/client';
import {
  episodeEventErrors,
  episodesOf,
  openEpisode,
  type Episode,
  type EpisodeEvent,
  type EpisodeEventInput,
  type EpisodeFieldErrors,
  type LevelOfCareOption,
} from '../../../shared/progress/episodes';
import { auditFor } from '../../audit';
import { localToday } from '../../components/format-date';
import { findEpisodeEventsForClient, insertClinicRecord, insertEpisodeEvent, setClientLevelOfCare } from '../../db';
import { writeStamp, type ActorContext } from '../../session';
import { dischargeClientRecord } from '../clients';
import { LEVELS_REF } from './levels-records';

/** The input cannot be recorded; `errors` has one message per field. */
export class EpisodeEventError extends Error {
  readonly code = 'episode_event_invalid';
  constructor(readonly errors: EpisodeFieldErrors) {
    super(Object.values(errors).join(' '));
    this.name = 'EpisodeEventError';
  }
}

/** The client's episodes before the write; throws EpisodeEventError (one message per field) when it cannot be recorded. */
async function checked(
  ctx: ActorContext,
  client: Client,
  input: EpisodeEventInput,
  levels: readonly LevelOfCareOption[],
  now: Date,
): Promise<readonly Episode[]> {
  if (client.status !== 'active') throw new EpisodeEventError({ type: 'The client is not active: levels of care change only during a stay.' });
  const events = await findEpisodeEventsForClient(ctx.db, client.id);
  const episodes = episodesOf(events, client.dischargeDate);
  const errors = episodeEventErrors(input, { events, episodes, levels, admissionDate: client.admissionDate, today: localToday(now) });
  if (Object.keys(errors).length > 0) throw new EpisodeEventError(errors);
  return episodes;
}

function describe(input: EpisodeEventInput, from: string | null): string {
  const coded = input.coding ? ` (${input.coding.scheme.toUpperCase()} ${input.coding.code})` : '';
  if (input.type === 'admission') return `Admitted to ${input.levelOfCareCode}${coded} on ${input.occurredOn}`;
  return `Transferred ${from ? `from ${from} ` : ''}to ${input.levelOfCareCode}${coded} on ${input.occurredOn}`;
}

/**
 * Records an admission or a transfer; the client record's level of care follows (PHP, IOP, OP or one of the clinic's
 * own levels such as RES), so the header and the client list say the same.
 */
export async function recordLevelOfCareChange(
  ctx: ActorContext,
  client: Client,
  input: EpisodeEventInput,
  levels: readonly LevelOfCareOption[],
): Promise<EpisodeEvent> {
  if (input.type === 'discharge') throw new EpisodeEventError({ type: 'Record a discharge with the discharge form.' });
  const stamp = writeStamp(ctx);
  const from = openEpisode(await checked(ctx, client, input, levels, stamp.now))?.levelOfCareCode ?? null;
  const event = await insertEpisodeEvent(ctx.db, client.id, { ...input, reason: input.reason.trim(), note: input.note.trim() }, stamp);
  const followed = input.levelOfCareCode !== client.levelOfCare;
  if (followed) await setClientLevelOfCare(ctx.db, client.id, input.levelOfCareCode, stamp);
  const detail = `${describe(input, from)}${followed ? '; the client record now says the same' : ''} (event ${event.id})`;
  await auditFor(ctx, 'episode')(input.type === 'admission' ? 'create' : 'edit', client.id, detail, stamp.now);
  return event;
}

/** Discharges the client (the client record's discharge and its audit) and records the discharge event ending the episode. */
export async function recordDischarge(ctx: ActorContext, client: Client, input: DischargeInput, levels: readonly LevelOfCareOption[]): Promise<EpisodeEvent> {
  const stamp = writeStamp(ctx);
  const event: EpisodeEventInput = {
    type: 'discharge',
    occurredOn: input.dischargeDate,
    levelOfCareCode: '',
    coding: null,
    reason: input.dischargeReason,
    note: '',
  };
  await checked(ctx, client, event, levels, stamp.now);
  await dischargeClientRecord(ctx, client, input);
  const saved = await insertEpisodeEvent(ctx.db, client.id, event, stamp);
  await auditFor(ctx, 'episode')(
    'discharge',
    client.id,
    `Discharge recorded as the end of the current level of care on ${input.dischargeDate} (event ${saved.id})`,
    stamp.now,
  );
  return saved;
}

/** Saves the clinic's list of levels of care (a new settings record; the newest one counts) and audits it. */
export async function saveLevelsOfCare(ctx: ActorContext, levels: readonly LevelOfCareOption[]): Promise<void> {
  const stamp = writeStamp(ctx);
  const data = { levels: levels.map(({ code, label }) => ({ code, label })) };
  const saved = await insertClinicRecord(
    ctx.db,
    { kind: 'settings', status: 'open', refCollection: LEVELS_REF.collection, refId: LEVELS_REF.id, data, reason: '' },
    stamp,
  );
  await auditFor(ctx, 'vault')('settings', saved.id, `Clinic levels of care: ${levels.map((l) => l.code).join(', ')}`, stamp.now);
}
