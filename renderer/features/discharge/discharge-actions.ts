/**
 * Writes of discharge summaries (progress.md §7.3, §7.4), each followed by its audit event, and the summary's PDF
 * export. Plain functions of (context, input): hooks bind them, tests call them on real storage.
 */
import {
  aftercareClientCopy,
  buildDischargeSummary,
  dischargeAddendumHash,
  dischargeClientCopyIdFor,
  dischargeCosignIdFor,
  dischargeCosignRefusal,
  dischargeSummaryDue,
  dischargeSummaryRefusal,
  dischargeSummaryErrors,
  dischargeSummaryIdFor,
  prefillDischargeContent,
  type ClientCopyContext,
  type DischargeAddendum,
  type DischargeCosign,
  type DischargeFieldErrors,
  type DischargeSummary,
  type DischargeSummaryContent,
  type ReportDocument,
  type ReportOptIn,
} from '../../../shared/reports';
import type { SaveFileResult } from '../../../shared/host';
import { auditFor } from '../../audit';
import { localToday } from '../../components/format-date';
import {
  PlanLockedError,
  findDischargeSummaries,
  findEpisodeEventsForClient,
  getClient,
  getDischargeSummary,
  getStaff,
  insertDischargeAddendum,
  insertDischargeClientCopy,
  insertDischargeCosign,
  insertDischargeSummaryDraft,
  isStaffSupervised,
  saveDischargeSummaryDraft,
  signDischargeSummary,
  type Client,
  type DischargeSigner,
} from '../../db';
import { writeStamp, type ActorContext } from '../../session';
import { signerFor } from '../../signing';
import { assertPart2OptIn, exportableClient, loadPart2Notice, optInsText, type SaveDocument } from '../reports';
import { loadDischargeFacts, prefillFactsOf, relapseLinesAt, withItemAnswers } from './discharge-data';

/** The summary cannot be started or signed as it is; `errors` maps field paths to messages. */
export class DischargeSummaryError extends Error {
  readonly code = 'discharge_summary_invalid';
  constructor(readonly errors: DischargeFieldErrors) {
    super(Object.values(errors)[0] ?? 'The discharge summary is not complete.');
    this.name = 'DischargeSummaryError';
  }
}

async function dischargedClient(ctx: ActorContext, clientId: string): Promise<Client & { readonly dischargeDate: string }> {
  const client = await getClient(ctx.db, clientId);
  if (!client) throw new DischargeSummaryError({ client: 'This client is not in this vault.' });
  const dischargeDate = client.dischargeDate;
  if (client.status !== 'discharged' || dischargeDate === null)
    throw new DischargeSummaryError({ client: 'A discharge summary is written after the client is discharged.' });
  return { ...client, dischargeDate };
}

/** Refuses (DischargeSummaryError at `client`) anyone but the discharging clinician, a supervisor or an admin. */
async function assertMayWrite(ctx: ActorContext, client: Client): Promise<void> {
  const events = await findEpisodeEventsForClient(ctx.db, client.id);
  const discharge = events.filter((e) => e.type === 'discharge' && e.occurredOn === client.dischargeDate).at(-1);
  const refusal = dischargeSummaryRefusal(ctx.actor, { primaryClinicianId: client.primaryClinicianId, dischargedBy: discharge?.authorId ?? null });
  if (refusal !== null) throw new DischargeSummaryError({ client: refusal });
}

/** Starts the discharge summary of the client's discharge, prefilled from the records, or returns the one started. */
export async function startDischargeSummary(ctx: ActorContext, clientId: string, clinicName: string): Promise<DischargeSummary> {
  const client = await dischargedClient(ctx, clientId);
  await assertMayWrite(ctx, client);
  const id = dischargeSummaryIdFor(client.id, client.dischargeDate);
  const existing = await getDischargeSummary(ctx.db, id);
  if (existing) return existing;
  const stamp = writeStamp(ctx);
  const facts = await loadDischargeFacts(ctx.db, client, clinicName);
  const content = prefillDischargeContent(prefillFactsOf(client, facts, await relapseLinesAt(ctx.db, client.id, client.dischargeDate)));
  const at = stamp.now.toISOString();
  const summary = await insertDischargeSummaryDraft(ctx.db, {
    id,
    clientId: client.id,
    status: 'draft',
    dischargeDate: client.dischargeDate,
    dueOn: dischargeSummaryDue(client.dischargeDate, client.dischargeDate).dueOn,
    content,
    facts: null,
    contentHash: '',
    signature: null,
    authorId: stamp.authorId,
    createdAt: at,
    updatedAt: at,
  });
  await auditFor(ctx, 'client')('create', client.id, `Discharge summary started for the discharge of ${client.dischargeDate} (${id})`, stamp.now);
  return summary;
}

/** Saves the draft's narrative and aftercare plan (incomplete is fine: validation runs when signing); audits the first save of an editing session. */
export async function saveDischargeSummary(ctx: ActorContext, id: string, content: DischargeSummaryContent, audited = true): Promise<DischargeSummary> {
  const stamp = writeStamp(ctx);
  const saved = await saveDischargeSummaryDraft(ctx.db, id, content, stamp);
  if (audited) await auditFor(ctx, 'client')('edit', saved.clientId, `Discharge summary draft saved (${id})`, stamp.now);
  return saved;
}

async function signerOf(ctx: ActorContext): Promise<DischargeSigner> {
  const staff = await getStaff(ctx.db, ctx.actor.id);
  return { signerName: staff?.name ?? ctx.actor.id, credentials: staff?.credentials ?? '' };
}

/** Validates the content, freezes it with the facts as the records say now, signs; it never changes after. */
export async function signDischargeSummaryAction(
  ctx: ActorContext,
  id: string,
  content: DischargeSummaryContent,
  clinicName: string,
): Promise<DischargeSummary> {
  const current = await getDischargeSummary(ctx.db, id);
  if (!current) throw new DischargeSummaryError({ client: 'This discharge summary is not in this vault.' });
  if (current.status === 'signed') throw new PlanLockedError('This discharge summary is already signed; add an addendum.');
  const errors = dischargeSummaryErrors(content, current.dischargeDate);
  if (Object.keys(errors).length > 0) throw new DischargeSummaryError(errors);
  const client = await dischargedClient(ctx, current.clientId);
  await assertMayWrite(ctx, client);
  const stamp = writeStamp(ctx);
  await saveDischargeSummaryDraft(ctx.db, id, content, stamp);
  const facts = await loadDischargeFacts(ctx.db, client, clinicName);
  const cosignRequired = await isStaffSupervised(ctx.db, ctx.actor.id);
  const signed = await signDischargeSummary(ctx.db, id, facts, await signerOf(ctx), stamp, cosignRequired, signerFor(ctx.actor.id));
  const late = localToday(stamp.now) > signed.dueOn ? ` (after its due date ${signed.dueOn})` : '';
  const cosign = cosignRequired ? '; awaits a supervisor’s co-sign' : '';
  await auditFor(ctx, 'client')('sign', client.id, `Discharge summary signed${late} (${id}, SHA-256 ${signed.contentHash.slice(0, 12)})${cosign}`, stamp.now);
  return signed;
}

/** Adds a signed addendum to a signed summary. */
export async function addDischargeAddendum(ctx: ActorContext, id: string, text: string): Promise<DischargeAddendum> {
  const summary = await getDischargeSummary(ctx.db, id);
  if (!summary || summary.status !== 'signed') throw new DischargeSummaryError({ addendum: 'An addendum is added to a signed discharge summary.' });
  if (text.trim() === '') throw new DischargeSummaryError({ addendum: 'Write the addendum.' });
  const stamp = writeStamp(ctx);
  const at = stamp.now.toISOString();
  const signer = await signerOf(ctx);
  const addendum = {
    id: `${id}-add-${String(stamp.now.getTime())}`,
    summaryId: id,
    clientId: summary.clientId,
    text: text.trim(),
    signerId: stamp.authorId,
    ...signer,
    signedAt: at,
  };
  const signature = await signerFor(ctx.actor.id)?.('discharge-addendum', await dischargeAddendumHash(addendum, summary.contentHash), at);
  const added = await insertDischargeAddendum(ctx.db, signature ? { ...addendum, signature } : addendum, summary.contentHash);
  await auditFor(ctx, 'client')('sign', summary.clientId, `Addendum to discharge summary ${id}`, stamp.now);
  return added;
}

/** A supervisor's (or an admin's) co-sign of a summary signed by a supervised clinician: its own signed record, audited. */
export async function cosignDischargeSummary(ctx: ActorContext, id: string): Promise<DischargeCosign> {
  const summary = await getDischargeSummary(ctx.db, id);
  if (!summary || summary.status !== 'signed') throw new DischargeSummaryError({ cosign: 'Only a signed discharge summary can be co-signed.' });
  const { cosigns } = await findDischargeSummaries(ctx.db, summary.clientId);
  const refusal = dischargeCosignRefusal(ctx.actor, summary, cosigns);
  if (refusal) throw new DischargeSummaryError({ cosign: refusal });
  const stamp = writeStamp(ctx);
  const signer = await signerOf(ctx);
  const cosign = {
    id: dischargeCosignIdFor(id),
    summaryId: id,
    clientId: summary.clientId,
    signerId: stamp.authorId,
    ...signer,
    signedAt: stamp.now.toISOString(),
  };
  const signature = await signerFor(ctx.actor.id)?.('discharge-cosign', summary.contentHash, cosign.signedAt);
  const saved = await insertDischargeCosign(ctx.db, signature ? { ...cosign, signature } : cosign, summary.contentHash);
  await auditFor(ctx, 'client')('cosign', summary.clientId, `Co-signed the discharge summary (${id}, SHA-256 ${summary.contentHash.slice(0, 12)})`, stamp.now);
  return saved;
}

/**
 * The document of a summary: a signed one shows the facts it froze; a draft the records as they are now. The §7.2
 * items stay out unless this export opts in (only item-level answers can be opted in here).
 */
export async function dischargeSummaryDocument(
  ctx: ActorContext,
  id: string,
  clinicName: string,
  optIns: readonly ReportOptIn[] = [],
): Promise<ReportDocument> {
  const summary = await getDischargeSummary(ctx.db, id);
  if (!summary) throw new DischargeSummaryError({ client: 'This discharge summary is not in this vault.' });
  const client = await dischargedClient(ctx, summary.clientId);
  const stored = summary.facts ?? (await loadDischargeFacts(ctx.db, client, clinicName));
  const facts = optIns.includes('item_answers') ? { ...stored, measures: await withItemAnswers(ctx.db, client.id, stored.measures) } : stored;
  const all = await findDischargeSummaries(ctx.db, client.id);
  const addenda = all.addenda.filter((a) => a.summaryId === id);
  const cosign = all.cosigns.find((c) => c.summaryId === id) ?? null;
  return buildDischargeSummary(facts, summary.content, summary.signature, addenda, ctx.now().toISOString(), cosign, await loadPart2Notice(ctx.db));
}

/** Builds, saves through the host and audits the summary's PDF; a save cancelled in the dialog audits nothing. */
export async function exportDischargeSummary(
  ctx: ActorContext,
  id: string,
  clinicName: string,
  save: SaveDocument,
  optIns: readonly ReportOptIn[] = [],
): Promise<SaveFileResult> {
  const summary = await getDischargeSummary(ctx.db, id);
  if (!summary) throw new DischargeSummaryError({ client: 'This discharge summary is not in this vault.' });
  const client = await exportableClient(ctx, summary.clientId);
  assertPart2OptIn(client, optIns);
  const now = ctx.now();
  const doc = await dischargeSummaryDocument(ctx, id, clinicName, optIns);
  const saved = await save(doc, `discharge-summary-${summary.dischargeDate}${summary.status === 'signed' ? '' : '-draft'}-${localToday(now)}.pdf`);
  if (saved.status === 'saved') {
    await auditFor(ctx, 'client')(
      'export',
      client.id,
      `Discharge summary (${summary.status}) for the discharge of ${summary.dischargeDate}; opt-ins: ${optInsText(optIns)}; saved as ${saved.path}`,
      now,
    );
  }
  return saved;
}

/**
 * The client copy of a signed summary's aftercare plan (§7.4) as a PDF, through the same machinery as the other client
 * copies: saved through the host's dialog, recorded as given on `printedOn` by the actor (as plan copies are) and
 * audited; a save cancelled in the dialog writes and audits nothing.
 */
export async function exportAftercareClientCopy(
  ctx: ActorContext,
  id: string,
  copy: Omit<ClientCopyContext, 'clientFirstName' | 'printedOn'>,
  save: SaveDocument,
  printedOn: string,
): Promise<SaveFileResult> {
  const summary = await getDischargeSummary(ctx.db, id);
  if (!summary || summary.status !== 'signed')
    throw new DischargeSummaryError({ client: 'The client copy of the aftercare plan is printed from the signed discharge summary.' });
  const client = await exportableClient(ctx, summary.clientId);
  const now = ctx.now();
  const doc = aftercareClientCopy(summary.content.aftercare, summary.dischargeDate, {
    ...copy,
    clientFirstName: client.preferredName || client.firstName,
    printedOn,
  });
  const saved = await save(doc, `aftercare-plan-client-copy-${summary.dischargeDate}-${printedOn}.pdf`);
  if (saved.status === 'saved') {
    const copyId = dischargeClientCopyIdFor(id, now.getTime());
    const given = { id: copyId, summaryId: id, clientId: client.id, givenOn: printedOn, givenBy: ctx.actor.id, recordedAt: now.toISOString() };
    await insertDischargeClientCopy(ctx.db, given, summary.contentHash);
    await auditFor(ctx, 'client')(
      'export',
      client.id,
      `Aftercare plan client copy for the discharge of ${summary.dischargeDate} (${id}); opt-ins: none; client copy provided on ${printedOn}; saved as ${saved.path}`,
      now,
    );
  }
  return saved;
}
