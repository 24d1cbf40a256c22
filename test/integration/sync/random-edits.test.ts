import { describe, expect, it } from 'vitest';
import { insertClient, findClinicRecords, getClient, updateClient, type Client, type ClientInput } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { createMasterKey } from '../../../shared/crypto/keys';
import { clientInput } from '../../utils/client-input';
import { crypto } from '../db-helpers';
import { openLaptop, type Laptop } from './laptops';
import { ADMIN, rawAdmin, waitFor, testServerPerFile } from './server-fixture';
import { keepTraces } from './trace-dump';
import { mulberry32 } from '../../../scripts/seed/prng';

/**
 * Randomized, seeded: two laptops edit the same records while both are offline, then sync. Every text anyone typed
 * must survive, as the kept version or as a conflict copy, on both laptops. A failure prints the seed to replay.
 */

const SEED = Number(process.env.WAYPOINT_SYNC_SEED ?? 20261127);
const CYCLES = 10;
const DOCS = 20; // one round per record per cycle: 10 × 20 = 200 rounds
const RESYNC_MS = 5_000;

const server = testServerPerFile();

const base = clientInput({ firstName: 'Random', lastName: 'Edits', dateOfBirth: '1990-01-01', program: 'Adult', primaryClinicianId: 's' });
const inputOf = (c: Client, preferredName: string): ClientInput => ({ ...base, firstName: c.firstName, lastName: c.lastName, preferredName });

/** Every preferred name on a laptop: the kept versions and every conflict copy's. */
async function textsOn(laptop: Laptop, ids: readonly string[]): Promise<{ winners: string[]; all: Set<string> }> {
  const winners = await Promise.all(ids.map(async (id) => (await getClient(laptop.db, id))?.preferredName ?? ''));
  const copies = (await findClinicRecords(laptop.db, 'conflict-copy')).map((c) => (typeof c.data.preferredName === 'string' ? c.data.preferredName : ''));
  return { winners, all: new Set([...winners, ...copies]) };
}

describe('concurrent offline edits on two laptops (seeded)', () => {
  it(`loses no typed text over ${CYCLES * DOCS} rounds (seed ${SEED})`, async () => {
    const rng = mulberry32(SEED);
    const random = () => rng.next();
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId: 'random', collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const a = await openLaptop('random-a', master, server.url, 'random');
    const b = await openLaptop('random-b', master, server.url, 'random');
    const t0 = Date.parse('2026-11-27T09:00:00.000Z');
    const ids: string[] = [];
    for (let i = 0; i < DOCS; i++) ids.push((await insertClient(a.db, { ...base, lastName: `Edits${i}` }, { authorId: 'staff-a', now: new Date(t0) })).id);
    a.startSync();
    b.startSync();
    await waitFor('every record on laptop B', async () => (await Promise.all(ids.map((id) => getClient(b.db, id)))).every(Boolean));
    let rounds = 0;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      // Texts typed this cycle; the next cycle's edits replace kept versions on purpose (a person editing again).
      const typed: string[] = [];
      await a.stopSync();
      await b.stopSync();
      for (const [index, id] of ids.entries()) {
        // Who edits this record this round: A, B or (mostly) both; times jitter so either side, or a tie, wins.
        const who = random() < 0.6 ? 'both' : random() < 0.5 ? 'a' : 'b';
        rounds += 1;
        for (const [side, laptop] of [
          ['a', a],
          ['b', b],
        ] as const) {
          if (who !== 'both' && who !== side) continue;
          const text = `c${cycle}-d${index}-${side}-${Math.floor(random() * 1e9).toString(36)}`;
          const now = new Date(t0 + (cycle + 1) * 60_000 + Math.floor(random() * 3) * 1_000);
          const current = await getClient(laptop.db, id);
          if (!current) throw new Error(`record ${id} missing on laptop ${side}`);
          await updateClient(laptop.db, id, inputOf(current, text), { authorId: `staff-${side}`, now });
          typed.push(text);
        }
      }
      // As the app runs: live path plus the periodic safety pass (5 s here, 15 s in the app). With the pass off the
      // default seed once failed to converge in 20 s in CI (cycle 7; docs/sync.md "Open questions"); the two races
      // found are proven on the live path alone in live-path.test.ts.
      a.startSync(undefined, 300, RESYNC_MS);
      b.startSync(undefined, 300, RESYNC_MS);
      // Converged = both laptops keep the same versions, hold the same texts, and every typed text is there.
      await waitFor(
        `cycle ${cycle} converged (seed ${SEED})`,
        async () => {
          await Promise.all([a.sync?.awaitInSync(), b.sync?.awaitInSync()]);
          const [onA, onB] = await Promise.all([textsOn(a, ids), textsOn(b, ids)]);
          const sameTexts = onA.all.size === onB.all.size && [...onA.all].every((text) => onB.all.has(text));
          return onA.winners.join() === onB.winners.join() && sameTexts && typed.every((text) => onA.all.has(text));
        },
        60_000,
      ).catch(async (error: unknown) => {
        const [onA, onB] = await Promise.all([textsOn(a, ids), textsOn(b, ids)]);
        const diff = ids.map((id, i) => `${id.slice(0, 4)} A=${onA.winners[i]} B=${onB.winners[i]}`).filter((_, i) => onA.winners[i] !== onB.winners[i]);
        // Which records hold the texts one laptop lacks, and whether the server has them (ids only: content is sealed).
        const holders = async (laptop: Laptop, texts: readonly string[]) =>
          (await findClinicRecords(laptop.db, 'conflict-copy')).filter((c) => texts.includes(String(c.data.preferredName))).map((c) => c.id);
        const onServer = async (id: string): Promise<unknown> => (await rawAdmin(`${server.url}/wp_random_clinic/${id}`)).json;
        const aOnly = [...onA.all].filter((t) => !onB.all.has(t));
        const bOnly = [...onB.all].filter((t) => !onA.all.has(t));
        const copyIds = { a: await holders(a, aOnly), b: await holders(b, bOnly) };
        const onServerNow = { a: await Promise.all(copyIds.a.map(onServer)), b: await Promise.all(copyIds.b.map(onServer)) };
        console.log('DIAG copies held by one laptop:', JSON.stringify(copyIds), 'on the server:', JSON.stringify(onServerNow));
        keepTraces(`random-seed-${SEED}-cycle-${cycle}`, { a, b }, { seed: SEED, cycle, copyIds, onServerNow, aOnly, bOnly });
        console.log(
          'DIAG winners differ:',
          diff,
          'missing on A:',
          typed.filter((t) => !onA.all.has(t)),
          'missing on B:',
          typed.filter((t) => !onB.all.has(t)),
          'A only:',
          [...onA.all].filter((t) => !onB.all.has(t)),
          'B only:',
          [...onB.all].filter((t) => !onA.all.has(t)),
          'status',
          a.sync?.status(),
          b.sync?.status(),
        );
        throw error;
      });
      for (const laptop of [a, b]) {
        const { all } = await textsOn(laptop, ids);
        expect(
          typed.filter((text) => !all.has(text)),
          `texts lost in cycle ${cycle} with seed ${SEED}`,
        ).toEqual([]);
      }
    }

    expect(rounds).toBeGreaterThanOrEqual(200);
  }, 360_000);
});
