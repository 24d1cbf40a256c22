/** Audit events (append-only). Routing fields stay plaintext; `detail` is sealed at rest. */
export const AUDIT_ACTIONS = [
  'unlock',
  'unlock-failed',
  'lock',
  'recovery-unlock',
  'passphrase-changed',
  'view',
  'create',
  'edit',
  'discharge',
  'sign',
  'export',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITIES = ['vault', 'client', 'staff', 'note', 'response', 'session', 'medication', 'plan', 'review'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export interface AuditEventInput {
  readonly action: AuditAction;
  readonly entity: AuditEntity;
  readonly entityId: string;
  /** Who did it; for a failed unlock, who tried. */
  readonly actorId: string;
  readonly detail: string;
}

export interface AuditEvent extends AuditEventInput {
  readonly id: string;
  readonly at: string;
}
