import { useState } from 'react';
import type { AuditFilterForm } from '../../../shared/audit/audit-filter-form';
import { describeAuditFilter } from '../../../shared/audit/audit-filter-form';
import type { AuditFilter } from '../../../shared/audit/audit-view';
import { errorMessage } from '../../../shared/error-message';
import { getHost } from '../../host';
import { useActorContext } from '../../session';
import { exportAuditCsv } from './audit-export-actions';
import { loadAllAuditRows } from './audit-loader';
import type { AuditDirectoryData } from './useAuditDirectory';

export type AuditExportOutcome =
  | { readonly status: 'saved'; readonly path: string; readonly count: number }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

/** "Export CSV": every row of the filtered view, saved where the user picks; audited unless cancelled. */
export function useAuditExport(directory: AuditDirectoryData) {
  const ctx = useActorContext();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AuditExportOutcome | null>(null);

  const run = async (filter: AuditFilter, form: AuditFilterForm): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      const rows = await loadAllAuditRows(ctx.db, directory.names, { filter, scope: directory.scope }, ctx.now());
      const saved = await exportAuditCsv(ctx, (request) => getHost().saveFile(request), { rows, filters: describeAuditFilter(form, directory.names) });
      setOutcome(saved.status === 'saved' ? { status: 'saved', path: saved.path, count: rows.length } : saved);
    } catch (error) {
      setOutcome({ status: 'failed', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return { busy, outcome, run };
}
