import { describe, expect, it } from 'vitest';
import { insertClient, findClinicRecords, getClient, updateClient } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import type { FetchLike } from '../../../renderer/sync/encrypting-fetch';
import { createMasterKey } from '../../../shared/crypto/keys';
import { clientInput } from '../../utils/client-input';
import { crypto } from '../db-helpers';
import { openLaptop } from './laptops';
import { ADMIN, waitFor, testServerPerFile } from './server-fixture';

/**
 * docs/sync.md "A stopped session's push reaching the server": offline, a push waits (for the network, a back-off, a
 * free connection) holding the first version of a record. The laptop locks (sync stops), unlocks (a new session) and
 * comes back online. The stopped session's waiting request must never reach the server: sent late, it put the first
 * version on the server, and the new session's push of the current version met it as a conflict, so the Conflicts
 * screen listed a copy of the record as first created (issue 20; seen in test/e2e/sync.spec.ts).
 */

const server = testServerPerFile();

const base = clientInput({ firstName: 'Stale', lastName: 'Push', dateOfBirth: '1990-01-01', program: 'Adult', primaryClinicianId: 's' });

/** A network that can be cut: while it is down, requests wait for it (as a request waiting out a back-off does). */
function cuttableNetwork(): { fetch: FetchLike; setUp: (up: boolean) => void; drained: () => Promise<void> } {
  let up = true;
  let release: () => void = () => undefined;
  let back = Promise.resolve();
  const inFlight = new Set<Promise<unknown>>();
  const fetch: FetchLike = (input, init) => {
    const signal = init?.signal ?? undefined;
    const sent = (async () => {
      while (!up) {
        await Promise.race([
          back,
          new Promise((_resolve, reject) =>
            signal?.addEventListener(
              'abort',
              () => {
                reject(new Error('aborted while waiting for the network'));
              },
              { once: true },
            ),
          ),
        ]);
        signal?.throwIfAborted();
      }
      return globalThis.fetch(input, init);
    })();
    inFlight.add(sent);
    void sent.catch(() => undefined).finally(() => inFlight.delete(sent));
    return sent;
  };
  return {
    fetch,
    setUp: (next) => {
      up = next;
      if (next) release();
      else back = new Promise<void>((resolve) => (release = resolve));
    },
    drained: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

describe('a push of a stopped sync session', () => {
  it('never reaches the server: coming back online lists no copy of the record as first created', async () => {
    const clinicId = `stale-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const a = await openLaptop(`stale-a-${clinicId}`, master, server.url, clinicId);
    const b = await openLaptop(`stale-b-${clinicId}`, master, server.url, clinicId);
    const [first, second] = [cuttableNetwork(), cuttableNetwork()];
    a.startSync(first.fetch);
    b.startSync();
    await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);

    // Laptop A offline: the record is created (its push starts and waits for the network), then typed into.
    first.setUp(false);
    second.setUp(false);
    const created = await insertClient(a.db, { ...base }, { authorId: 'staff-a', now: new Date('2026-11-27T09:00:00.000Z') });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await updateClient(a.db, created.id, { ...base, preferredName: 'typed offline' }, { authorId: 'staff-a', now: new Date('2026-11-27T09:01:00.000Z') });
    // Lock and unlock while offline: the first session stops, a new one starts.
    await a.stopSync();
    a.startSync(second.fetch);
    // The network comes back; the stopped session's waiting requests get their chance before the new session's.
    first.setUp(true);
    await first.drained();
    second.setUp(true);

    await waitFor("A's client on laptop B", async () => (await getClient(b.db, created.id))?.preferredName === 'typed offline');
    await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);
    for (const laptop of [a, b]) {
      const copies = (await findClinicRecords(laptop.db, 'conflict-copy')).filter((copy) => copy.refId === created.id);
      expect(copies.map((copy) => copy.data.preferredName)).toEqual([]);
    }
  });
});
