import { describe, expect, it } from 'vitest';
import { insertClient, getClient } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import type { FetchLike } from '../../../renderer/sync/encrypting-fetch';
import { createMasterKey } from '../../../shared/crypto/keys';
import type { CryptoProvider } from '../../../shared/crypto/provider';
import { clinicDbName } from '../../../shared/sync/couch-names';
import { clientInput } from '../../utils/client-input';
import { crypto } from '../db-helpers';
import { openLaptop } from './laptops';
import { ADMIN, waitFor, testServerPerFile } from './server-fixture';
import { keepTraces } from './trace-dump';

/**
 * Root cause of issue 20 (docs/sync.md "A local write the push skipped"): RxDB's push walks local writes in the
 * order of their write time (`_meta.lwt`, taken when the write is called) and, after a pass, only looks past its
 * checkpoint. Our sealed storage encrypts before it writes, so a write called first could land after a later one;
 * the later one was pushed, its checkpoint stored, and the earlier one was then behind the checkpoint: never pushed,
 * while the laptop said nothing was pending. This test stages that order; periodic pass off.
 */

const server = testServerPerFile();

const base = clientInput({ firstName: 'Write', lastName: 'Order', dateOfBirth: '1990-01-01', program: 'Adult', primaryClinicianId: 's' });
const at = (authorId: string) => ({ authorId, now: new Date('2026-11-27T09:00:00.000Z') });

const urlOf = (input: string | URL | Request): string => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

/** A gate: `wait()` resolves once `open()` was called. */
function gate(): { wait: () => Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    wait: () => opened,
    open: () => {
      open();
    },
  };
}

describe('local writes reach the server whatever order their sealing finishes in', () => {
  it("a client whose sealing at rest finished after a later client's still reaches laptop B", async () => {
    const clinicId = `order-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    // Laptop A's sealing at rest: once armed, the first clients record sealed waits for `slowSeal`.
    let armed = false;
    const slowSeal = gate();
    const slowCrypto: CryptoProvider = {
      ...crypto,
      aesGcmEncrypt: async (key, iv, plaintext, aad) => {
        if (armed && new TextDecoder().decode(aad).startsWith('clients/')) {
          armed = false;
          await slowSeal.wait();
        }
        return crypto.aesGcmEncrypt(key, iv, plaintext, aad);
      },
    };
    const a = await openLaptop(`order-a-${clinicId}`, master, server.url, clinicId, ADMIN, slowCrypto);
    const b = await openLaptop(`order-b-${clinicId}`, master, server.url, clinicId);
    // Laptop A's transport: once armed, the first clients push is held until `pushGate` opens.
    const clientsPush = `/${clinicDbName(clinicId, 'clients')}/_bulk_docs`;
    let holdPush = false;
    let pushHeld = false;
    const pushGate = gate();
    const transport: FetchLike = async (input, init) => {
      if (holdPush && urlOf(input).includes(clientsPush)) {
        holdPush = false;
        pushHeld = true;
        await pushGate.wait();
      }
      return fetch(input, init);
    };
    a.startSync(transport);
    b.startSync();
    await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);

    armed = true;
    holdPush = true;
    // First is called first (earlier write time) but its sealing waits; Second is sealed and written at once.
    const first = insertClient(a.db, { ...base, lastName: 'First' }, at('staff-a'));
    const second = insertClient(a.db, { ...base, lastName: 'Second' }, at('staff-a'));
    // Second's push starts and is held (with the fix, Second waits for First instead, and nothing is pushed yet).
    await waitFor('a held push, or no write landing out of order', () => pushHeld, 2_000).catch(() => undefined);
    slowSeal.open();
    const firstClient = await first;
    // A pass is asked for while Second's push is held (as the listener or the periodic pass does).
    a.sync?.reSync();
    await new Promise((resolve) => setTimeout(resolve, 200));
    pushGate.open();
    const secondClient = await second;

    await waitFor(
      'both clients on laptop B',
      async () => (await getClient(b.db, firstClient.id)) !== null && (await getClient(b.db, secondClient.id)) !== null,
      15_000,
    ).catch((error: unknown) => {
      keepTraces('local-write-order', { a, b });
      throw error;
    });
    expect((await getClient(b.db, firstClient.id))?.lastName).toBe('First');
    expect(a.sync?.pendingIds('clients')).toEqual([]);
  });
});
