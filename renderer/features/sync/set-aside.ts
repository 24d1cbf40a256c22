import type { ClinicRecord } from '../../db';

/**
 * Pulled documents set aside by sync (renderer/sync/sync-records.ts quarantinePulled) are quarantine records like
 * refused pushes, told apart by `data.problem`; they hold no content, only the server's id and revision.
 */
export type SetAsideProblem = 'unreadable' | 'deleted-on-server';

export function setAsideProblem(record: ClinicRecord): SetAsideProblem | null {
  const problem = record.data.problem;
  return problem === 'unreadable' || problem === 'deleted-on-server' ? problem : null;
}
