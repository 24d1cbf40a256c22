import { useMemo } from 'react';
import { useClinicSync } from './sync-context';
import { useSyncStatus } from './useSyncStatus';

const NONE: ReadonlySet<string> = new Set();

/** Ids of one collection's records changed on this laptop and not yet on the clinic server ("Not synced"). */
export function useUnsyncedIds(collection: string): ReadonlySet<string> {
  const { sync } = useClinicSync();
  // The status object changes whenever the pending count does, which is when the set can change.
  const status = useSyncStatus(sync);
  return useMemo(() => (sync && status && status.pending > 0 ? new Set(sync.pendingIds(collection)) : NONE), [sync, status, collection]);
}
