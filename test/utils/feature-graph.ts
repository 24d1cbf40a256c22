import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The import graph between feature folders (renderer/features/<name>): an edge a → b when any file of a imports
 * (statically, as a type, re-exports or dynamically) something that resolves into b. Every cross-feature import goes
 * through b's index.ts (the lint rule enforces that), so this is the graph of the feature index files and their
 * transitive feature imports.
 */
export type FeatureGraph = ReadonlyMap<string, ReadonlySet<string>>;

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });

const featureOf = (featuresDir: string, file: string): string | undefined => {
  const rel = path.relative(featuresDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep)[0];
};

export function featureGraph(featuresDir: string): FeatureGraph {
  const graph = new Map<string, Set<string>>();
  const names = readdirSync(featuresDir, { withFileTypes: true }).filter((e) => e.isDirectory());
  for (const { name } of names) {
    const edges = new Set<string>();
    for (const file of sourceFiles(path.join(featuresDir, name))) {
      for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        const spec = match[1];
        if (spec === undefined || !spec.startsWith('.')) continue;
        const target = featureOf(featuresDir, path.resolve(path.dirname(file), spec));
        if (target !== undefined && target !== name) edges.add(target);
      }
    }
    graph.set(name, edges);
  }
  return graph;
}

/** Every cycle's path (a → … → a), one per strongly connected part found by depth-first search; empty for a DAG. */
export function featureCycles(graph: FeatureGraph): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (node: string, trail: string[]): void => {
    const at = trail.indexOf(node);
    if (at >= 0) {
      cycles.push([...trail.slice(at), node]);
      return;
    }
    if (done.has(node)) return;
    for (const next of [...(graph.get(node) ?? [])].sort()) visit(next, [...trail, node]);
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) visit(node, []);
  return cycles;
}
