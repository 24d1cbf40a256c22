/** CSV exports of measures and target behaviours (progress.md §7.5), per client or caseload, each audited when saved. */
import { firstValueFrom } from 'rxjs';
import { plural } from '../../../shared/domain/text';
import type { SaveFileResult } from '../../../shared/host';
import {
  behavioursCsv,
  exportableClients,
  measuresCsv,
  part2CaseloadSplit,
  pseudonyms,
  type BehaviourCsvInput,
  type MeasureCsvInput,
} from '../../../shared/reports';
import { auditFor } from '../../audit';
import { findResponsesForClient, watchClients, watchTargetBehaviourEntriesForClient, type Client } from '../../db';
import type { ActorContext } from '../../session';
import { currentResponses, toMeasureResponses } from '../measures';
import { assertPart2OptIn, exportableClient, optInsText } from './report-actions';

export type SaveText = (content: string, suggestedName: string) => Promise<SaveFileResult>;

export type CsvScope = { readonly kind: 'client'; readonly clientId: string } | { readonly kind: 'caseload' };
export type CsvData = 'measures' | 'behaviours';

export interface CsvExport {
  readonly scope: CsvScope;
  readonly data: CsvData;
  /** Caseload only: real record numbers instead of per-export pseudonymous keys (§7.5). */
  readonly identified: boolean;
  /** §7.2 opt-ins of this export: 'part2' lets a Part 2 client's rows in (42 CFR Part 2). */
  readonly optIns: readonly string[];
  /** A per-export random value that orders the pseudonymous keys (never written anywhere). */
  readonly salt: string;
}

type Saved = Extract<SaveFileResult, { status: 'saved' }>;

/** What the host said; when saved, how many Part 2 clients a caseload export left out for want of the opt-in. */
export type CsvExportResult = Exclude<SaveFileResult, Saved> | (Saved & { readonly part2LeftOut: number });

/**
 * The clients of this export. One client: refused (ExportRefusedError, nothing read) when it may not be exported,
 * or is a Part 2 client without the opt-in. The caseload: Part 2 clients are left out without the opt-in.
 */
async function clientsOf(ctx: ActorContext, scope: CsvScope, optIns: readonly string[]): Promise<{ included: readonly Client[]; leftOut: number }> {
  if (scope.kind === 'client') {
    const client = await exportableClient(ctx, scope.clientId);
    assertPart2OptIn(client, optIns);
    return { included: [client], leftOut: 0 };
  }
  return part2CaseloadSplit(exportableClients(ctx.actor, await firstValueFrom(watchClients(ctx.db))), optIns);
}

/** The audit detail of a saved CSV export: what, whose, keys or identified, opt-ins, Part 2 clients left out. */
function csvAuditDetail(input: CsvExport, path: string, count: number, leftOut: number): string {
  const identified = input.scope.kind === 'client' || input.identified;
  const what = `${input.data === 'measures' ? 'Measures' : 'Target behaviours'} CSV (${input.scope.kind}, ${identified ? 'identified' : 'pseudonymous keys'}); saved as ${path}`;
  const optIns = `opt-ins: ${optInsText(input.optIns)}`;
  if (input.scope.kind === 'client') return `${what}; ${optIns}`;
  const left = leftOut > 0 ? `; ${plural(leftOut, 'Part 2 client')} left out (no Part 2 opt-in)` : '';
  return `${what}; ${plural(count, 'client')}; ${optIns}${left}`;
}

async function measureRows(ctx: ActorContext, clients: readonly Client[]): Promise<MeasureCsvInput[]> {
  const all = await Promise.all(clients.map(async (c) => currentResponses(toMeasureResponses(await findResponsesForClient(ctx.db, c.id)))));
  return all.flat().map((r) => ({
    clientId: r.clientId,
    instrumentId: r.instrumentId,
    instrumentVersion: r.instrumentVersion,
    completedAt: r.completedAt,
    respondent: r.respondent,
    total: r.total,
    band: r.band,
    flags: r.flags,
  }));
}

async function behaviourRows(ctx: ActorContext, clients: readonly Client[]): Promise<BehaviourCsvInput[]> {
  const all = await Promise.all(
    clients.map(async (c) => (await firstValueFrom(watchTargetBehaviourEntriesForClient(ctx.db, c.id))).map((e) => ({ ...e, clientId: c.id }))),
  );
  return all.flat();
}

/** Builds, saves and audits one CSV export; resolves to the host's result. */
export async function exportCsv(ctx: ActorContext, input: CsvExport, save: SaveText): Promise<CsvExportResult> {
  const { included: clients, leftOut } = await clientsOf(ctx, input.scope, input.optIns);
  const identified = input.scope.kind === 'client' || input.identified;
  const keys = pseudonyms(
    clients.map((c) => c.id),
    input.salt,
  );
  const keyOf = (id: string) => (identified ? id : (keys.get(id) ?? 'unknown'));
  const now = ctx.now();
  const offsetMinutesAt = (instant: string) => -new Date(instant).getTimezoneOffset();
  const text =
    input.data === 'measures'
      ? measuresCsv(await measureRows(ctx, clients), { keyOf, offsetMinutesAt })
      : behavioursCsv(await behaviourRows(ctx, clients), { keyOf });
  const day = now.toISOString().slice(0, 10);
  const who = input.scope.kind === 'client' ? 'client' : 'caseload';
  const saved = await save(text, `${input.data === 'measures' ? 'measures' : 'target-behaviours'}-${who}-${day}.csv`);
  if (saved.status !== 'saved') return saved;
  const entityId = input.scope.kind === 'client' ? input.scope.clientId : 'caseload';
  await auditFor(ctx, 'client')('export', entityId, csvAuditDetail(input, saved.path, clients.length, leftOut), now);
  return { ...saved, part2LeftOut: leftOut };
}
