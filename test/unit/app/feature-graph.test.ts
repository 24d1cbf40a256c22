import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { featureCycles, featureGraph } from '../../utils/feature-graph';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FEATURES = path.join(ROOT, 'renderer/features');

describe('feature import graph', () => {
  it('finds a cycle when two features import each other (the check itself)', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(featureCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      featureCycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set<string>()],
        ]),
      ),
    ).toEqual([]);
  });

  it('has no cycles between renderer/features/* (feature indexes form a DAG)', () => {
    const graph = featureGraph(FEATURES);
    expect(graph.size).toBeGreaterThan(10);
    expect(featureCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
