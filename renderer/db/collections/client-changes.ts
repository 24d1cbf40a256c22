/**
 * Which clients' records changed since a checkpoint, read from RxDB's own change order (`_meta.lwt`, stamped on
 * every local write and on every pulled record as it lands), so records written by another laptop count too. Used to
 * know which derived per-client data (the caseload summaries) is stale.
 */
import {
  getChangedDocumentsSince,
  getPrimaryFieldOfPrimaryKey,
  normalizeMangoQuery,
  prepareQuery,
  type RxDocumentData,
  type RxStorageInstance,
} from 'rxdb/plugins/core';
import type { WaypointDatabase } from '../schema-plan';

/** The collections whose records feed a client's summary. */
export const CLIENT_FEED_COLLECTIONS = ['clients', 'responses', 'attendance', 'sessions', 'medications', 'medevents', 'careplans', 'clinic', 'notes'] as const;
export type ClientFeedCollection = (typeof CLIENT_FEED_COLLECTIONS)[number];

export interface ChangeCheckpoint {
  readonly id: string;
  readonly lwt: number;
}
export type ChangeCheckpoints = Readonly<Record<ClientFeedCollection, ChangeCheckpoint>>;

/** More changed records than this since the checkpoint and every client counts as changed (cheaper than reading them). */
const MOST_CHANGES = 2_000;
const BATCH = 500;
/** How far back a fresh checkpoint looks for the last write (writes land within it of being stamped). */
const FRESH_MARGIN_MS = 60_000;

export interface ClientChanges {
  /** The clients whose records changed; 'all' when too many records changed to tell. */
  readonly clientIds: ReadonlySet<string> | 'all';
  /** Where the next read starts. */
  readonly checkpoints: ChangeCheckpoints;
}

/** A checkpoint a little before `nowMs`: a write stamped just before it but still landing is read past it. */
function shortlyBefore(nowMs: number): ChangeCheckpoint {
  return { id: '', lwt: nowMs - FRESH_MARGIN_MS };
}

type Doc = RxDocumentData<Record<string, unknown>>;

function text(doc: Doc, field: string): string {
  const value = doc[field];
  return typeof value === 'string' ? value : '';
}

/** The client a changed record is about, or the group session's id to look up through attendance. */
function ownerOf(collection: ClientFeedCollection, doc: Doc): { client: string } | { session: string } | null {
  if (collection === 'clients') return { client: text(doc, 'id') };
  // A snooze is read live beside the summaries (never part of one), so snoozing an alert rebuilds nothing.
  if (collection === 'clinic') return text(doc, 'refCollection') === 'clients' && text(doc, 'kind') !== 'alert-snooze' ? { client: text(doc, 'refId') } : null;
  if (collection === 'sessions' && text(doc, 'clientId') === '') return { session: text(doc, 'id') };
  return { client: text(doc, 'clientId') };
}

type ChangeReader = RxStorageInstance<Record<string, unknown>, unknown, unknown, ChangeCheckpoint>;

// Only the routing fields of the changed records are read (each collection's own type has them as strings), so the
// storage instance is seen as one of plain records; the checkpoint of every RxDB storage is { id, lwt }.
function storageOf(db: WaypointDatabase, name: ClientFeedCollection): ChangeReader {
  return db[name].storageInstance as unknown as ChangeReader;
}

async function changedDocs(db: WaypointDatabase, name: ClientFeedCollection, from: ChangeCheckpoint, budget: number) {
  const docs: Doc[] = [];
  let checkpoint = from;
  for (;;) {
    const page = await getChangedDocumentsSince(storageOf(db, name), BATCH, checkpoint);
    docs.push(...page.documents);
    checkpoint = page.checkpoint;
    if (page.documents.length < BATCH || docs.length > budget) return { docs, checkpoint, complete: page.documents.length < BATCH };
  }
}

/** The last change of one collection from `from` on: counted through the (lwt, id) index, then only that one read. */
async function lastChange(instance: ChangeReader, from: ChangeCheckpoint): Promise<ChangeCheckpoint> {
  const primary = getPrimaryFieldOfPrimaryKey(instance.schema.primaryKey);
  const sort = [{ '_meta.lwt': 'asc' as const }, { [primary]: 'asc' as const }];
  const selector = { '_meta.lwt': { $gte: from.lwt } };
  const { count } = await instance.count(prepareQuery(instance.schema, normalizeMangoQuery(instance.schema, { selector, sort })));
  if (count === 0) return from;
  const query = normalizeMangoQuery(instance.schema, { selector, sort, skip: count - 1, limit: 1 });
  const last = (await instance.query(prepareQuery(instance.schema, query))).documents[0];
  // A write landing between the count and the read leaves an earlier checkpoint: it is read again next time.
  return last ? { id: String(last[primary]), lwt: last._meta.lwt } : from;
}

/**
 * Where each collection's changes end now: for a build that reads every record next. Looks back a little, so a write
 * stamped just before but still landing is past it (RxDB stamps writes in the order they land); decrypts one record
 * per collection, however many were written lately (a seed, a first pull).
 */
export async function latestCheckpoints(db: WaypointDatabase, nowMs: number): Promise<ChangeCheckpoints> {
  const ends = await Promise.all(CLIENT_FEED_COLLECTIONS.map(async (name) => [name, await lastChange(storageOf(db, name), shortlyBefore(nowMs))] as const));
  return Object.fromEntries(ends) as Record<ClientFeedCollection, ChangeCheckpoint>;
}

/** The clients of the records attended in these group sessions. */
async function clientsInSessions(db: WaypointDatabase, sessionIds: readonly string[]): Promise<string[]> {
  const lists = await Promise.all(sessionIds.map((sessionId) => db.attendance.find({ selector: { sessionId } }).exec()));
  return lists.flat().map((a) => a.clientId);
}

/** The clients whose records changed after `since`, and the checkpoints to read from next time. */
export async function clientChangesSince(db: WaypointDatabase, since: ChangeCheckpoints): Promise<ClientChanges> {
  const clientIds = new Set<string>();
  const sessions = new Set<string>();
  const next: Partial<Record<ClientFeedCollection, ChangeCheckpoint>> = {};
  let seen = 0;
  let all = false;
  for (const name of CLIENT_FEED_COLLECTIONS) {
    const { docs, checkpoint, complete } = await changedDocs(db, name, since[name], MOST_CHANGES - seen);
    seen += docs.length;
    if (!complete || seen > MOST_CHANGES) {
      all = true;
      break;
    }
    next[name] = checkpoint;
    for (const doc of docs) {
      const owner = ownerOf(name, doc);
      if (owner && 'client' in owner) clientIds.add(owner.client);
      else if (owner) sessions.add(owner.session);
    }
  }
  // Too many to tell: every summary is rebuilt, reading every record after a fresh checkpoint.
  if (all) return { clientIds: 'all', checkpoints: await latestCheckpoints(db, Date.now()) };
  (await clientsInSessions(db, [...sessions])).forEach((id) => clientIds.add(id));
  return { clientIds, checkpoints: next as ChangeCheckpoints };
}
