/** CSV exports of measures and target behaviours (progress.md §7.5), per client or caseload, each audited when saved. */
import { firstValueFrom } from 'rxjs';
import { plural } from '../../../shared/domain/text';
import type { SaveFileResult } from '../../../shared/host';
import { behavioursCsv, exportableClients, measuresCsv, pseudonyms, type BehaviourCsvInput, type MeasureCsvInput } from '../../../shared/reports';
import { auditFor } from '../../audit';
import { findResponsesForClient, watchClients, watchTargetBehaviourEntriesForClient, type Client } from '../../db';
import type { ActorContext } from '../../session';
import { currentResponses, toMeasureResponses } from '../measures';
import { exportableClient } from './report-actions';

export type SaveText = (content: string, suggestedName: string) => Promise<SaveFileResult>;

export type CsvScope = { readonly kind: 'client'; readonly clientId: string } | { readonly kind: 'caseload' };
export type CsvData = 'measures' | 'behaviours';

export interface CsvExport {
  readonly scope: CsvScope;
  readonly data: CsvData;
  /** Caseload only: real record numbers instead of per-export pseudonymous keys (§7.5). */
  readonly identified: boolean;
  /** A per-export random value that orders the pseudonymous keys (never written anywhere). */
  readonly salt: string;
}

async function clientsOf(ctx: ActorContext, scope: CsvScope): Promise<readonly Client[]> {
  if (scope.kind === 'client') return [await exportableClient(ctx, scope.clientId)];
  return exportableClients(ctx.actor, await firstValueFrom(watchClients(ctx.db)));
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
export async function exportCsv(ctx: ActorContext, input: CsvExport, save: SaveText): Promise<SaveFileResult> {
  const clients = await clientsOf(ctx, input.scope);
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
  if (saved.status === 'saved') {
    const audit = auditFor(ctx, 'client');
    const what = `${input.data === 'measures' ? 'Measures' : 'Target behaviours'} CSV (${who}, ${identified ? 'identified' : 'pseudonymous keys'}); saved as ${saved.path}`;
    if (input.scope.kind === 'client') await audit('export', input.scope.clientId, what, now);
    else await audit('export', 'caseload', `${what}; ${plural(clients.length, 'client')}`, now);
  }
  return saved;
}
