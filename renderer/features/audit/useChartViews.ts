import { map } from 'rxjs';
import { auditRowOf, visibleInScope, type AuditRowView } from '../../../shared/audit/audit-view';
import { useLiveQuery, watchAuditForEntity } from '../../db';
import type { AuditDirectoryData } from './useAuditDirectory';

/** How many of the newest views the chart's panel lists. */
export const CHART_VIEWS_LIMIT = 200;

/**
 * Who opened this client's chart (and its plan), newest first, kept live — as far as the viewer's scope allows: a
 * therapist who is not the client's clinician sees only their own views.
 */
export function useChartViews(directory: AuditDirectoryData, clientId: string) {
  const { names, scope } = directory;
  return useLiveQuery(
    (db) =>
      watchAuditForEntity(db, clientId, { action: 'view', limit: CHART_VIEWS_LIMIT }).pipe(
        map((events): AuditRowView[] => events.filter((e) => visibleInScope(e, clientId, scope)).map((e) => auditRowOf(e, names))),
      ),
    [names, scope, clientId],
  );
}
