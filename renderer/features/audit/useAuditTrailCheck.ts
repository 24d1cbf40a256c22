import { useState } from 'react';
import { defer } from 'rxjs';
import { checkAuditTrail, useLiveQuery } from '../../db';
import { checkpointVerifier } from '../../signing/audit-checkpoint-verify';

/** Checks every laptop's audit chain and its signed checkpoints when the log opens, and again each time `verify` is called. */
export function useAuditTrailCheck() {
  const [run, setRun] = useState(0);
  const check = useLiveQuery((db) => defer(async () => checkAuditTrail(db, new Date(), await checkpointVerifier(db))), [run]);
  return {
    check,
    verify: () => {
      setRun((n) => n + 1);
    },
  };
}
