import { config, filter, firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { getClient, insertClient } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { createMasterKey } from '../../../shared/crypto/keys';
import { STORAGE_FULL_SYNC_MESSAGE } from '../../../shared/storage-full';
import { clientInput } from '../../utils/client-input';
import { crypto } from '../db-helpers';
import { refuseWritesTo } from '../refuse-writes';
import { openLaptop } from './laptops';
import { ADMIN, testServerPerFile } from './server-fixture';

/**
 * A laptop's disk fills while it syncs: the pulled documents cannot be stored (the bench's full in-memory IndexedDB
 * logged hundreds of AbortErrors). The status says sync is paused for the disk, nothing this laptop held is touched,
 * and once space is freed the periodic pass (every 15 s in the app, 2 s here) brings the same changes in.
 */

const server = testServerPerFile();
const uncaught: unknown[] = [];

afterEach(() => {
  config.onUnhandledError = null;
  uncaught.length = 0;
});

const client = (firstName: string, lastName: string) =>
  clientInput({ firstName, lastName, dateOfBirth: '1990-01-01', program: 'Adult', primaryClinicianId: 's' });

describe('pulling onto a full disk', () => {
  it('says "Sync paused: the disk is full", keeps what was stored and pulls the changes once there is room', async () => {
    config.onUnhandledError = (error: unknown) => uncaught.push(error);
    const clinicId = `full-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const at = { authorId: 'staff-a', now: new Date('2026-12-05T09:00:00.000Z') };
    const a = await openLaptop(`full-a-${clinicId}`, master, server.url, clinicId);
    const bName = `full-b-${clinicId}`;
    const b = await openLaptop(bName, master, server.url, clinicId);
    const mine = await insertClient(b.db, client('Close', 'By'), at);
    const sync = b.startSync(undefined, 300, 2_000);
    await sync.awaitInSync();

    const free = refuseWritesTo(bName);
    const theirs = await insertClient(a.db, client('Far', 'Away'), at);
    const seen: (string | undefined)[] = [];
    const watching = sync.status$.subscribe((s) => seen.push(s.error ?? s.state));
    try {
      await a.startSync().awaitInSync();
      const paused = await firstValueFrom(sync.status$.pipe(filter((s) => s.state === 'error')));
      expect(paused.error).toBe(STORAGE_FULL_SYNC_MESSAGE);
      expect(await getClient(b.db, theirs.id)).toBeNull();
      // The periodic pass runs while the disk is still full: the status stays paused through it (no Syncing, Behind or
      // Up to date in between).
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      const fromPaused = seen.indexOf(STORAGE_FULL_SYNC_MESSAGE);
      expect(seen.slice(fromPaused)).toEqual([STORAGE_FULL_SYNC_MESSAGE]);
    } finally {
      watching.unsubscribe();
      free();
    }
    await firstValueFrom(sync.status$.pipe(filter((s) => s.state === 'up-to-date')));
    await sync.awaitInSync();
    expect((await getClient(b.db, theirs.id))?.firstName).toBe('Far');
    expect((await getClient(b.db, mine.id))?.firstName).toBe('Close');
    await b.stopSync();
    // rxjs reports an error no subscriber handles on a later tick.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(uncaught.map(String)).toEqual([]);
  }, 60_000);
});
