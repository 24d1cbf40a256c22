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
