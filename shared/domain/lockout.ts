/**
 * Growing delay after wrong passphrases: none for the first mistake (typos happen), then 2, 4, 8 … seconds,
 * capped at five minutes. The counter resets on a successful unlock.
 */
export const MAX_UNLOCK_DELAY_MS = 5 * 60 * 1000;

/** Milliseconds a user must wait after `failures` consecutive wrong passphrases. */
export function unlockDelayMs(failures: number): number {
  if (failures <= 1) return 0;
  return Math.min(1000 * 2 ** (failures - 1), MAX_UNLOCK_DELAY_MS);
}

/** Milliseconds left before another attempt is allowed, given the last failure time and `now` (ms epoch). */
export function unlockWaitRemainingMs(failures: number, lastFailureAt: number, now: number): number {
  return Math.max(0, lastFailureAt + unlockDelayMs(failures) - now);
}

/** Auto-lock after this many idle minutes unless the user chose otherwise (setting 1–60). */
export const DEFAULT_IDLE_MINUTES = 10;

/** Clamps an idle-lock setting to the allowed 1–60 minutes; anything unreadable becomes the default. */
export function normalizeIdleMinutes(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_IDLE_MINUTES;
  return Math.min(60, Math.max(1, Math.round(value)));
}

/** Who the lock screen offers first: the only user, else whoever unlocked last while they are still on the keyring. */
export function preselectedUnlockUser(userIds: readonly string[], lastUserId: string | null): string | null {
  if (userIds.length === 1) return userIds[0] ?? null;
  return lastUserId !== null && userIds.includes(lastUserId) ? lastUserId : null;
}

/** Details of failed-unlock events that count toward the wait (other pending events, e.g. a tamper notice, do not). */
export const FAILED_UNLOCK_DETAILS = ['wrong passphrase', 'wrong recovery key'] as const;

/** Detail of the audit event written when the wait record and the failed-unlock events disagree. */
export const LOCKOUT_ALTERED_DETAIL = 'wrong-passphrase wait record altered';

/** The wait record as stored, and the failed-unlock events not yet audited (ISO times). */
export interface LockoutEvidence {
  readonly record: { readonly failures: number; readonly lastFailureAt: number };
  readonly events: readonly { readonly at: string; readonly detail: string }[];
}

/**
 * The wait that applies, from the two places a failure is written: the wait record and the failed-unlock events.
 * Both grow together, so editing one of them no longer resets the wait; a record reset below the events is `altered`.
 */
export function effectiveLockout(evidence: LockoutEvidence): { failures: number; lastFailureAt: number; altered: boolean } {
  const failedAt = evidence.events
    .filter((event) => (FAILED_UNLOCK_DETAILS as readonly string[]).includes(event.detail))
    .map((event) => Date.parse(event.at))
    .map((ms) => (Number.isFinite(ms) ? ms : 0));
  const { failures, lastFailureAt } = evidence.record;
  return {
    failures: Math.max(failures, failedAt.length),
    lastFailureAt: Math.max(lastFailureAt, ...failedAt),
    // Fewer failures on record than events: the record was reset by hand. (More is a stale record after an audit.)
    altered: failures < failedAt.length,
  };
}
