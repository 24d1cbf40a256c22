import type { CryptoProvider } from '../../../shared/crypto/provider';
import type { Note } from '../../../shared/domain/records';
import { e2eeSync } from './sync-e2ee';
import { pouchIdbSync } from './sync-pouch-idb';
import { plainRxdbSync, type SyncFigures } from './sync-plain';
import { log, median, round2 } from './timing';

interface RoundOptions {
  /** Alternating plain / E2EE replication rounds; the figures are medians. */
  readonly syncRounds: number;
  readonly runId: string;
}

/** The sync baselines' figures: median push and pull times of each replication over the rounds. */
export async function syncBaselines(
  couchBase: string,
  docs: readonly Note[],
  options: RoundOptions,
  crypto: CryptoProvider,
): Promise<Readonly<Record<string, number>>> {
  const sync = await syncRounds(couchBase, docs, options, crypto);
  return {
    sync_docs: docs.length,
    sync_rounds: options.syncRounds,
    plain_rxdb_push_ms: round2(median(sync.plain.map((r) => r.pushMs))),
    plain_rxdb_pull_ms: round2(median(sync.plain.map((r) => r.pullMs))),
    e2ee_push_ms: round2(median(sync.e2ee.map((r) => r.pushMs))),
    e2ee_pull_ms: round2(median(sync.e2ee.map((r) => r.pullMs))),
    pouchdb_idb_push_ms: round2(median(sync.pouchIdb.map((r) => r.pushMs))),
    pouchdb_idb_pull_ms: round2(median(sync.pouchIdb.map((r) => r.pullMs))),
  };
}

interface SyncRuns {
  readonly plain: SyncFigures[];
  readonly e2ee: SyncFigures[];
  readonly pouchIdb: SyncFigures[];
}

/**
 * Plain RxDB replication, the app's E2EE replication and PouchDB on IndexedDB of the same notes, alternating so that
 * load drift on the shared machine hits all three alike. Every round uses fresh local and server databases.
 */
async function syncRounds(couchBase: string, docs: readonly Note[], options: RoundOptions, crypto: CryptoProvider): Promise<SyncRuns> {
  const { plain, e2ee, pouchIdb }: SyncRuns = { plain: [], e2ee: [], pouchIdb: [] };
  for (let round = 0; round < options.syncRounds; round++) {
    const id = `${options.runId}-${String(round)}`;
    plain.push(await plainRxdbSync(couchBase, docs, id));
    e2ee.push(await e2eeSync(couchBase, docs, id, crypto));
    pouchIdb.push(await pouchIdbSync(couchBase, docs, id));
    const line = ([name, runs]: readonly [string, SyncFigures[]]): string =>
      `${name} push ${runs.at(-1)?.pushMs.toFixed(0) ?? '?'} / pull ${runs.at(-1)?.pullMs.toFixed(0) ?? '?'} ms`;
    const runs: readonly (readonly [string, SyncFigures[]])[] = [
      ['plain', plain],
      ['E2EE', e2ee],
      ['PouchDB idb', pouchIdb],
    ];
    log(`sync round ${String(round + 1)}/${String(options.syncRounds)} of ${String(docs.length)} notes: ${runs.map(line).join(', ')}`);
  }
  return { plain, e2ee, pouchIdb };
}
