import { describe, expect, it } from 'vitest';
import { insertClient } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import type { FetchLike } from '../../../renderer/sync/encrypting-fetch';
import { createMasterKey } from '../../../shared/crypto/keys';
import { clientInput } from '../../utils/client-input';
import { crypto } from '../db-helpers';
import { openLaptop } from './laptops';
import { ADMIN, testServerPerFile } from './server-fixture';

/**
 * docs/sync.md "Open questions" (the offline lock that stayed on "Loading"): offline, every request fails and the
 * shared back-off doubles towards a minute. The convergence check run after each failed cycle is a side effect the
 * stop waits for; its request, sleeping out that back-off, held the lock until it woke (test/e2e/sync.spec.ts,
 * "laptop A offline … locks and unlocks", stalled in 4 of 6 runs on the set-aside branch, whose refilled pages add
 * failed cycles). A stopped sync must wake such a request and refuse it, so the lock ends in seconds.
 */

const server = testServerPerFile();

const base = clientInput({ firstName: 'Off', lastName: 'Line', dateOfBirth: '1990-01-01', program: 'Adult', primaryClinicianId: 's' });

/** Chromium offline: every request fails at once, as "Failed to fetch". */
function switchableNetwork(): { fetch: FetchLike; setUp: (up: boolean) => void } {
  let up = true;
  return {
    fetch: (input, init) => (up ? globalThis.fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'))),
    setUp: (next) => {
      up = next;
    },
  };
}

describe('stopping sync while offline', () => {
  it('ends within seconds once the back-off has grown, even with checks waiting it out', async () => {
    const clinicId = `offstop-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const a = await openLaptop(`offstop-a-${clinicId}`, createMasterKey(crypto), server.url, clinicId);
    const network = switchableNetwork();
    const sync = a.startSync(network.fetch);
    await sync.awaitInSync();

    network.setUp(false);
    await insertClient(a.db, { ...base }, { authorId: 'staff-a', now: new Date('2026-11-27T09:00:00.000Z') });
    // Failed cycles (retried every 500 ms) and passes asked for: the back-off grows past ten seconds.
    for (let i = 0; i < 8; i++) {
      sync.reSync();
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const started = Date.now();
    await a.stopSync();
    // At most the replication's settle wait (3 s) and the sign-out's (1.5 s), plus slack for a loaded machine.
    expect(Date.now() - started).toBeLessThan(8_000);
  }, 60_000);
});
