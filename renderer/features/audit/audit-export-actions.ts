import { auditCsvTable, type AuditRowView } from '../../../shared/audit/audit-view';
import { toCsv } from '../../../shared/reports/csv';
import type { SaveFileRequest, SaveFileResult } from '../../../shared/host';
import { auditFor } from '../../audit';
import type { ActorContext } from '../../session';

/** The record id an audit-log export is filed under (entity 'vault': the clinic's own log). */
export const AUDIT_LOG_ENTITY_ID = 'audit-log';

export interface AuditExportInput {
  readonly rows: readonly AuditRowView[];
  /** The filters in words, e.g. "client Ana Ruiz; 2026-12-01 to 2026-12-04"; recorded in the export's audit event. */
  readonly filters: string;
}

/** The suggested file name: the day of the export. */
export function auditExportFileName(now: Date): string {
  return `waypoint-audit-log-${now.toISOString().slice(0, 10)}.csv`;
}

/**
 * Saves the filtered view as CSV where the user picks (through the host), then audits the export. A cancelled save
 * writes nothing and audits nothing.
 */
export async function exportAuditCsv(
  ctx: ActorContext,
  save: (request: SaveFileRequest) => Promise<SaveFileResult>,
  input: AuditExportInput,
): Promise<SaveFileResult> {
  const now = ctx.now();
  const [header = [], ...rows] = auditCsvTable(input.rows);
  const saved = await save({ suggestedName: auditExportFileName(now), content: toCsv(header, rows), mimeType: 'text/csv' });
  if (saved.status === 'cancelled') return saved;
  await auditFor(ctx, 'vault')('export', AUDIT_LOG_ENTITY_ID, `Exported ${String(input.rows.length)} audit events (${input.filters}) to ${saved.path}`, now);
  return saved;
}
