import { z } from 'zod';
import { fromBase64, toBase64, utf8Encode } from '../../shared/crypto/bytes';
import { openJson, sealJson } from '../../shared/crypto/envelope';
import { deriveKey, unwrapMasterKey, wrapWithSecretKey, WrongSecretError, type WrappedKey } from '../../shared/crypto/keys';
import type { CryptoProvider } from '../../shared/crypto/provider';
import { STAFF_ROLES, type StaffRole } from '../../shared/domain/staff';
import { clinicDbName, clinicRole, KEYRING_COLLECTION } from '../../shared/sync/couch-names';
import { ENROLLMENT_CODE_BYTES, formatEnrollmentCode, parseEnrollmentCode } from '../../shared/sync/enrollment-code';
import { createCouchHttp, type CouchHttp } from './couch-http';
import type { FetchLike, SyncCredentials } from './encrypting-fetch';
import { ClinicServerError, NotServerAdminError, UnexpectedServerError } from './server-errors';

/**
 * The clinic keyring on the server and the staff accounts that may sync. Every clinic member can read the keyring, so
 * it holds the master key only under secrets nobody can guess: the random recovery key and one-time enrollment codes
 * (deleted when used). No passphrase wrapping is kept on the server (issue 18 item 4): a copy under a passphrase would
 * let any member, or the server's operator, guess that passphrase offline. Names (clinic, staff) are sealed under the
 * sync key, so a joining laptop reads them only after unwrapping.
 */

export interface KeyringStaff {
  readonly id: string;
  readonly name: string;
  readonly role: StaffRole;
}

/** What the admin's laptop uploads when the clinic is connected: the sealed clinic facts and the recovery wrapping. */
export interface ClinicKeyring {
  readonly localClinicId: string;
  readonly clinicName: string;
  readonly recovery: WrappedKey;
}

const wrappedSchema = z.object({
  kdf: z.enum(['argon2id', 'hkdf-sha256']),
  salt: z.string().min(1),
  argon2: z.object({ memoryKiB: z.number(), iterations: z.number(), parallelism: z.number() }).optional(),
  envelope: z.string().min(1),
});
const staffSchema = z.object({ id: z.string().min(1), name: z.string().min(1), role: z.enum(STAFF_ROLES) });
// The enrollment's sealed facts: the member and the clinic's signing trust root (absent from earlier versions).
const enrollFactsSchema = staffSchema.extend({ rootKeyId: z.string().default('') });
const clinicFactsSchema = z.object({ localClinicId: z.string().min(1), clinicName: z.string().min(1) });
const clinicDocSchema = z.looseObject({ sealed: z.string(), recovery: wrappedSchema });
const enrollDocSchema = z.looseObject({
  _rev: z.string(),
  sealed: z.string(),
  wrapped: wrappedSchema,
  // The rotated sync keys (issue 18 item 4d), sealed under the code itself; absent before rotations existed.
  generations: z.object({ salt: z.string(), envelope: z.string() }).optional(),
});
const AAD = 'waypoint/keyring/v1';
const revSchema = z.looseObject({ _rev: z.string() });
const sessionSchema = z.looseObject({ userCtx: z.looseObject({ name: z.string().nullable(), roles: z.array(z.string()) }) });

export class EnrollmentError extends ClinicServerError {
  constructor(message: string) {
    super('unexpected', message);
    this.name = 'EnrollmentError';
  }
}

const docPath = (clinicId: string, id: string): string => `/${encodeURIComponent(clinicDbName(clinicId, KEYRING_COLLECTION))}/${encodeURIComponent(id)}`;

/** Creates or replaces one document, keeping its revision. */
async function putDoc(http: CouchHttp, path: string, body: Readonly<Record<string, unknown>>): Promise<void> {
  const current = await http.request('GET', path);
  const rev = current.status === 200 ? revSchema.safeParse(current.json) : null;
  const { status } = await http.request('PUT', path, rev?.success ? { ...body, _rev: rev.data._rev } : body);
  if (status !== 201 && status !== 202) throw new UnexpectedServerError(http.url, `writing ${path} answered HTTP ${status}`);
}

/** A random password for a sync account (never typed by a person on the admin's laptop). */
export function randomPassword(crypto: CryptoProvider): string {
  return toBase64(crypto.randomBytes(24)).replace(/[+/=]/g, '');
}

/** Creates or updates a CouchDB user in `_users` holding the clinic's role (server admin only). */
export async function putClinicUser(admin: CouchHttp, clinicId: string, credentials: SyncCredentials): Promise<void> {
  const { username, password } = credentials;
  await putDoc(admin, `/_users/${encodeURIComponent(`org.couchdb.user:${username}`)}`, {
    _id: `org.couchdb.user:${username}`,
    name: username,
    type: 'user',
    roles: [clinicRole(clinicId)],
    password,
  });
}

/** Seals a keyring document's names under the sync key, bound to the document id. */
async function sealFacts(crypto: CryptoProvider, master: Uint8Array, id: string, facts: unknown): Promise<string> {
  return sealJson(crypto, await deriveKey(crypto, master, 'sync'), facts, `${AAD}/${id}`);
}

async function openFacts<T>(crypto: CryptoProvider, master: Uint8Array, id: string, sealed: string, schema: z.ZodType<T>): Promise<T> {
  const facts = schema.safeParse(await openJson(crypto, await deriveKey(crypto, master, 'sync'), sealed, `${AAD}/${id}`));
  if (!facts.success) throw new EnrollmentError('The clinic keyring on the server is damaged. Ask the clinic admin to connect the clinic again.');
  return facts.data;
}

/** Uploads the clinic's keyring: its sealed name and the recovery-wrapped key (never a passphrase wrapping). */
export async function uploadKeyring(admin: CouchHttp, clinicId: string, keyring: ClinicKeyring, crypto: CryptoProvider, master: Uint8Array): Promise<void> {
  const facts = { localClinicId: keyring.localClinicId, clinicName: keyring.clinicName };
  await putDoc(admin, docPath(clinicId, 'clinic'), { sealed: await sealFacts(crypto, master, 'clinic', facts), recovery: keyring.recovery });
}

const allDocsSchema = z.looseObject({ rows: z.array(z.looseObject({ id: z.string(), value: z.looseObject({ rev: z.string() }) })) });

/**
 * Existing clinics: removes the passphrase-wrapped keys (`user:<id>`) that earlier versions kept in the keyring, then
 * compacts the database so their bodies are gone from the file too (until compaction CouchDB still answers
 * `GET …?rev=<old revision>` with the old body). Returns how many were removed. Server admin only.
 */
export async function retirePassphraseWrappings(admin: CouchHttp, clinicId: string): Promise<number> {
  const db = `/${encodeURIComponent(clinicDbName(clinicId, KEYRING_COLLECTION))}`;
  const range = `startkey=${encodeURIComponent('"user:"')}&endkey=${encodeURIComponent('"user:\ufff0"')}`;
  const listed = allDocsSchema.safeParse((await admin.request('GET', `${db}/_all_docs?${range}`)).json);
  if (!listed.success) throw new UnexpectedServerError(admin.url, 'the keyring listing is not CouchDB-shaped');
  for (const row of listed.data.rows) {
    const { status } = await admin.request('DELETE', `${db}/${encodeURIComponent(row.id)}?rev=${encodeURIComponent(row.value.rev)}`);
    if (status !== 200 && status !== 202) throw new UnexpectedServerError(admin.url, `removing ${row.id} answered HTTP ${status}`);
  }
  const compact = await admin.request('POST', `${db}/_compact`, {});
  if (compact.status !== 202 && compact.status !== 200) throw new UnexpectedServerError(admin.url, `compacting the keyring answered HTTP ${compact.status}`);
  return listed.data.rows.length;
}

const GENERATIONS_AAD = 'waypoint/enroll-generations/v1';
const generationsKey = async (crypto: CryptoProvider, secret: Uint8Array, salt: Uint8Array) =>
  crypto.importAesKey(await crypto.hkdfSha256(secret, salt, utf8Encode(GENERATIONS_AAD), 32));

/** Seals the rotated sync keys under the one-time code, not the master key a removed member still holds. */
async function sealGenerations(crypto: CryptoProvider, secret: Uint8Array, generations: ReadonlyMap<number, Uint8Array>) {
  const salt = crypto.randomBytes(16);
  const json = Object.fromEntries([...generations].map(([g, raw]) => [String(g), toBase64(raw)]));
  return { salt: toBase64(salt), envelope: await sealJson(crypto, await generationsKey(crypto, secret, salt), json, GENERATIONS_AAD) };
}

async function openGenerations(crypto: CryptoProvider, secret: Uint8Array, sealed: { salt: string; envelope: string } | undefined) {
  if (!sealed) return new Map<number, Uint8Array>();
  const opened = z
    .record(z.string(), z.string())
    .safeParse(await openJson(crypto, await generationsKey(crypto, secret, fromBase64(sealed.salt)), sealed.envelope, GENERATIONS_AAD));
  if (!opened.success) throw new EnrollmentError('The enrollment on the server is damaged. Ask the clinic admin for a new code.');
  return new Map(Object.entries(opened.data).map(([g, raw]) => [Number(g), fromBase64(raw)] as const));
}

/**
 * Adds a staff member's sync account and a one-time enrollment code wrapping the master key; returns the code,
 * which is shown once and never stored in clear.
 */
export async function createEnrollment(
  admin: CouchHttp,
  options: {
    crypto: CryptoProvider;
    clinicId: string;
    master: Uint8Array;
    staff: KeyringStaff;
    credentials: SyncCredentials;
    now: Date;
    /** The clinic's pinned signing trust root (renderer/signing), so the joining laptop pins it from the code. */
    rootKeyId?: string;
    /** The rotated sync keys the admin's laptop holds, so the joining laptop reads what was written after a rotation. */
    generations?: ReadonlyMap<number, Uint8Array>;
  },
): Promise<string> {
  const secret = options.crypto.randomBytes(ENROLLMENT_CODE_BYTES);
  await putClinicUser(admin, options.clinicId, options.credentials);
  const wrapped = await wrapWithSecretKey(options.crypto, options.master, secret);
  const id = `enroll:${options.credentials.username}`;
  const { id: staffId, name, role } = options.staff;
  const sealed = await sealFacts(options.crypto, options.master, id, { id: staffId, name, role, rootKeyId: options.rootKeyId ?? '' });
  const generations = options.generations?.size ? { generations: await sealGenerations(options.crypto, secret, options.generations) } : {};
  await putDoc(admin, docPath(options.clinicId, id), { sealed, wrapped, ...generations, createdAt: options.now.toISOString() });
  return formatEnrollmentCode(secret);
}

export interface JoinedClinic {
  readonly master: Uint8Array;
  readonly serverClinicId: string;
  readonly localClinicId: string;
  readonly clinicName: string;
  readonly recovery: WrappedKey;
  readonly staff: KeyringStaff;
  /** The clinic's signing trust root as the enrolling admin's laptop pinned it; '' from an earlier version. */
  readonly rootKeyId: string;
  /** Rotated sync keys by generation (empty before any rotation). */
  readonly generations: ReadonlyMap<number, Uint8Array>;
}

async function clinicOfUser(http: CouchHttp): Promise<string> {
  const session = sessionSchema.safeParse((await http.request('GET', '/_session')).json);
  if (!session.success) throw new UnexpectedServerError(http.url, '/_session is not CouchDB-shaped');
  const role = session.data.userCtx.roles.find((r) => r.startsWith('wp_'));
  if (!role) throw new EnrollmentError('That account is not a member of any Waypoint clinic on this server. Ask the clinic admin to enroll you again.');
  return role.slice(3);
}

async function getKeyringDoc(http: CouchHttp, clinicId: string, id: string): Promise<unknown> {
  try {
    const { status, json } = await http.request('GET', docPath(clinicId, id));
    return status === 200 ? json : null;
  } catch (error) {
    if (error instanceof NotServerAdminError)
      throw new EnrollmentError('The server does not let that account read the clinic keyring. Ask the clinic admin to enroll you again.');
    throw error;
  }
}

/** New laptop: checks the account, unwraps the master key with the one-time code and uses the code up. */
export async function joinClinic(options: {
  url: string;
  credentials: SyncCredentials;
  code: string;
  crypto: CryptoProvider;
  fetch?: FetchLike;
}): Promise<JoinedClinic> {
  const code = parseEnrollmentCode(options.code);
  if (!code.ok) throw new EnrollmentError(code.reason);
  const http = createCouchHttp({ url: options.url, credentials: options.credentials, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const serverClinicId = await clinicOfUser(http);
  const enroll = enrollDocSchema.safeParse(await getKeyringDoc(http, serverClinicId, `enroll:${options.credentials.username}`));
  if (!enroll.success)
    throw new EnrollmentError('No enrollment code is waiting for this account: it was used already or never issued. Ask the clinic admin for a new one.');
  const clinic = clinicDocSchema.safeParse(await getKeyringDoc(http, serverClinicId, 'clinic'));
  if (!clinic.success) throw new EnrollmentError('The clinic keyring on the server is incomplete. Ask the clinic admin to connect the clinic again.');
  let master: Uint8Array;
  try {
    master = await unwrapMasterKey(options.crypto, enroll.data.wrapped, code.bytes);
  } catch (error) {
    if (error instanceof WrongSecretError) throw new EnrollmentError('That enrollment code does not match this account. Check it with your clinic admin.');
    throw error;
  }
  const enrollId = `enroll:${options.credentials.username}`;
  const { rootKeyId, ...staff } = await openFacts(options.crypto, master, enrollId, enroll.data.sealed, enrollFactsSchema);
  const facts = await openFacts(options.crypto, master, 'clinic', clinic.data.sealed, clinicFactsSchema);
  const generations = await openGenerations(options.crypto, code.bytes, enroll.data.generations);
  // Single use: the wrapped copy is removed as soon as it has opened.
  const used = await http.request('DELETE', `${docPath(serverClinicId, enrollId)}?rev=${encodeURIComponent(enroll.data._rev)}`);
  if (used.status !== 200 && used.status !== 202) throw new EnrollmentError('The enrollment code could not be marked as used. Try again.');
  return {
    master,
    serverClinicId,
    localClinicId: facts.localClinicId,
    clinicName: facts.clinicName,
    recovery: clinic.data.recovery,
    staff,
    rootKeyId,
    generations,
  };
}
