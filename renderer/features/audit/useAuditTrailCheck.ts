import { useState } from 'react';
import { defer } from 'rxjs';
import { checkAuditTrail, checkAuditTrailSinceMarks, useLiveQuery } from '../../db';
import { checkpointVerifier } from '../../signing/audit-checkpoint-verify';

/**
 * Checks the audit trail when the log opens — each laptop's events since the last check (incremental) and the signed
 * checkpoints — and the whole log, every event, each time `checkEverything` is called.
 */
export function useAuditTrailCheck() {
  const [run, setRun] = useState(0);
  const check = useLiveQuery(
    (db) =>
      defer(async () => {
        const verify = await checkpointVerifier(db);
        return run === 0 ? checkAuditTrailSinceMarks(db, new Date(), verify) : checkAuditTrail(db, new Date(), verify);
      }),
    [run],
  );
  return {
    check,
    checkEverything: () => {
      setRun((n) => n + 1);
    },
  };
}
