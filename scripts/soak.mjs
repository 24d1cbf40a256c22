#!/usr/bin/env node
// `npm run soak [-- --rounds 5000] [--seed 1]`: the sync soak (test/soak/sync-soak.test.ts), not part of `npm test`.
// Prints one line "SOAK {...}": rounds, convergence time p50/p95/max, texts lost and unconverged cycles (both must be 0).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5000' }, seed: { type: 'string', default: '1' } } });
const rounds = Number(values.rounds);
const seed = Number(values.seed);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a whole number above 0');
if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
const result = spawnSync('npx', ['vitest', 'run', '--project', 'soak'], {
  stdio: 'inherit',
  env: { ...process.env, WAYPOINT_SOAK_ROUNDS: String(rounds), WAYPOINT_SOAK_SEED: String(seed) },
});
process.exit(result.status ?? 1);
