import { describe, expect, it } from 'vitest';
import { readLocalEntries, writeLocalEntries } from '../../renderer/db/collections/local-store';
import { closeDb, newKey, openDb } from './db-helpers';
import { refuseWritesTo } from './refuse-writes';

/** The laptop-only local store (dashboard summaries, audit marks): an entry removed and written again is kept. */
describe('the sealed local store', () => {
  it('keeps an entry written again after it was removed, across a reopen', async () => {
    const key = await newKey();
    const db = await openDb('local-store-rewrite', key);
    const store = 'local-caseload-summaries' as const;
    const first = await writeLocalEntries(db, store, await readLocalEntries(db, store), [{ id: 'client-1', value: { n: 1 } }]);
    const removed = await writeLocalEntries(db, store, first, [{ id: 'client-1', value: null }]);
    expect([...removed.keys()]).toEqual([]);
    // A discharged client readmitted: its summary is built again from nothing this laptop still reads.
    const again = await writeLocalEntries(db, store, await readLocalEntries(db, store), [{ id: 'client-1', value: { n: 2 } }]);
    expect(again.get('client-1')?.value).toEqual({ n: 2 });
    await closeDb(db);
    const reopened = await openDb('local-store-rewrite', key);
    expect((await readLocalEntries(reopened, store)).get('client-1')?.value).toEqual({ n: 2 });
    await closeDb(reopened);
  });
});

describe('the local store on a full disk', () => {
  it('a refused write stores nothing and keeps what was known; the next write stores it', async () => {
    const db = await openDb('local-store-full', await newKey());
    const store = 'local-caseload-summaries' as const;
    const known = await writeLocalEntries(db, store, await readLocalEntries(db, store), [{ id: 'client-1', value: { n: 1 } }]);
    const free = refuseWritesTo(store);
    try {
      const after = await writeLocalEntries(db, store, known, [
        { id: 'client-1', value: { n: 2 } },
        { id: 'client-2', value: { n: 1 } },
      ]);
      expect(after).toBe(known);
    } finally {
      free();
    }
    expect(new Map([...(await readLocalEntries(db, store))].map(([id, e]) => [id, e.value]))).toEqual(new Map([['client-1', { n: 1 }]]));
    const later = await writeLocalEntries(db, store, known, [{ id: 'client-2', value: { n: 1 } }]);
    expect(later.get('client-2')?.value).toEqual({ n: 1 });
  });
});
