import { z } from 'zod';
import { STAFF_ROLES } from '../../shared/domain/staff';

/** Shapes of what the vault store holds, checked on every read: a damaged store is reported, never trusted. */

const argon2Schema = z.object({
  memoryKiB: z.number().int().positive(),
  iterations: z.number().int().positive(),
  parallelism: z.number().int().positive(),
});

export const wrappedKeySchema = z.object({
  kdf: z.enum(['argon2id', 'hkdf-sha256']),
  salt: z.string().min(1),
  argon2: argon2Schema.optional(),
  envelope: z.string().min(1),
});

export const keyringUserSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  role: z.enum(STAFF_ROLES),
  wrapped: wrappedKeySchema,
});
export type KeyringUser = z.infer<typeof keyringUserSchema>;

export const clinicRecordSchema = z.object({
  clinicId: z.string().min(1),
  clinicName: z.string().min(1),
  createdAt: z.string(),
  users: z.array(keyringUserSchema).min(1),
  recovery: wrappedKeySchema,
});
export type ClinicRecord = z.infer<typeof clinicRecordSchema>;

export const lockoutSchema = z.object({ failures: z.number().int().min(0), lastFailureAt: z.number() });
export type LockoutState = z.infer<typeof lockoutSchema>;

export const pendingAuditSchema = z.array(z.object({ at: z.string(), actorId: z.string(), detail: z.string() }));
export type PendingAudit = z.infer<typeof pendingAuditSchema>;

export const settingsSchema = z.object({ idleMinutes: z.number() });
export type VaultSettings = z.infer<typeof settingsSchema>;

/** Who last unlocked this laptop: a keyring user's id, in clear like the keyring's names the lock screen lists. */
export const lastUserSchema = z.object({ id: z.string().min(1) });

export const VAULT_KEYS = {
  clinic: 'clinic',
  lockout: 'lockout',
  pendingAudit: 'pending-audit',
  settings: 'settings',
  lastUser: 'last-user',
} as const;

/** Thrown when the vault store holds something unreadable: restore from the server or a backup. */
export class VaultCorruptError extends Error {
  constructor(what: string) {
    super(`This laptop's vault record "${what}" is damaged and cannot be read.`);
    this.name = 'VaultCorruptError';
  }
}
