/**
 * RxDB's Dexie storage answers a query by walking an IndexedDB cursor over the chosen index, one `continue()` and
 * one success event per record. In Chromium each step is a round trip to the browser process's IndexedDB backend
 * and a task on the page's main thread, so on a loaded machine a query's time is the sum of many small waits: cold
 * chart opens (~50 responses a client) had a p95 of 70–100 ms in the cursor alone against 25–32 ms when the same
 * rows came back from one `getAll()` on the same index range (issue 17 item 5; docs/benchmarks.md "Chart open").
 *
 * `withOneRequestReads` wraps the Dexie storage so that a query reads its index range with one `getAll()` request,
 * then does what the cursor walk did in memory: the selector's check where the index does not settle it, the sort
 * where the index order is not it, skip and limit. A query that needs the check and has a limit keeps the cursor,
 * which stops as soon as the page is full instead of reading the whole range.
 */
import {
  getQueryMatcher,
  getSortComparator,
  type DexieSettings,
  type DexieStorageInternals,
  type PreparedQuery,
  type RxQueryPlan,
  type RxDocumentData,
  type RxStorage,
  type RxStorageInstance,
  type RxStorageQueryResult,
} from 'rxdb/plugins/core';
import {
  DEXIE_DOCS_TABLE_NAME,
  dexieReplaceIfStartsWithPipe,
  fromDexieToStorage,
  getKeyRangeByQueryPlan,
  RxStorageInstanceDexie,
} from 'rxdb/plugins/storage-dexie';
import { idbRequest } from './idb-request';

// RxDB's key range for a query plan (typed `any` there): an IDBKeyRange made by the database's own IDBKeyRange.
const keyRangeOf: (booleanIndexes: string[], plan: RxQueryPlan, factory: unknown) => IDBKeyRange = getKeyRangeByQueryPlan;

type DexieInstance<T> = RxStorageInstance<T, DexieStorageInternals, DexieSettings>;

/** Whether one getAll() can answer the query: it cannot stop early on a record the index does not settle. */
export function readsInOneRequest(prepared: PreparedQuery<unknown>): boolean {
  const limited = typeof prepared.query.limit === 'number';
  return !limited || prepared.queryPlan.selectorSatisfiedByIndex;
}

/** The records of the query's index range as stored (Dexie's form), in index order; `count` caps the read. */
async function readRange<T>(instance: DexieInstance<T>, prepared: PreparedQuery<T>, count: number | undefined): Promise<unknown[]> {
  const state = await instance.internals;
  const plan = prepared.queryPlan;
  let range: IDBKeyRange;
  try {
    range = keyRangeOf(state.booleanIndexes, plan, state.dexieDb._options.IDBKeyRange);
  } catch (error) {
    // As RxDB's cursor query: a range IndexedDB refuses (e.g. start after end) matches nothing.
    if (error instanceof Error && error.name === 'DataError') return [];
    throw error;
  }
  const indexName = `[${plan.index.map((field) => dexieReplaceIfStartsWithPipe(field)).join('+')}]`;
  let rows: unknown[] = [];
  await state.dexieDb.transaction('r', state.dexieTable, async (tx) => {
    const index = tx.idbtrans.objectStore(DEXIE_DOCS_TABLE_NAME).index(indexName);
    rows = await idbRequest<unknown[]>(index.getAll(range, count));
  });
  return rows;
}

/** RxDB's Dexie query (storage-dexie/dexie-query.ts) with the cursor walk replaced by one getAll() of the range. */
export async function queryInOneRequest<T>(instance: DexieInstance<T>, prepared: PreparedQuery<T>): Promise<RxStorageQueryResult<T>> {
  const { query, queryPlan } = prepared;
  const skip = query.skip;
  const end = typeof query.limit === 'number' ? skip + query.limit : Infinity;
  // With the selector settled by the index, the range's first records in index order are the answer, if that is the sort.
  const count = queryPlan.selectorSatisfiedByIndex && queryPlan.sortSatisfiedByIndex && Number.isFinite(end) && end > 0 ? end : undefined;
  const state = await instance.internals;
  const stored = await readRange(instance, prepared, count);
  let rows = stored.map((row): RxDocumentData<T> => fromDexieToStorage<T>(state.booleanIndexes, row));
  if (!queryPlan.selectorSatisfiedByIndex) rows = rows.filter(getQueryMatcher(instance.schema, query));
  if (!queryPlan.sortSatisfiedByIndex) rows.sort(getSortComparator(instance.schema, query));
  return { documents: rows.slice(skip, end) };
}

/** The Dexie storage, its queries read in one request each where that gives the same answer (see above). */
export function withOneRequestReads<I, O>(storage: RxStorage<I, O>): RxStorage<I, O> {
  return {
    name: storage.name,
    rxdbVersion: storage.rxdbVersion,
    async createStorageInstance(params) {
      const instance = await storage.createStorageInstance(params);
      if (!(instance instanceof RxStorageInstanceDexie)) return instance;
      const cursorQuery = instance.query.bind(instance);
      // Own property over the class's method: RxDB and the sealing wrapper call instance.query() on this object.
      // A closed instance goes through RxDB's own query, which refuses it (Dexie databases are shared between instances).
      instance.query = (prepared) =>
        instance.closed === undefined && readsInOneRequest(prepared) ? queryInOneRequest(instance, prepared) : cursorQuery(prepared);
      return instance;
    },
  };
}
