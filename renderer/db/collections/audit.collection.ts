import type { RxJsonSchema } from 'rxdb/plugins/core';
import { auditHashInput, nextChainLink, restoredChainLink, type RestoreLink } from '../../../shared/audit/audit-chain';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditAction, type AuditEntity, type AuditEvent, type AuditEventInput } from '../../../shared/domain/audit';
import type { WaypointDatabase } from '../schema-plan';
import { enumField, idField, instantField, newId, sealedText, type CollectionSpec } from './collection-spec';

/** An audit event as stored. Append-only: this module has no update or delete. */
export interface AuditDoc {
  id: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  actorId: string;
  at: string;
  detail: string;
  /** v1: the laptop (database) that wrote it; '' before the chain. */
  deviceId: string;
  /** v1: its number among that laptop's events (1, 2, …); 0 before the chain. */
  seq: number;
  /** v1: the hash of that laptop's previous event ('' for the first and before the chain); sealed with the detail. */
  prevHash: string;
}

const schema: RxJsonSchema<AuditDoc> = {
  title: 'audit',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    action: enumField(AUDIT_ACTIONS),
    entity: enumField(AUDIT_ENTITIES),
    entityId: idField,
    actorId: idField,
    at: instantField,
    detail: sealedText,
    deviceId: idField,
    seq: { type: 'integer', minimum: 0, maximum: 1_000_000_000_000, multipleOf: 1 },
    prevHash: sealedText,
  },
  required: ['id', 'action', 'entity', 'entityId', 'actorId', 'at', 'deviceId', 'seq'],
  // (deviceId, seq): a laptop's chain in order and its newest event; (actorId, at): one person's actions by time.
  indexes: ['at', ['entityId', 'at'], ['deviceId', 'seq'], ['actorId', 'at']],
};

/** v0 → v1: events written before the chain carry no device, number or link; their content is left as it was. */
export function migrateAuditV0(doc: Omit<AuditDoc, 'deviceId' | 'seq' | 'prevHash'>): AuditDoc {
  return { ...doc, deviceId: '', seq: 0, prevHash: '' };
}

export const auditCollection = {
  name: 'audit',
  schema,
  sealed: ['detail', 'prevHash'],
  // v1 adds the hash chain and the new action and entity names (stop, dose change, addendum, co-sign, settings,
  // backup, restore, key rotation; episode, dashboard). Old events keep their old names.
  migrationStrategies: { 1: migrateAuditV0 },
} as const satisfies CollectionSpec<AuditDoc>;

/** The event a stored document holds; its chain link only when it was written on the chain. */
export function toAuditEvent(d: AuditDoc): AuditEvent {
  const base = { id: d.id, action: d.action, entity: d.entity, entityId: d.entityId, actorId: d.actorId, at: d.at, detail: d.detail };
  return d.deviceId && d.seq > 0 ? { ...base, chain: { deviceId: d.deviceId, seq: d.seq, prevHash: d.prevHash } } : base;
}

/** SHA-256 (hex) of an event on the chain, over auditHashInput. */
export async function auditEventHash(e: AuditEvent & { readonly chain: { readonly deviceId: string; readonly prevHash: string } }): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(auditHashInput(e)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** This laptop's id in the chain: the database's own storage token (made once when it was created, kept across unlocks). */
export function auditDeviceId(db: WaypointDatabase): Promise<string> {
  return db.storageToken;
}

interface ChainWriter {
  /** The last write (settled), so the next waits for it. */
  tail: Promise<unknown>;
  head: { readonly seq: number; readonly hash: string } | null | undefined;
}

const writers = new WeakMap<WaypointDatabase, ChainWriter>();

/** Told of each event this laptop chains (its head after it), before the next write starts; e.g. to sign checkpoints. */
export type AuditHeadListener = (
  head: { readonly deviceId: string; readonly seq: number; readonly hash: string },
  event: AuditEvent,
  now: Date,
) => Promise<void>;
const headListeners = new WeakMap<WaypointDatabase, AuditHeadListener>();

/** Sets the one listener of a database's chain head (a later call replaces it). */
export function onAuditHead(db: WaypointDatabase, listener: AuditHeadListener): void {
  headListeners.set(db, listener);
}

/** This laptop's newest chained event (by number; a number can only be missing if the log was tampered with). */
export async function readChainHead(db: WaypointDatabase, deviceId: string): Promise<{ seq: number; hash: string } | null> {
  const count = await db.audit.count({ selector: { deviceId } }).exec();
  if (count === 0) return null;
  const tail = await db.audit.find({ selector: { deviceId, seq: { $gte: count } }, sort: [{ seq: 'asc' }] }).exec();
  const newest = tail.at(-1);
  if (!newest) return null;
  const event = toAuditEvent(newest.toMutableJSON(false));
  return event.chain ? { seq: event.chain.seq, hash: await auditEventHash({ ...event, chain: event.chain }) } : null;
}

/** When an event is written: `restoredFrom` makes a laptop's first event continue the backed-up laptop's chain. */
export interface AuditWriteContext {
  readonly now: Date;
  readonly id?: string;
  readonly restoredFrom?: RestoreLink;
}

async function appendChained(db: WaypointDatabase, writer: ChainWriter, e: AuditEventInput, ctx: AuditWriteContext): Promise<AuditEvent> {
  const deviceId = await auditDeviceId(db);
  writer.head ??= await readChainHead(db, deviceId);
  const link = !writer.head && ctx.restoredFrom ? restoredChainLink(deviceId, ctx.restoredFrom) : nextChainLink(deviceId, writer.head);
  const doc: AuditDoc = { ...e, id: newId(ctx), at: ctx.now.toISOString(), ...link };
  const inserted = await db.audit.insert(doc);
  const event = toAuditEvent(inserted.toMutableJSON(false));
  writer.head = { seq: link.seq, hash: await auditEventHash({ ...event, chain: link }) };
  // A listener that fails (e.g. no signing key) never fails the audit write.
  await headListeners
    .get(db)?.({ deviceId, ...writer.head }, event, ctx.now)
    .catch(() => undefined);
  return event;
}

/**
 * Records one event at `ctx.now`, chained after this laptop's previous one. Writes run one at a time in call order
 * (two at once would otherwise read the same head and claim one number); a failed write leaves the head unread.
 */
export function appendAudit(db: WaypointDatabase, e: AuditEventInput, ctx: AuditWriteContext): Promise<AuditEvent> {
  const writer = writers.get(db) ?? { tail: Promise.resolve(), head: undefined };
  writers.set(db, writer);
  const write = writer.tail.then(() =>
    appendChained(db, writer, e, ctx).catch((error: unknown) => {
      writer.head = undefined;
      throw error;
    }),
  );
  writer.tail = write.catch(() => undefined);
  return write;
}
