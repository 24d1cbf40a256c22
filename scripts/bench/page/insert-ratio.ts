import type { InstrumentResponse, Note } from '../../../shared/domain/records';
import type { AesKey, CryptoProvider } from '../../../shared/crypto/provider';
import { insertBatched } from '../../seed/write';
import { openPairDatabase } from './plain-db';
import { log, median, timed } from './timing';

export interface InsertSample {
  readonly notes: readonly Note[];
  readonly responses: readonly InstrumentResponse[];
}

/** One bulk insert of the sample into a fresh database, sealed or not; its time. */
export async function insertOnce(name: string, sample: InsertSample, seal: { crypto: CryptoProvider; key: AesKey } | null): Promise<number> {
  const db = await openPairDatabase(name, seal);
  try {
    const { ms } = await timed(async () => {
      await insertBatched(db.notes, sample.notes);
      await insertBatched(db.responses, sample.responses);
    });
    return ms;
  } finally {
    await db.remove();
  }
}

/**
 * Bulk insert of the same documents into sealed and unsealed Dexie storage, alternating so that drift in the shared
 * machine's load hits both sides alike; the medians' ratio is what sealing costs on writes.
 */
export async function sealedVsPlainInsert(
  sample: InsertSample,
  crypto: CryptoProvider,
  rounds: number,
): Promise<{ readonly sealedMs: number; readonly plainMs: number; readonly docs: number }> {
  const key = await crypto.importAesKey(crypto.randomBytes(32));
  const sealed: number[] = [];
  const plain: number[] = [];
  for (let round = 0; round < rounds; round++) {
    plain.push(await insertOnce(`bench-plain-${String(round)}`, sample, null));
    sealed.push(await insertOnce(`bench-sealed-${String(round)}`, sample, { crypto, key }));
    log(`insert round ${String(round + 1)}/${String(rounds)}: plain ${plain.at(-1)?.toFixed(0) ?? '?'} ms, sealed ${sealed.at(-1)?.toFixed(0) ?? '?'} ms`);
  }
  return { sealedMs: median(sealed), plainMs: median(plain), docs: sample.notes.length + sample.responses.length };
}
