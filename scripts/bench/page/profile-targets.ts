import type { ClientRow } from '../../../renderer/features/clients/client-list';
import type { WaypointDatabase } from '../../../renderer/db';
import { sealBytes } from '../../../shared/crypto/envelope';
import type { CryptoProvider } from '../../../shared/crypto/provider';
import type { Note } from '../../../shared/domain/records';
import { chartOpen, type Vault } from './app-flows';
import { insertOnce, type InsertSample } from './insert-ratio';
import { e2eeSync } from './sync-e2ee';
import { plainRxdbSync } from './sync-plain';
import { log, timed } from './timing';

/** What runApp left behind, that a profiled operation works on. */
export interface ProfileState {
  readonly crypto: CryptoProvider;
  readonly vault: Vault | null;
  readonly db: WaypointDatabase | null;
  readonly rows: readonly ClientRow[];
  readonly insertSample: InsertSample;
  readonly syncSample: readonly Note[];
}

export interface ProfileOptions {
  readonly runId: string;
  readonly couchBase: string | null;
  readonly chartClients: number;
}

export const PROFILE_TARGETS = [
  'sealed-insert',
  'plain-insert',
  'seal-only',
  'seal-native-b64',
  'e2ee-sync',
  'e2ee-sync-pull200',
  'plain-sync',
  'chart',
] as const;

// Base64 through the platform (btoa over a binary string built in chunks), for comparison with shared/crypto/bytes.
function nativeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Sealing alone, no storage: every sample document JSON-encoded and sealed at once, either with the app's
 * sealBytes or with the same AES-GCM call and the platform's base64 (what a faster shared/crypto/bytes would give).
 */
async function sealOnly(s: ProfileState, nativeB64: boolean): Promise<number> {
  const key = await s.crypto.importAesKey(s.crypto.randomBytes(32));
  const docs = [...s.insertSample.notes, ...s.insertSample.responses];
  const encoder = new TextEncoder();
  const seal = async (d: { readonly id: string }): Promise<string> => {
    const plaintext = encoder.encode(JSON.stringify(d));
    if (!nativeB64) return sealBytes(s.crypto, key, plaintext, `notes/${d.id}`);
    const iv = s.crypto.randomBytes(12);
    const ciphertext = await s.crypto.aesGcmEncrypt(key, iv, plaintext, encoder.encode(`notes/${d.id}`));
    return `w1.${nativeBase64(iv)}.${nativeBase64(ciphertext)}`;
  };
  const { ms } = await timed(() => Promise.all(docs.map(seal)));
  log(`seal ${nativeB64 ? 'with platform base64' : 'with sealBytes'}: ${String(docs.length)} documents in ${ms.toFixed(0)} ms`);
  return ms;
}

/** Runs one named operation and returns its time (ms). */
export async function runTarget(target: string, s: ProfileState, options: ProfileOptions): Promise<number> {
  const id = `${options.runId}-p${String(Math.floor(performance.now()))}`;
  switch (target) {
    case 'sealed-insert':
      return insertOnce(`bench-sealed-${id}`, s.insertSample, { crypto: s.crypto, key: await s.crypto.importAesKey(s.crypto.randomBytes(32)) });
    case 'plain-insert':
      return insertOnce(`bench-plain-${id}`, s.insertSample, null);
    case 'seal-only':
    case 'seal-native-b64':
      return sealOnly(s, target === 'seal-native-b64');
    case 'e2ee-sync':
    case 'e2ee-sync-pull200':
    case 'plain-sync': {
      if (options.couchBase === null) throw new Error('sync profiling needs the server');
      const run =
        target === 'plain-sync'
          ? await plainRxdbSync(options.couchBase, s.syncSample, id)
          : await e2eeSync(options.couchBase, s.syncSample, id, s.crypto, target === 'e2ee-sync' ? undefined : 200);
      log(`${target}: push ${run.pushMs.toFixed(0)} ms, pull ${run.pullMs.toFixed(0)} ms`);
      return run.pushMs + run.pullMs;
    }
    case 'chart': {
      if (!s.db || !s.vault) throw new Error('chart profiling needs runApp first');
      const chart = await chartOpen(s.db, s.rows, s.vault.userId, options.chartClients);
      log(
        `chart: overview p50 ${chart.overviewP50.toFixed(1)} ms, p95 ${chart.overviewP95.toFixed(1)} ms; measures p50 ${chart.p50.toFixed(1)} ms, p95 ${chart.p95.toFixed(1)} ms over ${String(chart.n)}; all tabs p50 ${chart.allTabsP50.toFixed(1)} ms, p95 ${chart.allTabsP95.toFixed(1)} ms`,
      );
      return chart.p50;
    }
    default:
      throw new Error(`unknown profile target ${target}; one of ${PROFILE_TARGETS.join(', ')}`);
  }
}
