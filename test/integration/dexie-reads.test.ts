import {
  fillWithDefaultSettings,
  normalizeMangoQuery,
  prepareQuery,
  randomToken,
  type MangoQuery,
  type RxDocumentData,
  type RxJsonSchema,
} from 'rxdb/plugins/core';
import { getRxStorageDexie, RxStorageInstanceDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findResponsesForClient, insertResponse, watchResponsesForClient } from '../../renderer/db';
import type { InstrumentResponse } from '../../shared/domain/records';
import { queryInOneRequest, readsInOneRequest } from '../../renderer/db/dexie-reads';
import { firstValueFrom } from 'rxjs';
import { openFreshDb, writeAt } from './db-helpers';

interface Row {
  id: string;
  clientId: string;
  kind: string;
  at: string;
  done: boolean;
}

const schema: RxJsonSchema<RxDocumentData<Row>> = fillWithDefaultSettings({
  title: 'rows',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 16 },
    clientId: { type: 'string', maxLength: 16 },
    kind: { type: 'string', maxLength: 16 },
    at: { type: 'string', maxLength: 32 },
    done: { type: 'boolean' },
  },
  required: ['id', 'clientId', 'kind', 'at', 'done'],
  indexes: [
    ['clientId', 'at'],
    ['kind', 'done'],
  ],
});

// 3 clients × 8 rows with shuffled instants and kinds; every fifth row deleted (the cursor never returns those).
function rows(): RxDocumentData<Row>[] {
  return Array.from({ length: 24 }, (_, i) => ({
    id: `r${String(i).padStart(2, '0')}`,
    clientId: `c${String(i % 3)}`,
    kind: ['note', 'measure', 'visit'][(i * 7) % 3] ?? 'note',
    at: `2026-11-${String(1 + ((i * 11) % 24)).padStart(2, '0')}T10:00:00.000Z`,
    done: i % 4 === 0,
    _deleted: i % 5 === 0,
    _attachments: {},
    _rev: '1-a',
    _meta: { lwt: 1_700_000_000_000 + i },
  }));
}

// What the app's queries look like: equality on an index prefix, ranges, checks the index does not settle, both
// sort directions, skip and limit.
const QUERIES: readonly (readonly [string, MangoQuery<Row>])[] = [
  ['a client, by instant', { selector: { clientId: 'c1' }, sort: [{ at: 'asc' }] }],
  ['a client, newest first', { selector: { clientId: 'c2' }, sort: [{ at: 'desc' }] }],
  ['a client in a window', { selector: { clientId: 'c0', at: { $gte: '2026-11-05', $lt: '2026-11-20' } }, sort: [{ at: 'asc' }] }],
  ['a client, first three', { selector: { clientId: 'c1' }, sort: [{ at: 'asc' }], limit: 3 }],
  ['a client, skip two, take two', { selector: { clientId: 'c1' }, sort: [{ at: 'asc' }], skip: 2, limit: 2 }],
  ['a kind and a boolean', { selector: { kind: 'note', done: false } }],
  ['a check the index does not settle', { selector: { clientId: 'c0', kind: 'measure' }, sort: [{ at: 'asc' }] }],
  ['that check with a limit (keeps the cursor)', { selector: { clientId: 'c2', kind: 'visit' }, sort: [{ at: 'asc' }], limit: 1 }],
  ['an empty range', { selector: { clientId: 'c9' } }],
  ['everything', {}],
];

function phq9On(clientId: string, completedAt: string): Omit<InstrumentResponse, 'id' | 'authorId' | 'createdAt' | 'updatedAt'> {
  const fields = { instrumentId: 'PHQ-9', instrumentVersion: '1.0.0', sessionId: '', respondent: 'client', comment: '', supersedesId: '' } as const;
  return { ...fields, kind: 'measure', clientId, completedAt, answers: { phq9_1: 1 }, score: 12, band: 'moderate', flags: [] };
}

// As RxQuery.getPreparedQuery: RxDB asks storage for the documents not deleted, through indexes that start with _deleted.
function preparedOf(mango: MangoQuery<Row>) {
  const normalized = normalizeMangoQuery(schema, mango);
  return prepareQuery(schema, { ...normalized, selector: { ...normalized.selector, _deleted: { $eq: false } } });
}

const opened: RxStorageInstanceDexie<Row>[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((i) => i.close()));
  vi.restoreAllMocks();
});

async function filledInstance(): Promise<RxStorageInstanceDexie<Row>> {
  const instance = await getRxStorageDexie().createStorageInstance<Row>({
    databaseInstanceToken: randomToken(10),
    databaseName: `dexie-reads-${randomToken(8)}`,
    collectionName: 'rows',
    schema,
    options: {},
    multiInstance: false,
    devMode: false,
  });
  if (!(instance instanceof RxStorageInstanceDexie)) throw new Error('not the Dexie storage');
  opened.push(instance);
  await instance.bulkWrite(
    rows().map((document) => ({ document })),
    'test',
  );
  return instance;
}

describe('queries read in one IndexedDB request (issue 17 item 5)', () => {
  it.each(QUERIES)('%s: the same documents in the same order as the cursor walk', async (_, mango) => {
    const instance = await filledInstance();
    const prepared = preparedOf(mango);
    expect(prepared.queryPlan.index[0]).toBe('_deleted');
    const cursor = await instance.query(prepared);
    const oneRequest = await queryInOneRequest(instance, prepared);
    expect(oneRequest.documents.map((d) => d.id)).toEqual(cursor.documents.map((d) => d.id));
    expect(oneRequest.documents).toEqual(cursor.documents);
  });

  it('keeps the cursor only for a limited query whose selector the index does not settle', () => {
    const plans = QUERIES.map(([name, mango]) => [name, readsInOneRequest(preparedOf(mango))]);
    expect(plans.filter(([, one]) => !one).map(([name]) => name)).toEqual(['that check with a limit (keeps the cursor)']);
  });

  it("the chart's read of a client's measures is one getAll, no cursor, in the app's database", async () => {
    const db = await openFreshDb('dexie-reads-app');
    for (const day of ['03', '01', '02']) await insertResponse(db, phq9On('c1', `2026-11-${day}T10:00:00.000Z`), writeAt('u1', '2026-11-04T10:00:00.000Z'));
    const cursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
    const getAlls = vi.spyOn(IDBIndex.prototype, 'getAll');
    const shown = await firstValueFrom(watchResponsesForClient(db, 'c1'));
    expect(shown.map((r) => r.completedAt.slice(8, 10))).toEqual(['01', '02', '03']);
    expect(cursors).not.toHaveBeenCalled();
    expect(getAlls).toHaveBeenCalledTimes(1);
    expect(await findResponsesForClient(db, 'c2')).toEqual([]);
  });
});
