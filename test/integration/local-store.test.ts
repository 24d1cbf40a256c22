import { describe, expect, it } from 'vitest';
import { readLocalEntries, writeLocalEntries } from '../../renderer/db/collections/local-store';
import { closeDb, newKey, openDb } from './db-helpers';

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
