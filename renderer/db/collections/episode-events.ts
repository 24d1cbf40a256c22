/**
 * Admission, transfer and discharge events between levels of care (progress.md §0.2): careplans records of kind
 * `level_of_care_event`, written signed (never changed: the careplans guard and the server refuse edits), synced and
 * sealed like every record. Episodes are derived from them (shared/progress/episodes).
 */
import { type Observable } from 'rxjs';
import { z } from 'zod';
import type { CarePlan } from '../../../shared/domain/records';
import { EPISODE_EVENT_TYPES, LEVEL_CODING_SCHEMES, type EpisodeEvent, type EpisodeEventInput } from '../../../shared/progress/episodes';
import type { WaypointDatabase } from '../schema-plan';
import { insertPlain, plainOf, stampNew, type WriteContext, readEach, watchWhere } from './collection-spec';

const contentSchema = z.object({
  type: z.enum(EPISODE_EVENT_TYPES),
  levelOfCareCode: z.string(),
  coding: z.object({ scheme: z.enum(LEVEL_CODING_SCHEMES), code: z.string() }).nullable(),
  reason: z.string(),
  note: z.string(),
});

/** A stored record as an event; null for other kinds or content that does not read. */
export function episodeEventOf(doc: CarePlan): EpisodeEvent | null {
  if (doc.kind !== 'level_of_care_event') return null;
  const content = contentSchema.safeParse(doc.content);
  if (!content.success) return null;
  return { id: doc.id, clientId: doc.clientId, occurredOn: doc.effectiveFrom, authorId: doc.authorId, createdAt: doc.createdAt, ...content.data };
}

/** Stores one event of a client, signed on write. */
export async function insertEpisodeEvent(db: WaypointDatabase, clientId: string, input: EpisodeEventInput, ctx: WriteContext): Promise<EpisodeEvent> {
  const stamp = stampNew(ctx);
  const { type, levelOfCareCode, coding, reason, note } = input;
  const record: CarePlan = {
    ...stamp,
    kind: 'level_of_care_event',
    status: 'signed',
    clientId,
    planId: stamp.id,
    version: 0,
    previousVersionId: '',
    effectiveFrom: input.occurredOn,
    reviewDueOn: '',
    contentHash: '',
    content: { type, levelOfCareCode, coding, reason, note },
    signatures: [],
    lifecycle: [],
  };
  const saved = episodeEventOf(await insertPlain(db.careplans, record));
  if (!saved) throw new Error('The level-of-care event was stored in a shape that does not read back.');
  return saved;
}

/** A client's level-of-care events, oldest first, kept live. */
export function watchEpisodeEventsForClient(db: WaypointDatabase, clientId: string): Observable<readonly EpisodeEvent[]> {
  return watchWhere(db.careplans, { selector: { clientId, kind: 'level_of_care_event' }, sort: [{ effectiveFrom: 'asc' }] }, readEach(episodeEventOf));
}

/** A client's level-of-care events, read once. */
export async function findEpisodeEventsForClient(db: WaypointDatabase, clientId: string): Promise<readonly EpisodeEvent[]> {
  const docs = await db.careplans.find({ selector: { clientId, kind: 'level_of_care_event' } }).exec();
  return docs.flatMap((d) => episodeEventOf(plainOf(d)) ?? []);
}
