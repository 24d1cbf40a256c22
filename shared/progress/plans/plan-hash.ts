/** The content hash a plan version's signatures cover (progress.md §1.2, §1.6). */
import { sha256 } from 'hash-wasm';
import { canonicalJson } from '../../sync/canonical-json';
import type { SafetyPlanVersion } from '../safety-plans/types';
import type { TreatmentPlanVersion } from './types';

/** A version whose content is hashed and signed: a treatment-plan version, a safety or relapse-prevention plan version. */
export type HashedVersion = TreatmentPlanVersion | SafetyPlanVersion;

const UNSIGNED: ReadonlySet<string> = new Set(['signatures', 'contentHash', 'status', 'statusReason']);

/**
 * Everything a signature covers: the version minus its signatures, its own hash and its lifecycle status (which
 * moves on after signing: active → superseded/closed), in canonical (key-sorted) JSON.
 */
export function canonicalPlanContent(version: HashedVersion): string {
  const content = Object.fromEntries(Object.entries(version).filter(([key]) => !UNSIGNED.has(key)));
  return canonicalJson(content);
}

/** SHA-256 (lower-case hex) of the canonical content. */
export function planContentHash(version: HashedVersion): Promise<string> {
  return sha256(canonicalPlanContent(version));
}

/** True when a frozen version's stored hash matches its content (and every signature carries that hash). */
export async function verifyPlanHash(version: HashedVersion): Promise<boolean> {
  if (version.contentHash === '') return false;
  const hash = await planContentHash(version);
  return hash === version.contentHash && version.signatures.every((s) => s.contentHash === hash);
}
