import { combineLatest, firstValueFrom } from 'rxjs';
import { appendAudit, watchClient, watchClinicRecordsFor, watchResponsesForClient, watchStaff, type WaypointDatabase } from '../../../renderer/db';
import { getKeyRangeByQueryPlan } from 'rxdb/plugins/storage-dexie';
import type { PreparedQuery } from 'rxdb';
import type { ClientRow } from '../../../renderer/features/clients/client-list';
import { median, now, percentile } from './timing';
import { chartOpen, type Vault } from './app-flows';
import { openBytes } from '../../../shared/crypto/envelope';
import { deriveKey } from '../../../shared/crypto/keys';
import { watchNotesAwaitingCosign } from '../../../renderer/db';
import { clinicDayOf } from '../../../shared/progress/alerts';
import { openOverview, type OverviewOpen } from './overview-flow';

/** One default-tab open, as app-flows' openChart, with each read's finish time (ms from the open's start). */
export interface TailOpen {
  readonly pos: number;
  readonly clientId: string;
  readonly ms: number;
  readonly parts: Readonly<Record<string, number>>;
  readonly responses: number;
  readonly heapDropMb: number;
}

function heapMb(): number {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize / 1_048_576 : 0;
}

async function openOne(db: WaypointDatabase, clientId: string, userId: string, pos: number): Promise<TailOpen> {
  const ref = { collection: 'clients', id: clientId };
  const parts: Record<string, number> = {};
  const start = now();
  const heapBefore = heapMb();
  const part = async <T>(name: string, p: Promise<T>): Promise<T> => {
    const value = await p;
    parts[name] = now() - start;
    return value;
  };
  const [, responses] = await Promise.all([
    part('client+staff', firstValueFrom(combineLatest([watchClient(db, clientId), watchStaff(db)]))),
    part('responses', firstValueFrom(watchResponsesForClient(db, clientId))),
    part('safety-ack', firstValueFrom(watchClinicRecordsFor(db, 'safety-ack', ref))),
    part('schedule', firstValueFrom(watchClinicRecordsFor(db, 'schedule', ref))),
    part('audit', appendAudit(db, { action: 'view', entity: 'client', entityId: clientId, actorId: userId, detail: 'Opened the chart' }, { now: new Date() })),
  ]);
  const ms = now() - start;
  return { pos, clientId, ms, parts, responses: responses.length, heapDropMb: Math.max(0, heapBefore - heapMb()) };
}

/** Default-tab opens of the clients in `order`, cold since the last reopen, one at a time, with their parts. */
export async function chartTail(db: WaypointDatabase, rows: readonly ClientRow[], userId: string, ids: readonly string[]): Promise<TailOpen[]> {
  const known = new Set(rows.map((r) => r.id));
  const opens: TailOpen[] = [];
  for (const [pos, id] of ids.entries()) {
    if (!known.has(id)) throw new Error(`unknown client ${id}`);
    opens.push(await openOne(db, id, userId, pos));
  }
  return opens;
}

interface DexieLike {
  readonly internals: Promise<{
    readonly dexieDb: { transaction: (mode: 'r', table: unknown, fn: (tx: { idbtrans: IDBTransaction }) => Promise<void>) => Promise<void> };
    readonly dexieTable: unknown;
  }>;
  query: (prepared: unknown) => Promise<{ documents: Record<string, unknown>[] }>;
}

/** The Dexie instance under RxDB's wrapper and ours (an experiment only: reaches into RxDB's internals). */
function innerOf(db: WaypointDatabase): DexieLike {
  const wrapped = db.responses.storageInstance as unknown as { originalStorageInstance: { originalStorageInstance: DexieLike } };
  return wrapped.originalStorageInstance.originalStorageInstance;
}

async function getAllByClient(inner: DexieLike, prepared: PreparedQuery<unknown>): Promise<Record<string, unknown>[]> {
  const state = await inner.internals;
  let rows: Record<string, unknown>[] = [];
  const plan = prepared.queryPlan;
  const range: IDBKeyRange = (getKeyRangeByQueryPlan as (b: string[], p: unknown, k: unknown) => IDBKeyRange)(['_deleted'], plan, IDBKeyRange);
  await state.dexieDb.transaction('r', state.dexieTable, async (tx) => {
    const index = tx.idbtrans.objectStore('docs').index(`[${plan.index.join('+')}]`);
    const req = index.getAll(range);
    rows = await new Promise<Record<string, unknown>[]>((res, rej) => {
      req.onsuccess = () => {
        res(req.result as Record<string, unknown>[]);
      };
      req.onerror = () => {
        rej(req.error ?? new Error('getAll failed'));
      };
    });
  });
  return rows;
}

export interface SplitRow {
  readonly variant: 'cursor' | 'getAll';
  readonly n: number;
  readonly idbMs: number;
  readonly decryptMs: number;
}

/** Cold reads of each client's responses, alternating a cursor (RxDB's Dexie query) and one getAll, then decrypting. */
export async function splitExperiment(
  db: WaypointDatabase,
  ids: readonly string[],
  decrypt: (docs: readonly Record<string, unknown>[]) => Promise<unknown>,
): Promise<SplitRow[]> {
  const inner = innerOf(db);
  const out: SplitRow[] = [];
  for (const [i, clientId] of ids.entries()) {
    const variant = i % 2 === 0 ? 'cursor' : 'getAll';
    const t0 = now();
    const prepared = db.responses.find({ selector: { clientId }, sort: [{ completedAt: 'asc' }] }).getPreparedQuery();
    const docs = variant === 'cursor' ? (await inner.query(prepared)).documents : await getAllByClient(inner, prepared);
    const t1 = now();
    await decrypt(docs);
    out.push({ variant, n: docs.length, idbMs: t1 - t0, decryptMs: now() - t1 });
  }
  return out;
}

/**
 * A/B switch for the chart figure: `cursor` puts RxDB's own Dexie query back on every collection of the open
 * database (renderer/db/dexie-reads installs the one-request read as an own property; deleting it reveals the
 * class's cursor walk). Reopening the database installs the one-request read again.
 */
export function useCursorQueries(db: WaypointDatabase): number {
  let switched = 0;
  // The collections the chart figure reads or writes.
  const read = [db.clients, db.staff, db.responses, db.clinic, db.audit, db.notes, db.attendance, db.medications, db.medevents];
  for (const collection of read) {
    const instance: unknown = collection.storageInstance;
    const wrapped = instance as { originalStorageInstance?: { originalStorageInstance?: object } };
    const inner = wrapped.originalStorageInstance?.originalStorageInstance;
    if (inner && Object.prototype.hasOwnProperty.call(inner, 'query')) {
      Reflect.deleteProperty(inner, 'query');
      switched++;
    }
  }
  return switched;
}

/** A fixed piece of main-thread work with no I/O and no awaits: how much the machine alone stretches ~10 ms. */
export function busyWork(iterations: number): { readonly ms: number; readonly sum: number } {
  const start = now();
  let sum = 0;
  for (let i = 0; i < iterations; i++) sum = (sum + Math.sqrt(i) * 1.000001) % 1_000_003;
  return { ms: now() - start, sum };
}

/** What the experiments need from the bench page: its open database, rows and vault, and a lock + unlock. */
export interface ExperimentContext {
  readonly reopen: () => Promise<void>;
  readonly current: () => { readonly db: WaypointDatabase; readonly rows: readonly ClientRow[]; readonly vault: Vault };
}

/**
 * Issue 17 item 5's experiments on the chart figure, for one-off drivers (not part of `npm run bench`): per-open
 * times with their parts (`tail`), IndexedDB read vs decrypt of one client's responses (`split`), and one round of
 * the bench's chart figure with RxDB's cursor queries or the app's one-request reads, beside a CPU-only control
 * (`chartAb`). Each starts from a fresh unlock.
 */
export function chartExperiments(ctx: ExperimentContext) {
  return {
    async tail(ids: readonly string[], cosignFirst: boolean): Promise<TailOpen[]> {
      await ctx.reopen();
      const { db, rows, vault } = ctx.current();
      if (cosignFirst) await firstValueFrom(watchNotesAwaitingCosign(db));
      return chartTail(db, rows, vault.userId, ids);
    },
    async split(ids: readonly string[]): Promise<SplitRow[]> {
      await ctx.reopen();
      const { db, vault } = ctx.current();
      const key = await deriveKey(vault.crypto, vault.master, 'at-rest');
      const decrypt = (docs: readonly Record<string, unknown>[]) =>
        Promise.all(docs.map((d) => openBytes(vault.crypto, key, String(d.phi), `responses/${String(d.id)}`)));
      return splitExperiment(db, ids, decrypt);
    },
    async chartAb(variant: 'cursor' | 'getAll', rotation: number, iterations: number, chartClients: number): Promise<Record<string, number | string>> {
      await ctx.reopen();
      const { db, rows, vault } = ctx.current();
      const switched = variant === 'cursor' ? useCursorQueries(db) : 0;
      const chart = await chartOpen(db, [...rows.slice(rotation), ...rows.slice(0, rotation)], vault.userId, chartClients);
      // The control: as many fixed CPU-only pieces, one per macrotask like the opens.
      const control: number[] = [];
      for (let i = 0; i < chart.n; i++) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        control.push(busyWork(iterations).ms);
      }
      const figures = {
        overviewP50: chart.overviewP50,
        overviewP95: chart.overviewP95,
        p50: chart.p50,
        p95: chart.p95,
        allP50: chart.allTabsP50,
        allP95: chart.allTabsP95,
        n: chart.n,
      };
      return { variant, switched, controlP50: median(control), controlP95: percentile(control, 95), ...figures };
    },
    /** Cold Overview opens (the chart as the app opens it) of the clients in `ids`, with each hook's first value. */
    async overview(ids: readonly string[]): Promise<OverviewOpen[]> {
      await ctx.reopen();
      const { db, userId } = { db: ctx.current().db, userId: ctx.current().vault.userId };
      const today = clinicDayOf(new Date().toISOString(), Intl.DateTimeFormat().resolvedOptions().timeZone);
      const opens: OverviewOpen[] = [];
      for (const id of ids) opens.push(await openOverview(db, id, userId, today));
      return opens;
    },
    rowIds: (): string[] => ctx.current().rows.map((r) => r.id),
  };
}
