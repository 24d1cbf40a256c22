import { useEffect, useState } from 'react';
import { verifySignature, type SignatureVerdict, type SignedSubject } from '../../shared/signing/verdict';
import { useLiveQuery, watchKeyRecords } from '../db';
import { currentSigningSession } from './signing-session';
import { keyDirectoryOf } from './trust';
import { webCryptoChecker } from './webcrypto-signing';

/**
 * Live verdicts, by item id, on the signatures of any signed items (re-checked when a key or certificate arrives);
 * null while checking. `subjectOf` must be a stable (module-level) function.
 */
export function useSignatureVerdicts<T extends { readonly id: string }>(
  items: readonly T[],
  subjectOf: (item: T) => Promise<SignedSubject>,
): ReadonlyMap<string, SignatureVerdict> | null {
  const keys = useLiveQuery((db) => watchKeyRecords(db), []);
  const [verdicts, setVerdicts] = useState<ReadonlyMap<string, SignatureVerdict> | null>(null);
  useEffect(() => {
    const session = currentSigningSession();
    if (!keys.data || !session) return;
    let live = true;
    const check = async () => {
      const dir = await keyDirectoryOf(keys.data ?? { keys: [], certificates: [], revocations: [] }, session);
      const entries = await Promise.all(items.map(async (item) => [item.id, await verifySignature(await subjectOf(item), dir, webCryptoChecker)] as const));
      if (live) setVerdicts(new Map(entries));
    };
    void check();
    return () => {
      live = false;
    };
  }, [items, subjectOf, keys.data]);
  return verdicts;
}
