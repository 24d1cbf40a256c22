/**
 * The caseload summaries kept on this laptop (one sealed entry per client in a local-only store, never synced) and
 * how they are brought up to date: the clients whose records changed since the stored checkpoint (RxDB's change
 * order, pulled records included) and every client in view whose summary is missing, doubtful or does not hold on
 * today (built more than SUMMARY_HORIZON_DAYS days ago) are rebuilt
 * from their records; a changed client out of view loses its summary. When the checkpoint is missing, from another
 * version or from a database made anew (a restore), every summary is ignored.
 */
import type { Client } from '../../../shared/domain/client';
import type { ProgressRuleParams } from '../../../shared/progress';
import { isUsableSummary, type ClientSummary, type SummaryStamp } from '../../../shared/progress/alerts/client-summary';
import {
  clientChangesSince,
  latestCheckpoints,
  readLocalEntries,
  watchClinicRecords,
  writeLocalEntries,
  type ChangeCheckpoints,
  type ClientChanges,
  type LocalEntries,
  type WaypointDatabase,
} from '../../db';
import { firstValueFrom } from 'rxjs';
import { loadClientRecords, summarize } from './summary-build';

const STORE = 'local-caseload-summaries';
const META_ID = '~checkpoint';
const META_VERSION = 1;

interface Meta {
  readonly version: number;
  readonly storageToken: string;
  readonly checkpoints: ChangeCheckpoints;
}

function isMeta(value: unknown, storageToken: string): value is Meta {
  if (typeof value !== 'object' || value === null) return false;
  const m: Readonly<Record<string, unknown>> = { ...value };
  return m.version === META_VERSION && m.storageToken === storageToken && typeof m.checkpoints === 'object' && m.checkpoints !== null;
}

export interface SummaryRequest {
  readonly clients: readonly Client[];
  readonly stamp: SummaryStamp;
  readonly params: ProgressRuleParams | undefined;
}

export interface ClientWithSummary {
  readonly client: Client;
  readonly summary: ClientSummary;
}

/** How many summaries a refresh rebuilt (for the bench and the tests). */
export interface RefreshResult {
  readonly clients: readonly ClientWithSummary[];
  readonly rebuilt: number;
  /** The clients in view whose records could not be read this refresh: left out of `clients`, told to the user. */
  readonly unread: readonly Client[];
}

export interface SummaryRefresher {
  /** Brings the summaries of `request.clients` up to date; calls run one at a time, a waiting one takes the newest request. */
  refresh(request: SummaryRequest): Promise<RefreshResult>;
}

async function changesSince(db: WaypointDatabase, entries: LocalEntries, token: string): Promise<ClientChanges> {
  const meta = entries.get(META_ID)?.value;
  if (!isMeta(meta, token)) return { clientIds: 'all', checkpoints: await latestCheckpoints(db, Date.now()) };
  return clientChangesSince(db, meta.checkpoints);
}

async function rebuild(db: WaypointDatabase, clients: readonly Client[], request: SummaryRequest, now: () => Date): Promise<ClientSummary[]> {
  if (clients.length === 0) return [];
  const acks = await firstValueFrom(watchClinicRecords(db, 'safety-ack'));
  // One client whose records cannot be read (removed between reads, a row that does not open) is left out of this
  // refresh rather than failing every client's; it is rebuilt on the next refresh.
  const built = await Promise.all(
    clients.map(async (client) => {
      try {
        return [summarize(await loadClientRecords(db, client, acks), request.stamp, request.params, now())];
      } catch {
        return [];
      }
    }),
  );
  return built.flat();
}

async function refreshOnce(
  db: WaypointDatabase,
  known: LocalEntries,
  request: SummaryRequest,
  now: () => Date,
): Promise<{ entries: LocalEntries; result: RefreshResult }> {
  const token = await db.storageToken;
  const changes = await changesSince(db, known, token);
  const changed = (id: string) => changes.clientIds === 'all' || changes.clientIds.has(id);
  const nowIso = now().toISOString();
  const usable = (c: Client) => {
    const value = known.get(c.id)?.value;
    return !changed(c.id) && isUsableSummary(value, c.id, request.stamp, nowIso) ? value : null;
  };
  const stale = request.clients.filter((c) => usable(c) === null);
  const built = await rebuild(db, stale, request, now);
  const inView = new Set(request.clients.map((c) => c.id));
  const dropped = [...known.keys()].filter((id) => id !== META_ID && !inView.has(id) && changed(id));
  const meta: Meta = { version: META_VERSION, storageToken: token, checkpoints: changes.checkpoints };
  const metaChanged = JSON.stringify(known.get(META_ID)?.value) !== JSON.stringify(meta);
  const writes = [
    ...built.map((summary) => ({ id: summary.clientId, value: summary })),
    ...dropped.map((id) => ({ id, value: null })),
    ...(metaChanged ? [{ id: META_ID, value: meta }] : []),
  ];
  const entries = await writeLocalEntries(db, STORE, known, writes);
  const fresh = new Map(built.map((summary) => [summary.clientId, summary]));
  const clients = request.clients.flatMap((client) => {
    const summary = fresh.get(client.id) ?? usable(client);
    return summary ? [{ client, summary }] : [];
  });
  const unread = request.clients.filter((client) => !fresh.has(client.id) && usable(client) === null);
  return { entries, result: { clients, rebuilt: built.length, unread } };
}

/**
 * A refresher over `db`'s stored summaries; what it decrypted lives as long as it does (the dashboard's subscription).
 * `now`: the clock summaries are built and checked by.
 */
export function createSummaryRefresher(db: WaypointDatabase, now: () => Date = () => new Date()): SummaryRefresher {
  let entries: LocalEntries | null = null;
  let latest: SummaryRequest | null = null;
  let queued: Promise<RefreshResult> | null = null;
  let running: Promise<unknown> = Promise.resolve();
  const run = async (): Promise<RefreshResult> => {
    queued = null;
    if (!latest) throw new Error('nothing to refresh');
    entries ??= await readLocalEntries(db, STORE);
    const out = await refreshOnce(db, entries, latest, now);
    entries = out.entries;
    return out.result;
  };
  return {
    refresh(request) {
      latest = request;
      if (queued) return queued;
      const next = running.then(run);
      queued = next;
      running = next.catch(() => undefined);
      return next;
    },
  };
}
