/**
 * What verifying a discharge summary's key signatures checks (issue 18 item 6): the author's and the co-signer's
 * signatures over the summary's content hash, recomputed from the summary as stored now. Pure (hash-wasm only).
 */
import { sha256 } from 'hash-wasm';
import { canonicalJson } from '../sync/canonical-json';
import { isRecordSignature } from '../signing/signing-types';
import type { SignedSubject } from '../signing/verdict';
import { dischargeContentHash, type DischargeAddendum, type DischargeCosign, type DischargeSummary } from './discharge-record';

/** The summary's hash as stored now: '' when the stored hash no longer matches the content (a change). */
async function currentHash(summary: DischargeSummary): Promise<string> {
  const hash = await dischargeContentHash(summary);
  return hash === summary.contentHash ? hash : '';
}

/** The author's signature on a signed summary. */
export async function dischargeSubject(summary: DischargeSummary): Promise<SignedSubject> {
  const key = summary.signature?.key;
  const signerId = summary.signature?.signerId ?? summary.authorId;
  return { signerId, purpose: 'discharge', contentHash: await currentHash(summary), signature: isRecordSignature(key) ? key : null };
}

/** A supervisor's co-sign: it signs the summary's hash. */
export async function dischargeCosignSubject(cosign: DischargeCosign, summary: DischargeSummary): Promise<SignedSubject> {
  const signature = isRecordSignature(cosign.signature) ? cosign.signature : null;
  return { signerId: cosign.signerId, purpose: 'discharge-cosign', contentHash: await currentHash(summary), signature };
}

/** SHA-256 of what an addendum's signature covers: the summary's hash, the addendum's identity and its text. */
export function dischargeAddendumHash(a: Pick<DischargeAddendum, 'id' | 'summaryId' | 'text' | 'signerId' | 'signedAt'>, summaryHash: string): Promise<string> {
  return sha256(canonicalJson({ entry: 'addendum', id: a.id, summaryId: a.summaryId, summaryHash, text: a.text, signerId: a.signerId, signedAt: a.signedAt }));
}

/** An addendum signs its own text bound to the summary's hash. */
export async function dischargeAddendumSubject(a: DischargeAddendum, summary: DischargeSummary): Promise<SignedSubject> {
  const summaryHash = await currentHash(summary);
  const contentHash = summaryHash === '' ? '' : await dischargeAddendumHash(a, summaryHash);
  return { signerId: a.signerId, purpose: 'discharge-addendum', contentHash, signature: isRecordSignature(a.signature) ? a.signature : null };
}
