/**
 * Exports (progress.md §7, issue 16 items 3–5): each checks the actor may export the client, builds the file, asks the
 * host where to save it and, only when it was saved, writes one audit event (who, what, which client, which opt-ins).
 * A save cancelled in the dialog writes nothing and audits nothing.
 */
import type { SaveFileResult } from '../../../shared/host';
import { objectiveProgress } from '../../../shared/progress/plans/objective-progress';
import type { TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import type { SafetyPlanVersion } from '../../../shared/progress/safety-plans';
import {
  buildProgressReport,
  exportRefusal,
  part2ExportRefusal,
  safetyPlanClientCopy,
  treatmentPlanClientCopy,
  type ClientCopyContext,
  type ProgressReportOptions,
  type ReportDocument,
} from '../../../shared/reports';
import { auditFor } from '../../audit';
import { getClient, recordClientCopyProvided, type Client } from '../../db';
import type { ActorContext } from '../../session';
import { loadObjectiveData, loadProgressReportInput, type ReportRequest } from './report-data';

/** The host's save, injected: the PDF renderer and dialog in the app, a fake in tests. */
export type SaveDocument = (doc: ReportDocument, suggestedName: string) => Promise<SaveFileResult>;

export class ExportRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportRefusedError';
  }
}

/** The client, when this actor may export them; otherwise ExportRefusedError (nothing is read, saved or audited). */
export async function exportableClient(ctx: ActorContext, clientId: string): Promise<Client> {
  const client = await getClient(ctx.db, clientId);
  const refusal = exportRefusal(ctx.actor, client);
  if (refusal !== null || !client) throw new ExportRefusedError(refusal ?? 'Nothing was exported.');
  return client;
}

/**
 * Refuses (ExportRefusedError) the export of a 42 CFR Part 2 client without the Part 2 opt-in (§7.2 item 7), before
 * anything is built, saved or audited: every report that prints the Part 2 notice calls it.
 */
export function assertPart2OptIn(client: Pick<Client, 'program' | 'part2'>, optIns: readonly string[]): void {
  const refusal = part2ExportRefusal(client, optIns);
  if (refusal !== null) throw new ExportRefusedError(refusal);
}

/** "none", or the opt-ins joined: what every export's audit says about §7.2. */
export function optInsText(optIns: readonly string[]): string {
  return optIns.length === 0 ? 'none' : [...optIns].sort().join(', ');
}

export interface ProgressReportExport extends Omit<ReportRequest, 'generatedAt'>, ProgressReportOptions {
  readonly clientId: string;
}

/** Builds, saves and audits one progress report; resolves to the host's result. */
export async function exportProgressReport(ctx: ActorContext, input: ProgressReportExport, save: SaveDocument): Promise<SaveFileResult> {
  const client = await exportableClient(ctx, input.clientId);
  assertPart2OptIn(client, input.optIns);
  const now = ctx.now();
  const data = await loadProgressReportInput(ctx.db, client, { ...input, generatedAt: now.toISOString() });
  const doc = buildProgressReport(data, input);
  const name = `progress-report-${input.version}-${input.period.from}-to-${input.period.to}.pdf`;
  const saved = await save(doc, name);
  if (saved.status === 'saved') {
    const detail = `Progress report (${input.version} version) for ${input.period.from} to ${input.period.to}; opt-ins: ${optInsText(input.optIns)}; medications in payer version: ${input.version === 'payer' ? String(input.medicationsForPayer) : 'n/a'}; saved as ${saved.path}`;
    await auditFor(ctx, 'client')('export', client.id, detail, now);
  }
  return saved;
}

/** A plan version a client copy is printed from: a treatment plan, or a safety / relapse-prevention plan (has `kind`). */
export type PrintablePlan = TreatmentPlanVersion | SafetyPlanVersion;

/** The objectives of a treatment plan whose progress, computed from the client's data, is met on `asOf`. */
async function metObjectives(ctx: ActorContext, version: TreatmentPlanVersion, asOf: string): Promise<ReadonlySet<string>> {
  const data = await loadObjectiveData(ctx.db, version.clientId);
  const objectives = version.problems.flatMap((p) => p.goals.flatMap((g) => g.objectives));
  return new Set(objectives.filter((o) => objectiveProgress(o, data, asOf).status === 'met').map((o) => o.objectiveId));
}

async function copyOf(actx: ActorContext, version: PrintablePlan, ctx: ClientCopyContext): Promise<{ doc: ReportDocument; what: string; file: string }> {
  if ('kind' in version) {
    const what = version.kind === 'safety_plan' ? 'Safety plan' : 'Relapse-prevention plan';
    return { doc: safetyPlanClientCopy(version, ctx), what, file: version.kind.replaceAll('_', '-') };
  }
  const met = await metObjectives(actx, version, ctx.printedOn);
  return { doc: treatmentPlanClientCopy(version, ctx, met), what: 'Treatment plan', file: 'treatment-plan' };
}

/**
 * Saves and audits the client copy of one plan version (§4.4): treatment, safety or relapse-prevention plan; a saved
 * copy sets the version's clientCopyProvidedOn (a cancelled save records nothing).
 */
export async function exportPlanClientCopy(
  ctx: ActorContext,
  version: PrintablePlan,
  copy: Omit<ClientCopyContext, 'clientFirstName' | 'printedOn'>,
  save: SaveDocument,
  printedOn: string,
): Promise<SaveFileResult> {
  const client = await exportableClient(ctx, version.clientId);
  const now = ctx.now();
  const { doc, what, file } = await copyOf(ctx, version, { ...copy, clientFirstName: client.preferredName || client.firstName, printedOn });
  const saved = await save(doc, `${file}-client-copy-v${String(version.version)}-${printedOn}.pdf`);
  if (saved.status === 'saved') {
    await recordClientCopyProvided(ctx.db, version.versionId, printedOn, { authorId: ctx.actor.id, now });
    await auditFor(ctx, 'plan')(
      'export',
      version.versionId,
      `${what} client copy (version ${String(version.version)}) for client ${client.id}; opt-ins: none; client copy provided on ${printedOn}; saved as ${saved.path}`,
      now,
    );
  }
  return saved;
}
