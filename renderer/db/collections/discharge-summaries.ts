/**
 * Typed reads and writes of discharge summaries in the careplans collection (progress.md §7.3). A signed summary never
 * changes (the collection's guard and the server refuse it); an addendum is its own signed record.
 */
import { type Observable } from 'rxjs';
import type { CarePlan } from '../../../shared/domain/records';
import {
  dischargeAddendumOf,
  dischargeAddendumRecordOf,
  dischargeClientCopyOf,
  dischargeClientCopyRecordOf,
  dischargeContentHash,
  dischargeCosignOf,
  dischargeCosignRecordOf,
  dischargeSummaryOf,
  dischargeSummaryRecordOf,
  type DischargeAddendum,
  type DischargeClientCopy,
  type DischargeCosign,
  type DischargeFacts,
  type DischargeSummary,
  type DischargeSummaryContent,
} from '../../../shared/reports';
import type { RecordSigner } from '../../../shared/signing/signing-types';
import type { WaypointDatabase } from '../schema-plan';
import { PlanLockedError } from './careplans.collection';
import { RecordNotFoundError, findPlain, insertPlain, plainOf, type WriteContext, watchWhere } from './collection-spec';

function summaryOrThrow(doc: CarePlan | null, id: string): DischargeSummary {
  const s = doc ? dischargeSummaryOf(doc) : null;
  if (!s) throw new RecordNotFoundError('careplans', id);
  return s;
}

export async function getDischargeSummary(db: WaypointDatabase, id: string): Promise<DischargeSummary | null> {
  const doc = await findPlain(db.careplans, id);
  return doc ? dischargeSummaryOf(doc) : null;
}

/** Stores a new draft. */
export async function insertDischargeSummaryDraft(db: WaypointDatabase, summary: DischargeSummary): Promise<DischargeSummary> {
  return summaryOrThrow(
    await insertPlain(db.careplans, dischargeSummaryRecordOf({ ...summary, status: 'draft', facts: null, contentHash: '', signature: null })),
    summary.id,
  );
}

async function docOf(db: WaypointDatabase, id: string) {
  const doc = await db.careplans.findOne(id).exec();
  if (!doc) throw new RecordNotFoundError('careplans', id);
  return doc;
}

/** Saves a draft's content; a signed summary is refused (the guard refuses it too). */
export async function saveDischargeSummaryDraft(
  db: WaypointDatabase,
  id: string,
  content: DischargeSummaryContent,
  ctx: WriteContext,
): Promise<DischargeSummary> {
  const doc = await docOf(db, id);
  const saved = await doc.incrementalModify((data) => {
    const current = summaryOrThrow(data, id);
    if (current.status !== 'draft') throw new PlanLockedError('This discharge summary is signed and cannot change; add an addendum.');
    return dischargeSummaryRecordOf({ ...current, content, updatedAt: ctx.now.toISOString() });
  });
  return summaryOrThrow(plainOf(saved), id);
}

/** Who signs: their name and credentials as printed. */
export interface DischargeSigner {
  readonly signerName: string;
  readonly credentials: string;
}

/** Signs a draft: freezes its content and the facts it shows with their SHA-256; from then on it never changes. */
export async function signDischargeSummary(
  db: WaypointDatabase,
  id: string,
  facts: DischargeFacts,
  signer: DischargeSigner,
  ctx: WriteContext,
  cosignRequired = false,
  sign: RecordSigner | null = null,
): Promise<DischargeSummary> {
  const doc = await docOf(db, id);
  const at = ctx.now.toISOString();
  const current = summaryOrThrow(plainOf(doc), id);
  if (current.status !== 'draft') throw new PlanLockedError('This discharge summary is already signed.');
  const frozen: DischargeSummary = { ...current, facts, updatedAt: at };
  const contentHash = await dischargeContentHash(frozen);
  // The key signature is written with the summary itself: once signed, the record never changes.
  const key = await sign?.('discharge', contentHash, at);
  const signature = { signerId: ctx.authorId, ...signer, signedAt: at, contentHash, ...(cosignRequired ? { cosignRequired } : {}), ...(key ? { key } : {}) };
  const saved = await doc.incrementalModify((data) => {
    if (data.status !== 'draft' || data.updatedAt !== current.updatedAt)
      throw new PlanLockedError('The discharge summary changed while it was being signed; read it again.');
    return dischargeSummaryRecordOf({ ...frozen, status: 'signed', contentHash, signature });
  });
  return summaryOrThrow(plainOf(saved), id);
}

/** Stores an addendum of a signed summary (signed at once, never changed). */
export async function insertDischargeAddendum(db: WaypointDatabase, addendum: DischargeAddendum, contentHash: string): Promise<DischargeAddendum> {
  const stored = dischargeAddendumOf(await insertPlain(db.careplans, dischargeAddendumRecordOf(addendum, contentHash)));
  if (!stored) throw new RecordNotFoundError('careplans', addendum.id);
  return stored;
}

/** Stores a supervisor's co-sign of a signed summary (signed at once, never changed). */
export async function insertDischargeCosign(db: WaypointDatabase, cosign: DischargeCosign, contentHash: string): Promise<DischargeCosign> {
  const stored = dischargeCosignOf(await insertPlain(db.careplans, dischargeCosignRecordOf(cosign, contentHash)));
  if (!stored) throw new RecordNotFoundError('careplans', cosign.id);
  return stored;
}

/** Records that the client copy of a signed summary's aftercare plan was given (its own record, never changed). */
export async function insertDischargeClientCopy(db: WaypointDatabase, copy: DischargeClientCopy, contentHash: string): Promise<DischargeClientCopy> {
  const stored = dischargeClientCopyOf(await insertPlain(db.careplans, dischargeClientCopyRecordOf(copy, contentHash)));
  if (!stored) throw new RecordNotFoundError('careplans', copy.id);
  return stored;
}

/** A client's discharge summaries (oldest discharge first) with their addenda, co-signs and client copies given. */
export interface ClientDischargeSummaries {
  readonly summaries: readonly DischargeSummary[];
  readonly addenda: readonly DischargeAddendum[];
  readonly cosigns: readonly DischargeCosign[];
  readonly clientCopies: readonly DischargeClientCopy[];
}

function summariesOf(docs: readonly CarePlan[]): ClientDischargeSummaries {
  return {
    summaries: docs.flatMap((d) => dischargeSummaryOf(d) ?? []).sort((a, b) => a.dischargeDate.localeCompare(b.dischargeDate)),
    addenda: docs.flatMap((d) => dischargeAddendumOf(d) ?? []).sort((a, b) => a.signedAt.localeCompare(b.signedAt)),
    cosigns: docs.flatMap((d) => dischargeCosignOf(d) ?? []),
    clientCopies: docs.flatMap((d) => dischargeClientCopyOf(d) ?? []),
  };
}

/** Every discharge summary of one client with its addenda, kept live. */
export function watchDischargeSummaries(db: WaypointDatabase, clientId: string): Observable<ClientDischargeSummaries> {
  return watchWhere(db.careplans, { selector: { clientId, kind: 'discharge_summary' } }, summariesOf);
}

/** Every client's discharge summaries (no addenda needed), kept live: the dashboard's list of summaries still to sign. */
export function watchAllDischargeSummaries(db: WaypointDatabase): Observable<readonly DischargeSummary[]> {
  return watchWhere(db.careplans, { selector: { kind: 'discharge_summary' } }, (docs) => summariesOf(docs).summaries);
}

/** Reads once what watchDischargeSummaries keeps live. */
export async function findDischargeSummaries(db: WaypointDatabase, clientId: string): Promise<ClientDischargeSummaries> {
  return summariesOf((await db.careplans.find({ selector: { clientId, kind: 'discharge_summary' } }).exec()).map(plainOf));
}
