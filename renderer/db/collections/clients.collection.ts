import type { Observable } from 'rxjs';
import type { RxJsonSchema } from 'rxdb/plugins/core';
import { CLIENT_STATUSES, type Client, type ClientInput, type ClientStatus, type Contact, type DischargeInput } from '../../../shared/domain/client';
import type { WaypointDatabase } from '../schema-plan';
import {
  enumField,
  findPlain,
  idField,
  newId,
  patchPlain,
  plainOf,
  recordBaseFields,
  sealedObjectList,
  sealedText,
  watchOne,
  watchWhere,
  type CollectionSpec,
  type WriteContext,
} from './collection-spec';

/** A client as stored (decrypted view). `authorId` is whoever wrote the current version; the audit log has the rest. */
export interface ClientDoc {
  id: string;
  status: ClientStatus;
  primaryClinicianId: string;
  authorId: string;
  createdAt: string;
  updatedAt: string;
  firstName: string;
  lastName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: string;
  /** PHP, IOP, OP or one of the clinic's own level codes (v2). */
  levelOfCare: string;
  program: string;
  /** 42 CFR Part 2 record (v3), set by the clinician; absent on older records, whose program's track decides. */
  part2?: boolean;
  admissionDate: string;
  contacts: Contact[];
  dischargeDate: string | null;
  dischargeReason: string | null;
  dischargeNote: string;
}

const schema: RxJsonSchema<ClientDoc> = {
  title: 'clients',
  version: 3,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...recordBaseFields,
    status: enumField(CLIENT_STATUSES),
    primaryClinicianId: idField,
    firstName: sealedText,
    lastName: sealedText,
    preferredName: sealedText,
    pronouns: sealedText,
    dateOfBirth: sealedText,
    levelOfCare: sealedText,
    program: sealedText,
    part2: { type: 'boolean' },
    admissionDate: sealedText,
    contacts: sealedObjectList,
    dischargeDate: { type: ['string', 'null'] },
    dischargeReason: { type: ['string', 'null'] },
    dischargeNote: sealedText,
  },
  required: ['id', 'status', 'primaryClinicianId', 'authorId', 'createdAt', 'updatedAt'],
  indexes: ['status', 'primaryClinicianId'],
};

export const clientsCollection = {
  name: 'clients',
  schema,
  sealed: [
    'firstName',
    'lastName',
    'preferredName',
    'pronouns',
    'dateOfBirth',
    'levelOfCare',
    'program',
    'part2',
    'admissionDate',
    'contacts',
    'dischargeDate',
    'dischargeReason',
    'dischargeNote',
  ],
  migrationStrategies: {
    // v1 adds the 'planned' status; every v0 client is active or discharged and stays as it was.
    1: (doc: ClientDoc): ClientDoc => doc,
    // v2 lets the level be one of the clinic's own codes (RES, …); every v1 level (PHP, IOP, OP) is still valid.
    2: (doc: ClientDoc): ClientDoc => doc,
    // v3 adds the explicit 42 CFR Part 2 mark; older records keep none, so their program's track decides (isPart2Client).
    3: (doc: ClientDoc): ClientDoc => doc,
  },
} as const satisfies CollectionSpec<ClientDoc>;

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** List order: last name, then first name, then id so equal names keep a stable place. Names are sealed: in memory. */
export function compareClients(a: Client, b: Client): number {
  return collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || a.id.localeCompare(b.id);
}

/** Every client, sorted by name, kept live. */
export function watchClients(db: WaypointDatabase): Observable<readonly Client[]> {
  return watchWhere(db.clients, {}, (docs) => [...docs].sort(compareClients));
}

/** One client, kept live; null when there is no client with this id. */
export function watchClient(db: WaypointDatabase, id: string): Observable<Client | null> {
  return watchOne(db.clients, id, (d): Client => d);
}

export async function getClient(db: WaypointDatabase, id: string): Promise<Client | null> {
  return findPlain(db.clients, id);
}

/** A new client: admitted (active) unless the input says the admission is planned. */
export async function insertClient(db: WaypointDatabase, input: ClientInput, ctx: WriteContext): Promise<Client> {
  const at = ctx.now.toISOString();
  const { status = 'active', ...fields } = input;
  const doc: ClientDoc = {
    ...fields,
    contacts: input.contacts.map((c) => ({ ...c })),
    id: newId(ctx),
    status,
    dischargeDate: null,
    dischargeReason: null,
    dischargeNote: '',
    authorId: ctx.authorId,
    createdAt: at,
    updatedAt: at,
  };
  return plainOf(await db.clients.insert(doc));
}

/**
 * Replaces what a clinician can edit. The status changes only between planned and admitted, and only when the input
 * gives one; a discharged client stays discharged (discharge details are left as they are).
 */
export async function updateClient(db: WaypointDatabase, id: string, input: ClientInput, ctx: WriteContext): Promise<Client> {
  const { status, ...fields } = input;
  const keepsDischarge = status === undefined || (await findPlain(db.clients, id))?.status === 'discharged';
  const patch = {
    ...fields,
    ...(keepsDischarge ? {} : { status }),
    contacts: input.contacts.map((c) => ({ ...c })),
    authorId: ctx.authorId,
    updatedAt: ctx.now.toISOString(),
  };
  return await patchPlain(db.clients, id, patch);
}

export async function dischargeClient(db: WaypointDatabase, id: string, d: DischargeInput, ctx: WriteContext): Promise<Client> {
  const patch = {
    status: 'discharged',
    dischargeDate: d.dischargeDate,
    dischargeReason: d.dischargeReason,
    dischargeNote: d.dischargeNote,
    authorId: ctx.authorId,
    updatedAt: ctx.now.toISOString(),
  } as const satisfies Partial<ClientDoc>;
  return await patchPlain(db.clients, id, patch);
}

/** Sets the client's current level of care (after a recorded admission or transfer between levels). */
export async function setClientLevelOfCare(db: WaypointDatabase, id: string, levelOfCare: string, ctx: WriteContext): Promise<Client> {
  const patch = { levelOfCare, authorId: ctx.authorId, updatedAt: ctx.now.toISOString() } as const satisfies Partial<ClientDoc>;
  return await patchPlain(db.clients, id, patch);
}
