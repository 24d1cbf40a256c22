import { filter, firstValueFrom, timeout } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { getClient, insertClient } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { createMasterKey } from '../../../shared/crypto/keys';
import { STORAGE_FULL_SYNC_MESSAGE } from '../../../shared/storage-full';
import type { SyncStatus } from '../../../shared/sync/sync-status';
import { clientInput } from '../../utils/client-input';
import { crypto } from '../db-helpers';
import { refuseWritesTo } from '../refuse-writes';
import { openLaptop } from './laptops';
import { ADMIN, testServerPerFile } from './server-fixture';

/**
 * Sync starts while the laptop's disk is already full: a collection's replication cannot even start (RxDB records
 * the replication in the database's own store first). The status says sync is paused for the disk, and once space
 * is freed the periodic pass, or "Retry sync", starts that collection and brings the clinic's changes in: no lock
 * and unlock needed. Nothing the laptop held is touched meanwhile.
 */

const server = testServerPerFile();

const client = (firstName: string, lastName: string) =>
  clientInput({ firstName, lastName, dateOfBirth: '1990-01-01', program: 'Adult', primaryClinicianId: 's' });

const at = { authorId: 'staff-a', now: new Date('2026-12-05T09:00:00.000Z') };

describe('starting sync on a full disk', () => {
  it.each([
    ['the periodic pass', 2_000],
    ['"Retry sync"', 0],
  ])(
    'says "Sync paused: the disk is full" and, once there is room, %s starts the collection',
    async (_by, resyncEveryMs) => {
      const clinicId = `start-${resyncEveryMs}-${Date.now().toString(36)}`;
      await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
      const master = createMasterKey(crypto);
      const a = await openLaptop(`start-a-${clinicId}`, master, server.url, clinicId);
      const theirs = await insertClient(a.db, client('Far', 'Away'), at);
      await a.startSync().awaitInSync();
      const bName = `start-b-${clinicId}`;
      const b = await openLaptop(bName, master, server.url, clinicId);
      const mine = await insertClient(b.db, client('Close', 'By'), at);

      const free = refuseWritesTo(bName);
      const seen: SyncStatus[] = [];
      const sync = b.startSync(undefined, 300, resyncEveryMs);
      const watching = sync.status$.subscribe((s) => seen.push(s));
      try {
        const paused = await firstValueFrom(sync.status$.pipe(filter((s) => s.state === 'error')));
        expect(paused.error).toBe(STORAGE_FULL_SYNC_MESSAGE);
        // A pass or a retry while the disk is still full keeps it paused, and touches nothing stored.
        sync.reSync();
        await new Promise((resolve) => setTimeout(resolve, resyncEveryMs + 500));
        const whileFull = seen.slice(seen.indexOf(paused));
        expect(whileFull.map((s) => s.error)).toEqual(whileFull.map(() => STORAGE_FULL_SYNC_MESSAGE));
        expect(await getClient(b.db, theirs.id)).toBeNull();
        expect(await getClient(b.db, mine.id)).not.toBeNull();
      } finally {
        free();
      }
      if (resyncEveryMs === 0) sync.reSync();
      // Before the fix the collection stayed stopped until the next lock and unlock: never up to date.
      await firstValueFrom(
        sync.status$.pipe(
          filter((s) => s.state === 'up-to-date'),
          timeout(20_000),
        ),
      );
      await sync.awaitInSync();
      watching.unsubscribe();
      expect((await getClient(b.db, theirs.id))?.firstName).toBe('Far');
      expect((await getClient(b.db, mine.id))?.firstName).toBe('Close');
    },
    60_000,
  );
});
