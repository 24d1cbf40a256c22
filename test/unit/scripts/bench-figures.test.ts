import { describe, expect, it } from 'vitest';
import { deriveFigures } from '../../../scripts/bench/figures.mjs';
import { previousResults, renderReport } from '../../../scripts/bench/report.mjs';

// scripts/bench/*.mjs are plain JavaScript run by Node; their .d.mts files beside them type them for this test.
type Result = Record<string, unknown>;

const RAW: Result = {
  size: 'medium',
  seed: 1,
  docs: { notes: 10 },
  total_docs: 10,
  seed_ms: 100,
  unlock_to_dashboard_ms: 150,
  chart_overview_p50_ms: 70,
  chart_overview_p95_ms: 140,
  chart_open_p50_ms: 40,
  chart_open_p95_ms: 120,
  chart_all_tabs_p50_ms: 60,
  chart_all_tabs_p95_ms: 90,
  note_save_ms: 5,
  heap_mb: 30,
  input_delay_p95_ms: 12,
  sealed_insert_ms: 300,
  plain_insert_ms: 200,
  sealed_vs_plain_insert_ratio: 1.5,
  sync_docs: 100,
  sync_rounds: 2,
  // E2EE takes 4 s for what plain RxDB does in 2 s: half the throughput.
  e2ee_push_ms: 1500,
  e2ee_pull_ms: 2500,
  plain_rxdb_push_ms: 1200,
  plain_rxdb_pull_ms: 800,
  pouchdb_push_ms: 3000,
  pouchdb_pull_ms: 1000,
  // PouchDB on IndexedDB in the same page: 2 s for what E2EE does in 4 s.
  pouchdb_idb_push_ms: 1200,
  pouchdb_idb_pull_ms: 800,
  browser_version: 'test',
};

describe('bench figures', () => {
  it('reports sync ratios as throughput of E2EE over each baseline (below 1 = E2EE slower)', () => {
    const r = deriveFigures(RAW, { syncRequested: true, wallSeconds: 1 });
    expect(r.e2ee_vs_plain_sync_ratio).toBe(0.5);
    expect(r.e2ee_vs_pouchdb_sync_ratio).toBe(1);
    expect(r.e2ee_vs_pouchdb_idb_sync_ratio).toBe(0.5);
    expect(r.e2ee_vs_pouchdb_idb_pull_ratio).toBe(0.32);
    expect(r.e2ee_vs_plain_push_ratio).toBe(0.8);
    expect(r.e2ee_vs_plain_pull_ratio).toBe(0.32);
    expect(r.null_reasons).toEqual({});
  });

  it('gives every missing figure null with a reason instead of a number', () => {
    const dropped = new Set(['e2ee_push_ms', 'heap_mb', 'chart_overview_p95_ms']);
    const raw = Object.fromEntries(Object.entries(RAW).filter(([key]) => !dropped.has(key)));
    const r = deriveFigures(raw, { syncRequested: false, wallSeconds: 1 });
    expect(r.e2ee_vs_plain_sync_ratio).toBeNull();
    expect(r.heap_mb).toBeNull();
    expect(r.chart_overview_p95_ms).toBeNull();
    expect(r.null_reasons).toMatchObject({
      e2ee_vs_plain_sync_ratio: 'sync skipped (--no-sync)',
      heap_mb: 'the page did not report it',
      chart_overview_p95_ms: 'the page did not report it',
    });
  });
});

describe('bench report', () => {
  it('marks missed targets, explains them, and keeps the latest run of other sizes', () => {
    const medium = deriveFigures(RAW, { syncRequested: true, wallSeconds: 1 });
    const large = { ...medium, size: 'large', total_docs: 200_000 };
    const first = renderReport(large, { command: 'npm run bench -- --size large', notes: [], analysis: [] });
    const page = renderReport(medium, { command: 'npm run bench', notes: [], analysis: [], previous: previousResults(first) });
    expect(page).toContain('The table below is the **medium** clinic');
    expect(page).toMatch(/\| E2EE ÷ plain RxDB replication throughput \(first push \+ first pull\) \| 0\.5 × \|.*\| ≥ 0\.8 × \| \*\*no\*\* \|/);
    expect(page).toMatch(/\| Open client chart \(as the app opens it: Overview \+ the chart banners\), p95 \| 140 ms \|.*\| ≤ 100 ms \| \*\*no\*\* \|/);
    expect(page).toMatch(/\| Open client chart \(as the app opens it: Overview \+ the chart banners\), median \| 70 ms \|.*\| yes \|/);
    expect(page).toMatch(/\| Open client chart, Measures tab, p95 \| 120 ms \|.*\| \*\*no\*\* \|/);
    expect(page).toContain('- **Open client chart (as the app opens it: Overview + the chart banners), p95** (140): The chart opens on Overview');
    expect(page).toContain('| chart on Overview p50 / p95 | 70 / 140 ms | 70 / 140 ms |');
    expect(page).toContain('| chart Measures tab p50 / p95 | 40 / 120 ms | 40 / 120 ms |');
    expect(page).toMatch(/\| Open client chart, every tab’s records at once, p95 \| 90 ms \|.*\| yes \|/);
    expect(page).toContain('- **E2EE ÷ plain RxDB replication throughput (first push + first pull)** (0.5): ');
    expect(page).toContain('| figure | medium | large |');
    expect(Object.keys(previousResults(page))).toEqual(['medium', 'large']);
    expect(previousResults(page).large?.total_docs).toBe(200_000);
  });
});
