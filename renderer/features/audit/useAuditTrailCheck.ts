import { useState } from 'react';
import { defer } from 'rxjs';
import { checkAuditTrail, useLiveQuery } from '../../db';

/** Checks every laptop's audit chain when the log opens, and again each time `verify` is called. */
export function useAuditTrailCheck() {
  const [run, setRun] = useState(0);
  const check = useLiveQuery((db) => defer(() => checkAuditTrail(db, new Date())), [run]);
  return {
    check,
    verify: () => {
      setRun((n) => n + 1);
    },
  };
}
