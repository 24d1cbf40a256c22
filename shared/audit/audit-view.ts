import type { AuditAction, AuditEvent } from '../domain/audit';
import type { StaffRole } from '../domain/staff';

/** What the audit viewer narrows to; every field is optional. `fromAt`/`toAt` are instants (from inclusive, to exclusive). */
export interface AuditFilter {
  readonly actorId?: string;
  readonly clientId?: string;
  readonly action?: AuditAction;
  readonly fromAt?: string;
  readonly toAt?: string;
}

/** Whose events a viewer may read: the whole clinic, or their own actions and their clients' events. */
export type AuditScope = { readonly kind: 'clinic' } | { readonly kind: 'own'; readonly staffId: string; readonly clientIds: ReadonlySet<string> };

/** The names and links an event is read with. `recordClients` maps a record id (note, plan version…) to its client. */
export interface AuditDirectory {
  readonly clientNames: ReadonlyMap<string, string>;
  readonly staffNames: ReadonlyMap<string, string>;
  readonly recordClients?: ReadonlyMap<string, string>;
}

const CLINIC_ROLES: readonly StaffRole[] = ['supervisor', 'admin'];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const CLIENT_IN_DETAIL = /\bclient ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/**
 * Supervisors and admins see the clinic; everyone else (therapists, medication managers) their own actions and the
 * events of the clients they are primary clinician of.
 */
export function auditScopeOf(
  viewer: { readonly id: string; readonly role: StaffRole },
  clients: readonly { readonly id: string; readonly primaryClinicianId: string }[],
): AuditScope {
  if (CLINIC_ROLES.includes(viewer.role)) return { kind: 'clinic' };
  return { kind: 'own', staffId: viewer.id, clientIds: new Set(clients.filter((c) => c.primaryClinicianId === viewer.id).map((c) => c.id)) };
}

/**
 * The client an event is about, or null: the entity itself when it is a client (chart views, client edits), the
 * record's client when known, else the client the detail names ("… for client <id>").
 */
export function clientIdOfEvent(event: Pick<AuditEvent, 'entityId' | 'detail'>, dir: Pick<AuditDirectory, 'clientNames' | 'recordClients'>): string | null {
  if (dir.clientNames.has(event.entityId)) return event.entityId;
  const viaRecord = dir.recordClients?.get(event.entityId);
  if (viaRecord) return viaRecord;
  return CLIENT_IN_DETAIL.exec(event.detail)?.[1] ?? null;
}

/** Whether a viewer with `scope` may read an event about `clientId` (null: about no client). */
export function visibleInScope(event: Pick<AuditEvent, 'actorId'>, clientId: string | null, scope: AuditScope): boolean {
  if (scope.kind === 'clinic') return true;
  return event.actorId === scope.staffId || (clientId !== null && scope.clientIds.has(clientId));
}

/** Whether an event passes the filter; `clientId` is the client it is about (clientIdOfEvent). */
export function matchesAuditFilter(event: Pick<AuditEvent, 'actorId' | 'action' | 'at'>, clientId: string | null, filter: AuditFilter): boolean {
  if (filter.actorId && event.actorId !== filter.actorId) return false;
  if (filter.action && event.action !== filter.action) return false;
  if (filter.clientId && clientId !== filter.clientId) return false;
  if (filter.fromAt && event.at < filter.fromAt) return false;
  if (filter.toAt && event.at >= filter.toAt) return false;
  return true;
}

/** A short form of an id nobody can resolve, so a reader can still match it. */
export function unknownName(kind: 'client' | 'staff member', id: string): string {
  return `Unknown ${kind} (${id.slice(0, 8)})`;
}

/** The detail with every known client or staff id replaced by the name; unknown ids are shortened and said to be unknown. */
export function nameIdsIn(detail: string, dir: Pick<AuditDirectory, 'clientNames' | 'staffNames'>): string {
  return detail.replace(UUID, (id) => {
    const client = dir.clientNames.get(id);
    if (client) return client;
    const staff = dir.staffNames.get(id);
    if (staff) return staff;
    return /client\s*$/i.test(detail.slice(0, detail.indexOf(id))) ? unknownName('client', id) : `${id.slice(0, 8)}…`;
  });
}

/** One event as the viewer shows and exports it. */
export interface AuditRowView {
  readonly id: string;
  readonly at: string;
  readonly action: AuditAction;
  readonly entity: AuditEvent['entity'];
  /** The record kind in words (auditRecordLabel). */
  readonly record: string;
  readonly who: string;
  readonly clientId: string | null;
  readonly client: string;
  readonly detail: string;
}

/** Names an event: who did it, which client it is about (blank when none), the detail with ids named. */
export function auditRowOf(event: AuditEvent, dir: AuditDirectory): AuditRowView {
  const clientId = clientIdOfEvent(event, dir);
  return {
    id: event.id,
    at: event.at,
    action: event.action,
    entity: event.entity,
    record: auditRecordLabel(event),
    who: dir.staffNames.get(event.actorId) ?? unknownName('staff member', event.actorId),
    clientId,
    client: clientId === null ? '' : (dir.clientNames.get(clientId) ?? unknownName('client', clientId)),
    detail: nameIdsIn(event.detail, dir),
  };
}

export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  unlock: 'Unlocked',
  'unlock-failed': 'Failed unlock',
  lock: 'Locked',
  'recovery-unlock': 'Unlocked with recovery key',
  'passphrase-changed': 'Changed passphrase',
  view: 'Viewed',
  create: 'Created',
  edit: 'Edited',
  discharge: 'Discharged',
  sign: 'Signed',
  export: 'Exported',
  stop: 'Stopped',
  'dose-change': 'Changed the dose',
  addendum: 'Added an addendum',
  cosign: 'Co-signed',
  settings: 'Changed settings',
  backup: 'Backed up',
  restore: 'Restored',
  'key-rotation': 'Rotated a key',
};

export const AUDIT_ENTITY_LABELS: Readonly<Record<AuditEvent['entity'], string>> = {
  vault: 'Clinic',
  client: 'Client',
  staff: 'Staff',
  note: 'Note',
  response: 'Measure',
  session: 'Session',
  medication: 'Medication',
  plan: 'Plan',
  review: 'Progress review',
  episode: 'Level of care',
  dashboard: 'Dashboard',
};

/** The record kind in words. Before audit schema v1 the caseload dashboard was filed as a client with id "caseload". */
export function auditRecordLabel(event: Pick<AuditEvent, 'entity' | 'entityId'>): string {
  if (event.entity === 'client' && event.entityId === 'caseload') return AUDIT_ENTITY_LABELS.dashboard;
  return AUDIT_ENTITY_LABELS[event.entity];
}

/** The CSV table of rows: a header, then one line per event (instant in ISO 8601 UTC, as stored). */
export function auditCsvTable(rows: readonly AuditRowView[]): string[][] {
  return [
    ['When (UTC)', 'Who', 'Action', 'Record', 'Client', 'Detail'],
    ...rows.map((r) => [r.at, r.who, AUDIT_ACTION_LABELS[r.action], r.record, r.client, r.detail]),
  ];
}
