/** Signature rules of a plan version (progress.md §1.6). */
import type { PlanVersionStatus, ReviewPresetId, Signature, SignatureRole, TreatmentPlanVersion } from './types';

/** What the signature rules read of a version (treatment, safety or relapse-prevention plan). */
export type SignableVersion = Pick<TreatmentPlanVersion, 'status' | 'contentHash' | 'signatures'>;

/** Roles whose signatures make a version active: author, supervisor when co-sign is required, physician for CMS presets. */
export function rolesToActivate(preset: ReviewPresetId, cosignRequired: boolean): readonly SignatureRole[] {
  const roles: SignatureRole[] = ['author'];
  if (cosignRequired) roles.push('supervisor');
  if (preset === 'cms_iop' || preset === 'cms_php') roles.push('certifying_physician');
  return roles;
}

const signed = (s: Signature) => s.signedAt !== null && !s.declined;

/** A refusal message for adding this signature, or null when it may be added. */
export function signatureRefusal(version: SignableVersion, signature: Signature): string | null {
  if (version.status === 'superseded' || version.status === 'closed' || version.status === 'entered_in_error')
    return 'This plan version is no longer current and cannot be signed.';
  if (version.contentHash === '' || signature.contentHash !== version.contentHash)
    return 'The plan changed since it was shown for signing; review it again before signing.';
  const hasAuthor = version.signatures.some((s) => s.role === 'author' && signed(s));
  if (signature.role !== 'author' && !hasAuthor) return 'The author signs first.';
  if (signature.role === 'author' && hasAuthor) return 'The author has already signed this version.';
  if (signature.declined) return signature.declined.reason.trim() ? null : 'Record the reason for declining.';
  if (!signature.signerName.trim()) return 'Enter the name of the person signing.';
  if (!signature.attestation.trim()) return 'The attestation shown at signing is missing.';
  return null;
}

/** The status once these signatures are present: active when every required role has signed, otherwise awaiting. */
export function statusAfterSignatures(version: SignableVersion, required: readonly SignatureRole[]): PlanVersionStatus {
  if (version.status !== 'draft' && version.status !== 'awaiting_signatures') return version.status;
  const done = required.every((role) => version.signatures.some((s) => s.role === role && signed(s)));
  if (done) return 'active';
  return version.signatures.some((s) => s.role === 'author' && signed(s)) ? 'awaiting_signatures' : 'draft';
}

/** True when the client (or guardian) has neither signed nor declined: the plan shows "awaiting client acknowledgement". */
export function awaitingClientAcknowledgement(version: SignableVersion): boolean {
  return !version.signatures.some((s) => (s.role === 'client' || s.role === 'guardian') && (signed(s) || s.declined !== undefined));
}
