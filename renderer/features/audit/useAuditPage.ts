import { defer } from 'rxjs';
import type { AuditFilter } from '../../../shared/audit/audit-view';
import { useLiveQuery, type AuditCursor } from '../../db';
import { loadAuditPage } from './audit-loader';
import type { AuditDirectoryData } from './useAuditDirectory';

export const AUDIT_PAGE_SIZE = 50;

/** The page of the filtered, role-scoped audit view starting at `start`, read when the filter, the page or the names change. */
export function useAuditPage(directory: AuditDirectoryData, filter: AuditFilter, start: AuditCursor | null) {
  const { names, scope } = directory;
  const { actorId, clientId, action, fromAt, toAt } = filter;
  return useLiveQuery(
    (db) => defer(() => loadAuditPage(db, names, { filter, scope }, start, AUDIT_PAGE_SIZE, new Date())),
    [names, scope, actorId, clientId, action, fromAt, toAt, start],
  );
}
