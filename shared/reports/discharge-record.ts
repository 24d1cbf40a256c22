/**
 * How a discharge summary and its addenda are stored as `careplans` records of kind `discharge_summary` (progress.md
 * §7.3): a draft the clinician edits; signed, its content and the facts it showed are frozen with their SHA-256 and
 * never change (the careplans guard and the server refuse it); an addendum is its own signed record. Pure.
 */
import { sha256 } from 'hash-wasm';
import type { CarePlan, JsonObject } from '../domain/records';
import { canonicalJson } from '../sync/canonical-json';
import { isRecordSignature, type RecordSignature } from '../signing/signing-types';
import { prefillDischargeContent, type DischargeSummaryContent } from './discharge-content';
import type { DischargeFacts } from './discharge-summary';

export interface DischargeSignature {
  readonly signerId: string;
  readonly signerName: string;
  readonly credentials: string;
  readonly signedAt: string;
  readonly contentHash: string;
  /** The signer is supervised: a supervisor co-signs (like plans and reviews); absent on summaries signed before. */
  readonly cosignRequired?: boolean;
  /** The signer's key signature over the content hash; absent on summaries signed before signature keys. */
  readonly key?: RecordSignature;
}

export interface DischargeSummary {
  readonly id: string;
  readonly clientId: string;
  readonly status: 'draft' | 'signed';
  readonly dischargeDate: string;
  readonly dueOn: string;
  readonly content: DischargeSummaryContent;
  /** The facts shown when it was signed; null while a draft (a draft shows the records as they are now). */
  readonly facts: DischargeFacts | null;
  readonly contentHash: string;
  readonly signature: DischargeSignature | null;
  readonly authorId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface DischargeAddendum {
  readonly id: string;
  readonly summaryId: string;
  readonly clientId: string;
  readonly text: string;
  readonly signerId: string;
  readonly signerName: string;
  readonly credentials: string;
  readonly signedAt: string;
  /** The signer's key signature over the addendum bound to the summary's hash; absent before signature keys. */
  readonly signature?: RecordSignature;
}

/** One discharge summary per client and discharge date: two laptops starting it meet as one document. */
export function dischargeSummaryIdFor(clientId: string, dischargeDate: string): string {
  return `ds-${clientId}-${dischargeDate}`;
}

/** SHA-256 of what the signature covers: the content and the facts, in canonical JSON. */
export function dischargeContentHash(s: Pick<DischargeSummary, 'id' | 'clientId' | 'dischargeDate' | 'content' | 'facts' | 'authorId'>): Promise<string> {
  const { id, clientId, dischargeDate, content, facts, authorId } = s;
  return sha256(canonicalJson({ id, clientId, dischargeDate, content, facts, authorId }));
}

const json = (value: unknown): JsonObject => JSON.parse(JSON.stringify(value)) as JsonObject;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function dischargeSummaryRecordOf(s: DischargeSummary): CarePlan {
  return {
    id: s.id,
    kind: 'discharge_summary',
    status: s.status,
    clientId: s.clientId,
    planId: s.id,
    version: 0,
    previousVersionId: '',
    effectiveFrom: s.dischargeDate,
    reviewDueOn: s.dueOn,
    contentHash: s.contentHash,
    authorId: s.authorId,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    content: json({ entry: 'summary', content: s.content, facts: s.facts }),
    signatures: s.signature ? [json(s.signature)] : [],
    lifecycle: [],
  };
}

/** Stored content merged over an empty draft, so a field added later reads as empty rather than missing. */
function contentOf(raw: unknown, dischargeDate: string): DischargeSummaryContent {
  const empty = prefillDischargeContent({
    dischargeDate,
    dischargeReason: '',
    dischargeNote: '',
    problems: [],
    targetLevel: '',
    medications: [],
    relapseLines: [],
  });
  const c = (raw ?? {}) as Partial<DischargeSummaryContent>; // written only by dischargeSummaryRecordOf
  return { narrative: { ...empty.narrative, ...c.narrative }, aftercare: { ...empty.aftercare, followUps: [], ...c.aftercare } };
}

/** The discharge summary a stored record holds; null for addenda and other kinds. */
export function dischargeSummaryOf(doc: CarePlan): DischargeSummary | null {
  if (doc.kind !== 'discharge_summary' || doc.content.entry !== 'summary') return null;
  const signature = (doc.signatures[0] ?? null) as DischargeSignature | null; // written only from a DischargeSignature
  return {
    id: doc.id,
    clientId: doc.clientId,
    status: doc.status === 'signed' ? 'signed' : 'draft',
    dischargeDate: doc.effectiveFrom,
    dueOn: doc.reviewDueOn,
    content: contentOf(doc.content.content, doc.effectiveFrom),
    facts: (doc.content.facts ?? null) as DischargeFacts | null, // written only from DischargeFacts
    contentHash: doc.contentHash,
    signature,
    authorId: doc.authorId,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

/** The stored record of an addendum: signed at once, its planId the summary's id. */
export function dischargeAddendumRecordOf(a: DischargeAddendum, contentHash: string): CarePlan {
  return {
    id: a.id,
    kind: 'discharge_summary',
    status: 'signed',
    clientId: a.clientId,
    planId: a.summaryId,
    version: 0,
    previousVersionId: '',
    effectiveFrom: a.signedAt.slice(0, 10),
    reviewDueOn: '',
    contentHash,
    authorId: a.signerId,
    createdAt: a.signedAt,
    updatedAt: a.signedAt,
    content: {
      entry: 'addendum',
      text: a.text,
      signerName: a.signerName,
      credentials: a.credentials,
      ...(a.signature ? { signature: json(a.signature) } : {}),
    },
    signatures: [],
    lifecycle: [],
  };
}

export function dischargeAddendumOf(doc: CarePlan): DischargeAddendum | null {
  if (doc.kind !== 'discharge_summary' || doc.content.entry !== 'addendum') return null;
  const c = doc.content;
  return {
    id: doc.id,
    summaryId: doc.planId,
    clientId: doc.clientId,
    text: str(c.text),
    signerId: doc.authorId,
    signerName: str(c.signerName),
    credentials: str(c.credentials),
    signedAt: doc.createdAt,
    ...(isRecordSignature(c.signature) ? { signature: c.signature } : {}),
  };
}

/** A supervisor's co-signature of a signed summary: its own signed record, one per summary (two laptops meet as one). */
export interface DischargeCosign {
  readonly id: string;
  readonly summaryId: string;
  readonly clientId: string;
  readonly signerId: string;
  readonly signerName: string;
  readonly credentials: string;
  readonly signedAt: string;
  /** The co-signer's key signature over the summary's content hash; absent on co-signs made before signature keys. */
  readonly signature?: RecordSignature;
}

export function dischargeCosignIdFor(summaryId: string): string {
  return `${summaryId}-cosign`;
}

export function dischargeCosignRecordOf(c: DischargeCosign, contentHash: string): CarePlan {
  return {
    id: c.id,
    kind: 'discharge_summary',
    status: 'signed',
    clientId: c.clientId,
    planId: c.summaryId,
    version: 0,
    previousVersionId: '',
    effectiveFrom: c.signedAt.slice(0, 10),
    reviewDueOn: '',
    contentHash,
    authorId: c.signerId,
    createdAt: c.signedAt,
    updatedAt: c.signedAt,
    content: { entry: 'cosign', signerName: c.signerName, credentials: c.credentials, ...(c.signature ? { signature: json(c.signature) } : {}) },
    signatures: [],
    lifecycle: [],
  };
}

export function dischargeCosignOf(doc: CarePlan): DischargeCosign | null {
  if (doc.kind !== 'discharge_summary' || doc.content.entry !== 'cosign') return null;
  const c = doc.content;
  return {
    id: doc.id,
    summaryId: doc.planId,
    clientId: doc.clientId,
    signerId: doc.authorId,
    signerName: str(c.signerName),
    credentials: str(c.credentials),
    signedAt: doc.createdAt,
    ...(isRecordSignature(c.signature) ? { signature: c.signature } : {}),
  };
}

export type DischargeCosignState =
  { readonly state: 'not_required' } | { readonly state: 'awaiting' } | { readonly state: 'cosigned'; readonly cosign: DischargeCosign };

/** Whether a summary awaits a supervisor's co-sign or has it. */
export function dischargeCosignStateOf(summary: DischargeSummary, cosigns: readonly DischargeCosign[]): DischargeCosignState {
  const cosign = cosigns.find((c) => c.summaryId === summary.id);
  if (cosign) return { state: 'cosigned', cosign };
  return summary.status === 'signed' && summary.signature?.cosignRequired === true ? { state: 'awaiting' } : { state: 'not_required' };
}

/** Why this person may not co-sign this summary now, or null: a supervisor or an admin other than its signer, once. */
export function dischargeCosignRefusal(
  actor: { readonly id: string; readonly role: string },
  summary: DischargeSummary,
  cosigns: readonly DischargeCosign[],
): string | null {
  const state = dischargeCosignStateOf(summary, cosigns);
  if (state.state === 'cosigned') return 'This discharge summary is already co-signed.';
  if (state.state === 'not_required') return 'This discharge summary does not need a co-sign.';
  if (actor.role !== 'supervisor' && actor.role !== 'admin') return 'Only a supervisor or an admin can co-sign a discharge summary.';
  if (summary.signature?.signerId === actor.id) return 'A discharge summary cannot be co-signed by the clinician who signed it.';
  return null;
}
