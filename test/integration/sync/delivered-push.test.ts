import { describe, expect, it } from 'vitest';
import { insertClient, findClinicRecords, getClient, updateClient } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import type { FetchLike } from '../../../renderer/sync/encrypting-fetch';
import { createMasterKey } from '../../../shared/crypto/keys';
import { clinicDbName } from '../../../shared/sync/couch-names';
import { clientInput } from '../../utils/client-input';
import { crypto } from '../db-helpers';
import { openLaptop, type Laptop } from './laptops';
import { ADMIN, rawAdmin, waitFor, testServerPerFile } from './server-fixture';

/**
 * docs/sync.md "A stopped session's push": a `_bulk_docs` the server has already applied when the lock stops sync and
 * aborts the request. RxDB then skips the push's bookkeeping (upstream.js returns early when paused or cancelled
 * after masterWrite): no assumed master state, no push checkpoint. The next session must still end with the
 * laptop's current version everywhere, no text lost and no second revision branch on the server.
 */

const server = testServerPerFile();

const base = clientInput({ firstName: 'Delivered', lastName: 'Push', dateOfBirth: '1990-01-01', program: 'Adult', primaryClinicianId: 's' });

/**
 * A network where, once armed, the next `_bulk_docs` reaches the server and is applied, but its answer never comes
 * back until the request is aborted (as the lock's limiter close aborts it).
 */
function answerLostNetwork(): { fetch: FetchLike; arm: () => void; delivered: Promise<void> } {
  let armed = false;
  let markDelivered: () => void = () => undefined;
  const delivered = new Promise<void>((resolve) => (markDelivered = resolve));
  const fetch: FetchLike = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!armed || !url.includes('/_bulk_docs')) return globalThis.fetch(input, init);
    armed = false;
    const { signal, ...rest } = init ?? {};
    await (await globalThis.fetch(input, rest)).text();
    markDelivered();
    return new Promise<Response>((_resolve, reject) => {
      signal?.addEventListener(
        'abort',
        () => {
          reject(new Error('aborted after the server applied it'));
        },
        { once: true },
      );
    });
  };
  return { fetch, arm: () => (armed = true), delivered };
}

const copiesOf = async (laptop: Laptop, id: string): Promise<unknown[]> =>
  (await findClinicRecords(laptop.db, 'conflict-copy')).filter((copy) => copy.refId === id).map((copy) => copy.data.preferredName);

async function setUp(
  name: string,
): Promise<{ a: Laptop; b: Laptop; id: string; network: ReturnType<typeof answerLostNetwork>; serverDoc: () => Promise<Record<string, unknown>> }> {
  const clinicId = `${name}-${Date.now().toString(36)}`;
  await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
  const master = createMasterKey(crypto);
  const a = await openLaptop(`${clinicId}-a`, master, server.url, clinicId);
  const b = await openLaptop(`${clinicId}-b`, master, server.url, clinicId);
  const network = answerLostNetwork();
  a.startSync(network.fetch);
  b.startSync();
  const { id } = await insertClient(a.db, { ...base }, { authorId: 'staff-a', now: new Date('2026-11-27T09:00:00.000Z') });
  await waitFor('the client on laptop B', async () => (await getClient(b.db, id)) !== null);
  await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);
  const serverDoc = async (): Promise<Record<string, unknown>> =>
    (await rawAdmin(`${server.url}/${clinicDbName(clinicId, 'clients')}/${id}?conflicts=true`)).json as Record<string, unknown>;
  return { a, b, id, network, serverDoc };
}

/** A edits; the push is applied on the server, its answer lost; A locks (sync stops) before the answer comes. */
async function deliverThenLock(a: Laptop, id: string, network: ReturnType<typeof answerLostNetwork>): Promise<void> {
  network.arm();
  await updateClient(a.db, id, { ...base, preferredName: 'first edit' }, { authorId: 'staff-a', now: new Date('2026-11-27T09:01:00.000Z') });
  await network.delivered;
  await a.stopSync();
}

describe('a push the server applied while the lock aborted it', () => {
  it('unchanged since: the next session leaves one version everywhere and no copy', async () => {
    const { a, b, id, network, serverDoc } = await setUp('delivered-same');
    await deliverThenLock(a, id, network);
    a.startSync();
    await waitFor('the edit on laptop B', async () => (await getClient(b.db, id))?.preferredName === 'first edit');
    await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);
    expect((await getClient(a.db, id))?.preferredName).toBe('first edit');
    expect(await copiesOf(a, id)).toEqual([]);
    expect(await copiesOf(b, id)).toEqual([]);
    expect((await serverDoc())._conflicts).toBeUndefined();
  });

  it('edited again before the next session: the newest text wins everywhere, nothing typed is lost', async () => {
    const { a, b, id, network, serverDoc } = await setUp('delivered-edited');
    await deliverThenLock(a, id, network);
    await updateClient(a.db, id, { ...base, preferredName: 'second edit' }, { authorId: 'staff-a', now: new Date('2026-11-27T09:02:00.000Z') });
    a.startSync();
    await waitFor('the second edit on laptop B', async () => (await getClient(b.db, id))?.preferredName === 'second edit');
    await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);
    expect((await getClient(a.db, id))?.preferredName).toBe('second edit');
    expect((await serverDoc())._conflicts).toBeUndefined();
    // A person on A typed over "first edit" on purpose; the Conflicts screen may still list it (RxDB skipped the
    // delivered push's bookkeeping, so the next push met it as another laptop's version), as the first run logged.
    // Nothing new is in it, and both laptops list the same.
    const [onA, onB] = [await copiesOf(a, id), await copiesOf(b, id)];
    expect(onA.every((text) => text === 'first edit')).toBe(true);
    expect(onB).toEqual(onA);
  });
});
