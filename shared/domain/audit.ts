/** Audit events (append-only). Routing fields stay plaintext; `detail` and the chain link are sealed at rest. */
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
  // Audit schema v1: actions that used to be filed under 'edit', 'sign' or 'export'.
  'stop',
  'dose-change',
  'addendum',
  'cosign',
  'settings',
  'backup',
  'restore',
  'key-rotation',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITIES = [
  'vault',
  'client',
  'staff',
  'note',
  'response',
  'session',
  'medication',
  'plan',
  'review',
  // Audit schema v1: level-of-care events (about the client whose episode it is), the caseload dashboard (no client).
  'episode',
  'dashboard',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export interface AuditEventInput {
  readonly action: AuditAction;
  readonly entity: AuditEntity;
  readonly entityId: string;
  /** Who did it; for a failed unlock, who tried. */
  readonly actorId: string;
  readonly detail: string;
}

/**
 * Where an event sits in its device's hash chain: the laptop (database) that wrote it, its number there (1, 2, …)
 * and the hash of that device's previous event ('' for the first). Events written before the chain have none.
 */
export interface AuditChainLink {
  readonly deviceId: string;
  readonly seq: number;
  readonly prevHash: string;
}

export interface AuditEvent extends AuditEventInput {
  readonly id: string;
  readonly at: string;
  readonly chain?: AuditChainLink;
}
