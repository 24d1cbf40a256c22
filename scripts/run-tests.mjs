#!/usr/bin/env node
// Runs every suite `npm test` promises — typecheck, lint, unit, integration, e2e — in order, keeps going after a
// failure so one run shows everything, and ends with one line "N passed, N failed" summing all suites.
// Typecheck and lint count as one check each; the test suites count their tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reportDir = join('test-results', 'reports');
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

function run(command, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false });
  return { ok: result.status === 0, seconds: Math.round((Date.now() - started) / 1000) };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function check(name, command, args) {
  const { ok, seconds } = run(command, args);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds };
}

function vitest(project) {
  const file = join(reportDir, `${project}.json`);
  const { ok, seconds } = run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  const report = readJson(file);
  const passed = report?.numPassedTests ?? 0;
  const failed = report ? report.numFailedTests + (ok ? 0 : report.numFailedTests === 0 ? 1 : 0) : 1;
  return { name: `${project} tests`, passed, failed, seconds };
}

function e2e() {
  const build = run('npm', ['run', 'build:web']);
  if (!build.ok) return { name: 'e2e tests', passed: 0, failed: 1, seconds: build.seconds };
  const file = join(reportDir, 'e2e.json');
  const { ok, seconds } = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const stats = readJson(file)?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  const failed = stats ? stats.unexpected + (ok ? 0 : stats.unexpected === 0 ? 1 : 0) : 1;
  return { name: 'e2e tests', passed, failed, seconds: seconds + build.seconds };
}

const only = process.argv.slice(2);
const suites = [
  ['typecheck', () => check('typecheck', 'npx', ['tsc', '-b'])],
  ['lint', () => check('lint', 'npx', ['eslint', '.', '--max-warnings', '0'])],
  ['unit', () => vitest('unit')],
  ['integration', () => vitest('integration')],
  ['e2e', e2e],
];

const results = suites.filter(([name]) => only.length === 0 || only.includes(name)).map(([, fn]) => fn());
console.log('\nSummary');
for (const r of results) console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
