import { useCallback, useSyncExternalStore } from 'react';
import type { SyncStatus } from '../../../shared/sync/sync-status';
import type { ClinicSync } from '../../sync/replication';

/** The live status of a running clinic sync; null when sync is not running. Unsubscribes on unmount. */
export function useSyncStatus(sync: ClinicSync | null): SyncStatus | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = sync?.status$.subscribe(onChange);
      return () => {
        subscription?.unsubscribe();
      };
    },
    [sync],
  );
  // status() returns the same object until the status changes, as useSyncExternalStore requires.
  return useSyncExternalStore(subscribe, () => sync?.status() ?? null);
}
