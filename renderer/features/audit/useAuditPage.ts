import { defer } from 'rxjs';
import type { AuditFilter } from '../../../shared/audit/audit-view';
import { useLiveQuery } from '../../db';
import { loadAuditPage } from './audit-loader';
import type { AuditDirectoryData } from './useAuditDirectory';

export const AUDIT_PAGE_SIZE = 50;

/** One page of the filtered, role-scoped audit view, read when the filter, the page or the names change. */
export function useAuditPage(directory: AuditDirectoryData, filter: AuditFilter, pageIndex: number) {
  const { names, scope } = directory;
  const { actorId, clientId, action, fromAt, toAt } = filter;
  return useLiveQuery(
    (db) => defer(() => loadAuditPage(db, names, { filter, scope }, { index: pageIndex, size: AUDIT_PAGE_SIZE })),
    [names, scope, actorId, clientId, action, fromAt, toAt, pageIndex],
  );
}
