// @ts-check
/**
 * waypoint/import-boundaries: the renderer's folder boundaries, checked on resolved paths.
 *
 * `no-restricted-imports` only sees the import string, and a relative string is ambiguous: `../../sync/x` is
 * renderer/sync from a feature's root but features/sync from its components/ folder. This rule resolves every
 * relative import against the importing file and checks where it lands, so the same boundary holds at any depth:
 *
 *   1. Nothing outside features/<name>/ imports past that feature's index.ts.
 *   2. Nothing outside renderer/db/ imports past db/index.ts, except that renderer/sync and features/sync may also
 *      use the modules in DB_SYNC_SURFACE (the sync surface of architecture.md P4, not yet one file).
 *   3. renderer/db/ is the bottom layer: it imports nothing else of the renderer.
 *
 * Tested through ESLint's API in test/unit/eslint-rules/import-boundaries.test.ts (the probes of architecture.md).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RENDERER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer');

/** What renderer/sync and features/sync import from renderer/db besides its index (paths inside renderer/db). */
const DB_SYNC_SURFACE = ['replication', 'sync-plan', 'collections/clinic.collection'];
const SYNC_ZONES = ['sync', 'features/sync'];

/**
 * Where a path inside renderer/ sits: its zone (features/<name>, db, sync, app, …) and the rest of the path.
 * @param {string} rel posix path relative to renderer/, without extension
 */
function locate(rel) {
  const parts = rel.split('/');
  const zoneLength = parts[0] === 'features' && parts.length > 1 ? 2 : 1;
  return { zone: parts.slice(0, zoneLength).join('/'), inner: parts.slice(zoneLength).join('/') };
}

/** @param {string} inner */
const isIndex = (inner) => inner === '' || inner === 'index';

/**
 * The renderer-relative path of a file or import target, or null when it lies outside renderer/.
 * @param {string} absolute
 */
function insideRenderer(absolute) {
  const rel = path.relative(RENDERER, absolute).split(path.sep).join('/');
  if (rel === '' || rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) return null;
  return rel.replace(/\.(tsx?|jsx?|mjs)$/, '').replace(/\/$/, '');
}

/**
 * The message id and data for an import from `from` to `to` (both renderer-relative), or null when it is allowed.
 * @param {string} from
 * @param {string} to
 * @returns {{ messageId: 'featureInternals' | 'dbInternals' | 'dbUpward', zone: string } | null}
 */
export function boundaryViolation(from, to) {
  const source = locate(from);
  const target = locate(to);
  if (source.zone === target.zone) return null;
  if (source.zone === 'db') return { messageId: 'dbUpward', zone: target.zone };
  if (target.zone.startsWith('features/') && !isIndex(target.inner)) return { messageId: 'featureInternals', zone: target.zone };
  if (target.zone === 'db' && !isIndex(target.inner)) {
    const syncSurface = SYNC_ZONES.includes(source.zone) && DB_SYNC_SURFACE.includes(target.inner);
    return syncSurface ? null : { messageId: 'dbInternals', zone: 'db' };
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: "Enforce the renderer's folder boundaries on resolved import paths" },
    schema: [],
    messages: {
      featureInternals: "Import another feature only through its index.ts: use '{{entry}}' and export what you need there.",
      dbInternals:
        "Reach renderer/db only through its index.ts: use '{{entry}}' and export what you need there " +
        '(renderer/sync and features/sync may also use db/replication, db/sync-plan and db/collections/clinic.collection).',
      dbUpward: 'renderer/db is the bottom layer and imports nothing else of the renderer ({{zone}}); let the caller inject it.',
    },
  },
  create(context) {
    const from = insideRenderer(context.physicalFilename);
    if (from === null) return {};
    const dir = path.dirname(context.physicalFilename);

    /** @param {import('estree').Node | null | undefined} node */
    function check(node) {
      if (node?.type !== 'Literal' || typeof node.value !== 'string' || !node.value.startsWith('.')) return;
      const to = insideRenderer(path.resolve(dir, node.value.replace(/\?.*$/, '')));
      if (to === null) return;
      const violation = boundaryViolation(from, to);
      if (violation === null) return;
      const entry = path.relative(dir, path.join(RENDERER, violation.zone)).split(path.sep).join('/');
      context.report({ node, messageId: violation.messageId, data: { zone: violation.zone, entry: entry.startsWith('.') ? entry : `./${entry}` } });
    }

    return {
      ImportDeclaration: (node) => {
        check(node.source);
      },
      ExportNamedDeclaration: (node) => {
        check(node.source);
      },
      ExportAllDeclaration: (node) => {
        check(node.source);
      },
      ImportExpression: (node) => {
        check(node.source);
      },
    };
  },
};

export const waypointPlugin = { meta: { name: 'waypoint' }, rules: { 'import-boundaries': rule } };
