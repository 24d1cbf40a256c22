import { describe, expect, it } from 'vitest';
import { insertClient, getClient } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import type { FetchLike } from '../../../renderer/sync/encrypting-fetch';
import { createMasterKey } from '../../../shared/crypto/keys';
import type { SyncState } from '../../../shared/sync/sync-status';
import { clinicDbName } from '../../../shared/sync/couch-names';
import { clientInput } from '../../utils/client-input';
import { crypto } from '../db-helpers';
import { openLaptop } from './laptops';
import { ADMIN, waitFor, testServerPerFile } from './server-fixture';

/**
 * A laptop proves it is up to date (docs/sync.md "Proving up to date"): after each cycle it compares its pull
 * checkpoint with the server's feed. Periodic pass off: only the listener and the check can bring the change.
 */

const server = testServerPerFile();

const base = clientInput({ firstName: 'Behind', lastName: 'Check', dateOfBirth: '1990-01-01', program: 'Adult', primaryClinicianId: 's' });

const urlOf = (input: string | URL | Request): string => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

describe('convergence check', () => {
  it('a pass that ends short of the server\'s feed shows "behind", and the check pulls the missing client', async () => {
    const clinicId = `behind-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const a = await openLaptop(`behind-a-${clinicId}`, master, server.url, clinicId);
    const b = await openLaptop(`behind-b-${clinicId}`, master, server.url, clinicId);
    // Laptop B's transport, once armed: the first clients pass (RxDB's pull, with documents) that would bring a
    // change answers "nothing new" at the feed position it was asked from, as a pass that missed a change would.
    const pullUrl = `/${clinicDbName(clinicId, 'clients')}/_changes`;
    let armed = false;
    let shortened = 0;
    const shortPass: FetchLike = async (input, init) => {
      const url = urlOf(input);
      const answer = await fetch(input, init);
      if (!armed || !url.includes(pullUrl) || !url.includes('include_docs=true') || url.includes('feed=longpoll')) return answer;
      const text = await answer.text();
      const { results } = JSON.parse(text) as { results: { id: string }[] };
      if (!results.some((r) => !r.id.startsWith('_design/'))) return new Response(text, { status: answer.status, headers: answer.headers });
      armed = false;
      shortened += 1;
      const since = new URL(url).searchParams.get('since') ?? '0';
      return new Response(JSON.stringify({ results: [], last_seq: Number.isNaN(Number(since)) ? since : Number(since) }), {
        status: 200,
        headers: answer.headers,
      });
    };
    a.startSync();
    const syncB = b.startSync(shortPass);
    await Promise.all([a.sync?.awaitInSync(), syncB.awaitInSync()]);
    const states: SyncState[] = [];
    const watching = syncB.status$.subscribe((s) => {
      if (states.at(-1) !== s.state) states.push(s.state);
    });
    try {
      armed = true;
      const created = await insertClient(a.db, { ...base, lastName: 'Missed once' }, { authorId: 'staff-a', now: new Date('2026-11-27T09:00:00.000Z') });
      await waitFor('the client on laptop B', async () => (await getClient(b.db, created.id)) !== null, 10_000);
      expect(shortened).toBe(1);
      // B said so while it was behind, and ends up to date.
      expect(states).toContain('behind');
      await waitFor('B up to date', () => syncB.status().state === 'up-to-date', 10_000);
    } finally {
      watching.unsubscribe();
    }
  });
});
