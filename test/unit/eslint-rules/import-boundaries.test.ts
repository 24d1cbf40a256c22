import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The lint probes of architecture.md ("Lint gaps, demonstrated") kept as fixtures: each probe is linted with the
 * repository's own eslint.config.js as if it were a file at that path, and only the import-boundary rules count.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const FEATURE = 'Import another feature only through its index.ts';
const DB = 'Reach renderer/db only through its index.ts';
const DB_UPWARD = 'renderer/db is the bottom layer';
const RXDB = 'Only renderer/db imports RxDB at runtime';

interface Probe {
  readonly file: string;
  readonly code: string;
  /** The start of the expected error message, or null when the import is allowed. */
  readonly error: string | null;
}

const PROBES: readonly Probe[] = [
  // Another feature's internals, from any depth and from any folder.
  { file: 'features/clients/Probe2.ts', code: "import { useCaseload } from '../medications/useCaseload';", error: FEATURE },
  { file: 'features/clients/components/Probe.tsx', code: "import { useCaseload } from '../../medications/useCaseload';", error: FEATURE },
  { file: 'features/clients/components/Probe.tsx', code: "import type { CaseloadRow } from '../../medications/caseload';", error: FEATURE },
  { file: 'features/clients/components/Probe.tsx', code: "export { useCaseload } from '../../medications/useCaseload';", error: FEATURE },
  { file: 'features/clients/Probe2.ts', code: "export const load = () => import('../medications/useCaseload');", error: FEATURE },
  { file: 'app/Probe3.ts', code: "import { useCaseload } from '../features/medications/useCaseload';", error: FEATURE },
  { file: 'components/Probe.tsx', code: "import { useCaseload } from '../features/medications/useCaseload';", error: FEATURE },
  // "../../sync/x" from a components/ folder is features/sync, not renderer/sync.
  { file: 'features/clients/components/Probe.tsx', code: "import { useConflicts } from '../../sync/useConflicts';", error: FEATURE },
  // Through the index, or inside the same feature: allowed.
  { file: 'features/clients/Probe2.ts', code: "import { useCaseload } from '../medications';", error: null },
  { file: 'features/clients/components/Probe.tsx', code: "import { useCaseload } from '../../medications/index';", error: null },
  { file: 'features/clients/components/Probe.tsx', code: "import { clientRow } from '../rows/client-row';", error: null },
  { file: 'features/clients/components/Probe.tsx', code: "import { useClientActions } from '../useClientActions';", error: null },
  { file: 'app/Probe3.ts', code: "import { ClientsPage } from '../features/clients';", error: null },
  { file: 'features/clients/Probe2.ts', code: "import { markSynced } from '../../sync/sync-records';", error: null },

  // renderer/db only through its index; the sync folders may also use the sync surface.
  { file: 'features/clients/components/Probe.tsx', code: "import { insertNote } from '../../../db/collections/notes.collection';", error: DB },
  { file: 'features/notes/Probe.ts', code: "import { patchSyncedRecord } from '../../db/replication';", error: DB },
  { file: 'app/Probe3.ts', code: "import { createDatabase } from '../db/database';", error: DB },
  { file: 'sync/Probe.ts', code: "import { insertNote } from '../db/collections/notes.collection';", error: DB },
  { file: 'features/notes/Probe.ts', code: "import { insertNote, useDatabase } from '../../db';", error: null },
  { file: 'features/sync/Probe.ts', code: "import { patchSyncedRecord } from '../../db/replication';", error: null },
  { file: 'features/sync/Probe.ts', code: "import { setClinicRecordStatus } from '../../db/collections/clinic.collection';", error: null },
  { file: 'sync/Probe.ts', code: "import { SYNC_PLANS } from '../db/sync-plan';", error: null },

  // renderer/db imports nothing above it.
  { file: 'db/Probe.ts', code: "import { startClinicSync } from '../sync/replication';", error: DB_UPWARD },
  { file: 'db/collections/Probe.ts', code: "import { useCaseload } from '../../features/medications';", error: DB_UPWARD },
  // createDatabase takes the conflict handler injected (conflictHandlerFor): not even database.ts imports sync.
  { file: 'db/database.ts', code: "import { createConflictHandler } from '../sync/conflict-handler';", error: DB_UPWARD },
  { file: 'db/schema-plan.ts', code: "import { createConflictHandler } from '../sync/conflict-handler';", error: DB_UPWARD },
  { file: 'db/collections/Probe.ts', code: "import { insertNote } from './notes.collection';", error: null },
  { file: 'db/Probe.ts', code: "import { defineCollection } from './collections/collection-spec';", error: null },

  // RxDB at runtime only in renderer/db; shared/ may import its types only.
  { file: 'app/Probe3.ts', code: "import { createRxDatabase } from 'rxdb';", error: RXDB },
  { file: 'features/clients/Probe4.ts', code: "import { createRxDatabase } from 'rxdb';", error: RXDB },
  { file: 'features/clients/Probe4.ts', code: "import type { RxDocument } from 'rxdb';", error: null },
  { file: '../shared/domain/probe5.ts', code: "import { addRxPlugin } from 'rxdb/plugins/core';", error: 'shared/ may import RxDB types only' },
];

let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({
    cwd: ROOT,
    // Only the import rules run, so the probes are parsed without type information (no TypeScript program).
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: false, program: null } } },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports' || ruleId.startsWith('waypoint/'),
  });
  await eslint.calculateConfigForFile(path.join(ROOT, 'renderer/main.tsx'));
}, 60_000);

async function importErrors(probe: Probe): Promise<string[]> {
  const results = await eslint.lintText(probe.code, { filePath: path.join(ROOT, 'renderer', probe.file) });
  return results.flatMap((r) => r.messages).map((m) => (m.fatal === true ? `fatal: ${m.message}` : m.message));
}

describe('import boundaries (architecture.md probes)', () => {
  for (const probe of PROBES) {
    it(`${probe.error === null ? 'allows' : 'rejects'} in ${probe.file}: ${probe.code}`, async () => {
      const errors = await importErrors(probe);
      expect(errors).toEqual(probe.error === null ? [] : [expect.stringContaining(probe.error)]);
    });
  }
});
