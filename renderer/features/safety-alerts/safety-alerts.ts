import type { SignedSubject } from '../../../shared/signing/verdict';
import { ackContent, type AckContent, type SafetyAck } from '../../../shared/instruments';

// The pure rules live in shared/instruments (measures, notes and safety plans read them without this feature).
export * from '../../../shared/instruments/safety-alerts';

/** SHA-256 (lower-case hex) of an acknowledgement's `ackContent`. */
export async function ackHash(c: AckContent): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(ackContent(c)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What verifying an acknowledgement's signature checks: the hash recomputed from what is stored now. */
export async function ackSubject(ack: SafetyAck): Promise<SignedSubject> {
  const hash = await ackHash(ack);
  // A stored hash that no longer matches the content is a change, whatever the signature says.
  const contentHash = hash === ack.contentHash ? hash : '';
  return { signerId: ack.authorId, purpose: 'safety-ack', contentHash, signature: ack.signature ?? null };
}
