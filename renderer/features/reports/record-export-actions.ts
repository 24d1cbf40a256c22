/**
 * The client record export (issue 19 item 4): one client's whole chart as a PDF for people and a JSON bundle for
 * computers. Two saves, one per file, each audited on its own with its opt-ins: a save is one host dialog and one
 * file, so a cancelled second dialog can never leave an audit entry for a file that was not written.
 */
import type { SaveFileResult } from '../../../shared/host';
import { buildClientRecordBundle, clientRecordDocument, type ClientRecordBundle, type RecordOptIn } from '../../../shared/reports';
import { auditFor } from '../../audit';
import { getStaff } from '../../db';
import type { ActorContext } from '../../session';
import { assertPart2OptIn, exportableClient, optInsText, type SaveDocument } from './report-actions';
import { loadClientRecordSource } from './record-export-data';

export type SaveJson = (content: string, suggestedName: string) => Promise<SaveFileResult>;

export type RecordFormat = 'pdf' | 'json';

export interface RecordExport {
  readonly clientId: string;
  readonly format: RecordFormat;
  readonly optIns: readonly RecordOptIn[];
  readonly clinicName: string;
}

export interface RecordSavers {
  readonly pdf: SaveDocument;
  readonly json: SaveJson;
}

/** The bundle of one client's chart, when this actor may export it with these opt-ins (else ExportRefusedError). */
export async function clientRecordBundle(ctx: ActorContext, input: Omit<RecordExport, 'format'>, now: Date): Promise<ClientRecordBundle> {
  const client = await exportableClient(ctx, input.clientId);
  assertPart2OptIn(client, input.optIns);
  const me = await getStaff(ctx.db, ctx.actor.id);
  const source = await loadClientRecordSource(ctx.db, client, {
    clinicName: input.clinicName,
    exportedBy: me?.name ?? ctx.actor.id,
    exportedAt: now.toISOString(),
  });
  return buildClientRecordBundle(source, input.optIns);
}

/** Builds, saves and audits one file of a client's record export; resolves to the host's result. */
export async function exportClientRecord(ctx: ActorContext, input: RecordExport, save: RecordSavers): Promise<SaveFileResult> {
  const now = ctx.now();
  const bundle = await clientRecordBundle(ctx, input, now);
  const name = `client-record-${now.toISOString().slice(0, 10)}.${input.format}`;
  const saved = input.format === 'pdf' ? await save.pdf(clientRecordDocument(bundle), name) : await save.json(`${JSON.stringify(bundle, null, 2)}\n`, name);
  if (saved.status === 'saved') {
    const detail = `Client record (${input.format.toUpperCase()}, right of access); opt-ins: ${optInsText(input.optIns)}; saved as ${saved.path}`;
    await auditFor(ctx, 'client')('export', input.clientId, detail, now);
  }
  return saved;
}
