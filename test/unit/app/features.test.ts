import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_REGISTRY, FEATURES, NAV, ROUTES } from '../../../renderer/app/features';

const FEATURES_DIR = join(import.meta.dirname, '../../../renderer/features');

function sourcesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourcesOf(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('feature composition', () => {
  it('draws the chart tabs, banners and list signals in their declared order, Details last', () => {
    expect(CHART_REGISTRY.chartTabs.map((t) => t.label)).toEqual([
      'Overview',
      'Measures',
      'Plan',
      'Safety plans',
      'Medications',
      'Notes',
      'Homework',
      'Behaviours',
      'Sessions',
      'Check-ins',
      'Family feedback',
      'Level of care',
      'Reports',
      'Discharge summary',
      'Who viewed',
      'Details',
    ]);
    expect(CHART_REGISTRY.chartBanners.map((b) => b.key)).toEqual([
      'safety',
      'safety-plan-review',
      'absence',
      'low-adherence',
      'open-plan-version',
      'current-level',
      'discharge-summary-due',
    ]);
    expect(CHART_REGISTRY.clientSignals.map((s) => s.key)).toEqual(['safety-alert', 'absence-alert', 'low-adherence', 'not-synced']);
  });

  it('keeps the navigation order and gives every nav entry a route', () => {
    expect(NAV.map((n) => n.label)).toEqual([
      'Today',
      'Clients',
      'Schedule',
      'Groups',
      'Unsigned notes',
      'Check-ins',
      'Medications',
      'Measures settings',
      'Levels of care',
      'Reports',
      'Staff',
      'Signing keys',
      'Audit log',
      'Conflicts',
      'Settings',
    ]);
    const paths = new Set(ROUTES.map((r) => r.path));
    expect(NAV.filter((n) => !paths.has(n.to))).toEqual([]);
  });

  it('has no route declared twice', () => {
    const paths = ROUTES.map((r) => r.path);
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
  });

  it('names each feature once', () => {
    const names = FEATURES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lets the clients feature import no other feature: the others reach the chart and the list through the registry', () => {
    const offending = sourcesOf(join(FEATURES_DIR, 'clients')).flatMap((file) => {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => m[1] ?? '');
      // Resolved against the importing file: '../../sync/x' is renderer/sync from one folder and features/sync from another.
      const feature = (spec: string) => relative(FEATURES_DIR, resolve(dirname(file), spec)).split('/')[0] ?? '';
      return imports.filter((spec) => !feature(spec).startsWith('..') && feature(spec) !== 'clients');
    });
    expect(offending).toEqual([]);
  });
});
