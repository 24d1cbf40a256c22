import { describe, expect, it } from 'vitest';
import { getClient, insertClient, updateClient, type WaypointDatabase } from '../../../renderer/db';
import { countSyncedRecords } from '../../../renderer/db/replication';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { serverDocumentCount } from '../../../renderer/sync/clinic-session';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import type { FetchLike } from '../../../renderer/sync/encrypting-fetch';
import { followFirstPull, type JoinProgress } from '../../../renderer/sync/join-progress';
import { createMasterKey } from '../../../shared/crypto/keys';
import type { Client } from '../../../shared/domain/client';
import { clientInput } from '../../utils/client-input';
import { crypto } from '../db-helpers';
import { insertIntakeDraft, LAPTOP_COLLECTIONS, openLaptop } from './laptops';
import { ADMIN, testServerPerFile, waitFor } from './server-fixture';

/**
 * Issue 17 item 3: a new laptop joins while the clinic keeps working. The join's counter counted every document the
 * pull wrote, so a record another laptop edited during the join counted once per version pulled: the counter ran
 * ahead of what the laptop held and sat at "N of N" (clamped) while records were still missing.
 */

const server = testServerPerFile();

/** Records the laptop holds now, every collection it opened, counted apart from the app's count. */
async function held(db: WaypointDatabase): Promise<number> {
  const counts = await Promise.all(LAPTOP_COLLECTIONS.map((name) => db.collections[name].count().exec()));
  return counts.reduce((a, b) => a + b, 0);
}

/** The real fetch, with the first pull's pages of `notes` held back until `release()`. */
function holdNotes(): { readonly fetch: FetchLike; readonly release: () => void } {
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const fetch: FetchLike = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes('_notes/_changes') && url.includes('include_docs=true')) await gate;
    return globalThis.fetch(input, init);
  };
  return { fetch, release };
}

describe('the progress of a new laptop joining a working clinic', () => {
  it('counts records held, not versions pulled: never ahead of the laptop, never at the total early, at the total at the end', async () => {
    const clinicId = `joinp-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const ctx = { authorId: 'staff-a', now: new Date('2026-12-05T09:00:00.000Z') };
    const a = await openLaptop(`joinp-a-${clinicId}`, master, server.url, clinicId);
    const clients: Client[] = [];
    for (const lastName of ['One', 'Two', 'Three']) clients.push(await insertClient(a.db, clientInput({ lastName }), ctx));
    for (const client of clients.slice(0, 2)) await insertIntakeDraft(a.db, client.id, ctx);
    await a.startSync().awaitInSync();

    const b = await openLaptop(`joinp-b-${clinicId}`, master, server.url, clinicId);
    const notes = holdNotes();
    const sync = b.startSync(notes.fetch);
    const progress: JoinProgress[] = [];
    const following = followFirstPull({
      sync,
      countOnServer: () => serverDocumentCount({ url: server.url, clinicId, credentials: ADMIN }),
      countHeld: () => countSyncedRecords(b.db),
      now: () => new Date(),
      onProgress: (p) => progress.push(p),
    });
    await waitFor('the clients on the joining laptop', async () => (await b.db.clients.count().exec()) === 3);

    // The clinic goes on working: every client is edited twice while the notes are still on their way.
    for (const round of ['first', 'second']) {
      for (const client of clients) await updateClient(a.db, client.id, clientInput({ lastName: client.lastName, preferredName: round }), ctx);
      await a.sync?.awaitInSync();
      await waitFor(`the ${round} edits on the joining laptop`, async () => {
        const got = await Promise.all(clients.map((c) => getClient(b.db, c.id)));
        return got.every((c) => c?.preferredName === round);
      });
    }
    const seen = progress.length;
    await waitFor('two more progress reports', () => progress.length >= seen + 2);
    const holding = await held(b.db);
    const during = progress.at(-1);
    expect(during?.done).toBe(holding);
    expect(during?.total).toBe(holding + 2);

    notes.release();
    await following;
    const last = progress.at(-1);
    expect(last).toMatchObject({ step: 'pulling', done: holding + 2, total: holding + 2 });
    expect(await held(b.db)).toBe(holding + 2);
    expect(progress.every((p) => p.done <= p.total)).toBe(true);
  });
});
