import { useEffect, useState } from 'react';
import type { JoinProgress } from '../../sync/join-progress';
import type { ClinicSync } from '../../sync/replication';

/** A new laptop's first pull while the app is in use (null when there is none, or once it is over). */
export function useFirstPull(sync: ClinicSync | null): JoinProgress | null {
  const [progress, setProgress] = useState<JoinProgress | null>(null);
  useEffect(() => {
    const subscription = sync?.firstPull$?.subscribe((p) => {
      setProgress(p);
    });
    return () => {
      subscription?.unsubscribe();
      setProgress(null);
    };
  }, [sync]);
  return progress;
}
