import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertClient, getClient } from '../../renderer/db';
import { SYNC_PLANS } from '../../renderer/db/sync-plan';
import { provisionClinic } from '../../renderer/sync/clinic-server';
import { createMasterKey } from '../../shared/crypto/keys';
import { crypto } from '../integration/db-helpers';
import { closeLaptops, openLaptop } from '../integration/sync/laptops';
import { ADMIN, rawAdmin, startTestServer, type TestServer } from '../integration/sync/server-fixture';
import { clinicDbName } from '../../shared/sync/couch-names';
import { keepTraces } from '../integration/sync/trace-dump';
import { mulberry32 } from '../../scripts/seed/prng';
import { lostTexts, textsToKeep } from './soak-texts';
import {
  base,
  converged,
  editRound,
  loopLagMonitor,
  onlineEditRound,
  percentile,
  sleep,
  textsOn,
  transportOf,
  type SoakLaptop,
  type Tally,
} from './soak-laptops';

/**
 * `npm run soak -- --rounds 5000` (scripts/soak.mjs; not part of `npm test`): many seeds, two and three laptops,
 * offline edits on every laptop, laptops going offline and online while they converge, server restarts. A round is
 * one record edited by one or more laptops. Prints rounds, convergence time p50/p95/max, texts lost and cycles that
 * did not converge within 60 s; both must be 0 (docs/sync.md "Soak").
 */

const ROUNDS = Number(process.env.WAYPOINT_SOAK_ROUNDS ?? 5_000);
const BASE_SEED = Number(process.env.WAYPOINT_SOAK_SEED ?? 1);
const DOCS = 20;
const CYCLES_PER_SCENARIO = 8;
const CONVERGE_MS = 60_000;
const RESYNC_MS = 5_000;
const KEEP_SLOW_MS = Number(process.env.WAYPOINT_SOAK_KEEP_SLOW_MS ?? Infinity);

let server: TestServer;
const lag = loopLagMonitor();
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  lag.stop();
  await server.stop();
});

/** While the laptops converge: offline/online flips, an edit made online, a server restart. */
async function disturb(
  random: () => number,
  laptops: readonly SoakLaptop[],
  tally: Tally,
  onlineEdit: () => Promise<string | null>,
  started: number,
): Promise<string[]> {
  const done: string[] = [];
  const at = (): string => `${String(Date.now() - started)} ms`;
  if (random() < 0.3) {
    const l = laptops[Math.floor(random() * laptops.length)];
    if (l) {
      l.online = false;
      tally.flips += 1;
      const from = at();
      await sleep(300 + Math.floor(random() * 2_500));
      l.online = true;
      done.push(`offline ${l.name} ${from} → ${at()}`);
      // What the OS's "online" event does in the app.
      l.laptop.sync?.reSync();
    }
  }
  if (random() < 0.3) {
    done.push(`${(await onlineEdit()) ?? 'online edit (skipped)'} at ${at()}`);
  }
  if (random() < 0.08) {
    tally.restarts += 1;
    const from = at();
    await server.halt();
    await sleep(500 + Math.floor(random() * 1_500));
    await server.restart();
    laptops.forEach((l) => l.laptop.sync?.reSync());
    done.push(`server restart ${from} → ${at()}`);
  }
  return done;
}

async function scenario(seed: number, laptopCount: number, tally: Tally): Promise<void> {
  const rng = mulberry32(seed);
  const random = () => rng.next();
  const clinicId = `soak-${seed}-${Date.now().toString(36)}`;
  await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
  const master = createMasterKey(crypto);
  const laptops: SoakLaptop[] = [];
  for (let i = 0; i < laptopCount; i++)
    laptops.push({ name: String.fromCharCode(97 + i), laptop: await openLaptop(`${clinicId}-${i}`, master, server.url, clinicId), online: true });
  const t0 = Date.parse('2026-11-27T09:00:00.000Z');
  const [first] = laptops;
  if (!first) return;
  const ids: string[] = [];
  for (let i = 0; i < DOCS; i++)
    ids.push((await insertClient(first.laptop.db, { ...base, lastName: `Soak${i}` }, { authorId: 'staff-a', now: new Date(t0) })).id);
  for (let cycle = 0; cycle < CYCLES_PER_SCENARIO && tally.rounds < ROUNDS; cycle++) {
    const typed: string[] = [];
    const replaced: string[] = [];
    const editedBy = new Map<string, Set<string>>();
    await Promise.all(laptops.map((l) => l.laptop.stopSync()));
    for (const [index, id] of ids.entries()) {
      if (cycle === 0) break;
      tally.rounds += 1;
      const editors = laptops.filter(() => random() < 0.6);
      for (const l of editors.length > 0 ? editors : laptops.slice(0, 1)) {
        const text = `s${seed}-c${cycle}-d${index}-${l.name}-${Math.floor(random() * 1e9).toString(36)}`;
        await editRound(l, id, text, new Date(t0 + (cycle + 1) * 60_000 + Math.floor(random() * 3) * 1_000));
        typed.push(text);
        editedBy.set(id, (editedBy.get(id) ?? new Set()).add(l.name));
      }
    }
    const started = Date.now();
    lag.reset();
    laptops.forEach((l) => l.laptop.startSync(transportOf(l), 300, RESYNC_MS));
    // An edit made online on a record this laptop did not edit offline this cycle (editing its own unsynced text
    // again would replace that text on purpose, as a person editing again does).
    const onlineEdit = async (): Promise<string | null> => {
      const l = laptops[Math.floor(random() * laptops.length)];
      const id = ids[Math.floor(random() * ids.length)];
      if (!l || !id || cycle === 0 || editedBy.get(id)?.has(l.name) === true) return null;
      tally.rounds += 1;
      const text = `s${seed}-c${cycle}-online-${l.name}-${Math.floor(random() * 1e9).toString(36)}`;
      const over = await onlineEditRound(l, id, text, new Date(t0 + (cycle + 1) * 60_000 + 30_000));
      typed.push(text);
      // A text this laptop already held and a person typed over is gone on purpose (soak-texts.ts).
      replaced.push(over);
      return `online edit ${l.name} d${ids.indexOf(id)} over ${JSON.stringify(over)}`;
    };
    const disturbances = await disturb(random, laptops, tally, onlineEdit, started);
    let done = false;
    while (!done && Date.now() - started < CONVERGE_MS) {
      done = await converged(laptops, ids, textsToKeep({ typed, replaced }));
      if (!done) await sleep(100);
    }
    tally.cycles += 1;
    const ms = Date.now() - started;
    const loopLagMs = lag.max();
    tally.maxLoopLag = Math.max(tally.maxLoopLag, loopLagMs);
    if (done) {
      tally.times.push(ms);
      // WAYPOINT_SOAK_KEEP_SLOW_MS: also keep the traces of a cycle that converged but took longer than that.
      if (ms > KEEP_SLOW_MS)
        keepTraces(`soak-slow-seed-${seed}-cycle-${cycle}`, Object.fromEntries(laptops.map((l) => [l.name, l.laptop])), {
          seed,
          cycle,
          ms,
          disturbances,
          loopLagMs,
        });
    } else {
      tally.unconverged += 1;
      const seen = await Promise.all(laptops.map((l) => textsOn(l.laptop, ids)));
      // The records whose kept versions differ, as each laptop and the server hold them (test texts, no PHI).
      const differing = await Promise.all(
        ids.map(async (id) => ({ id, on: await Promise.all(laptops.map(async (l) => (await getClient(l.laptop.db, id))?.preferredName ?? null)) })),
      );
      const serverRevs = await Promise.all(
        differing
          .filter((r) => new Set(r.on).size > 1)
          .map(async (r) => ({
            ...r,
            server: ((await rawAdmin(`${server.url}/${clinicDbName(clinicId, 'clients')}/${r.id}`)).json as { _rev?: string } | null)?._rev,
          })),
      );
      console.log(
        'SOAK DIAG',
        JSON.stringify({
          seed,
          cycle,
          disturbances,
          loopLagMs,
          missing: seen.map((h) => textsToKeep({ typed, replaced }).filter((t) => !h.all.has(t))),
          differing: serverRevs,
        }),
      );
      keepTraces(`soak-seed-${seed}-cycle-${cycle}`, Object.fromEntries(laptops.map((l) => [l.name, l.laptop])), { seed, cycle, disturbances, loopLagMs });
    }
    // Lost: a text that had to be kept and no laptop holds (a converged cycle holds them all on every laptop).
    const held = await Promise.all(laptops.map((l) => textsOn(l.laptop, ids)));
    tally.lost += lostTexts(
      { typed, replaced },
      held.map((h) => h.all),
    ).length;
    // A cycle that did not converge is counted, and its scenario ends (the next cycle would start from it).
    if (!done) break;
  }
  await closeLaptops();
}

describe('sync soak', () => {
  it(
    `${ROUNDS} rounds: no text lost, every cycle converges within 60 s`,
    async () => {
      const tally: Tally = { rounds: 0, cycles: 0, lost: 0, unconverged: 0, restarts: 0, flips: 0, maxLoopLag: 0, times: [] };
      const started = Date.now();
      for (let s = 0; tally.rounds < ROUNDS; s++) {
        // Odd seeds two laptops, even seeds three, so one seed can be run alone (--seed N) as it ran in the series.
        const seed = BASE_SEED + s;
        await scenario(seed, seed % 2 === 0 ? 3 : 2, tally);
        console.error(`soak: ${tally.rounds}/${ROUNDS} rounds, ${tally.cycles} cycles, lost ${tally.lost}, unconverged ${tally.unconverged}`);
      }
      const sorted = [...tally.times].sort((x, y) => x - y);
      const result = {
        rounds: tally.rounds,
        cycles: tally.cycles,
        seeds: `${BASE_SEED}…`,
        convergence_ms: { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? 0 },
        texts_lost: tally.lost,
        unconverged_cycles: tally.unconverged,
        offline_flips: tally.flips,
        server_restarts: tally.restarts,
        max_loop_lag_ms: tally.maxLoopLag,
        minutes: Math.round((Date.now() - started) / 600) / 100,
      };
      const dir = join(process.cwd(), 'test-results');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `soak-${Date.now().toString(36)}.json`), JSON.stringify(result, null, 1));
      console.log(`SOAK ${JSON.stringify(result)}`);
      expect(tally.lost).toBe(0);
      expect(tally.unconverged).toBe(0);
    },
    24 * 60 * 60 * 1000,
  );
});
