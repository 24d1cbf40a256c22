import { z } from 'zod';
import { EnvelopeError } from '../../shared/crypto/envelope';
import type { CryptoProvider } from '../../shared/crypto/provider';
import { clinicDbName, KEYRING_COLLECTION } from '../../shared/sync/couch-names';
import type { EncryptionKey } from '../../shared/signing/encryption-keys';
import {
  memberKeyAad,
  memberKeyBytes,
  memberKeyDocId,
  memberKeyGeneration,
  type IssuerCheck,
  type MemberKeyDoc,
  type MemberKeyWrap,
} from '../../shared/sync/member-keys';
import { unwrapWithPrivateKey, wrapToPublicKey } from '../member-keys/ecdh';
import type { OpenEncryptionKey } from '../member-keys/local-keys';
import { SYNC_PLANS } from '../db/sync-plan';
import { connectAsAdmin, provisionClinic } from './clinic-server';
import type { CouchHttp } from './couch-http';
import type { FetchLike, SyncCredentials } from './encrypting-fetch';
import { UnexpectedServerError } from './server-errors';

/*
 * Rotating the sync key (issue 18 item 4(d)). The admin's laptop makes a new random key, generation N+1, and writes
 * it to the keyring once per remaining member, wrapped to each of their vouched-for encryption keys and signed by
 * the admin's certified signing key (server admin connection: only a server admin writes the keyring). A removed
 * member gets no entry, and their disabled account can no longer read the keyring anyway. Each member's laptop picks
 * its wrappings up when sync starts and from then on seals under the newest generation.
 */

const keyringPath = (clinicId: string): string => `/${encodeURIComponent(clinicDbName(clinicId, KEYRING_COLLECTION))}`;
const wrapSchema = z.object({ keyId: z.string(), ephemeral: z.string(), envelope: z.string() });
const docSchema = z.looseObject({
  _id: z.string(),
  _rev: z.string().optional(),
  userId: z.string(),
  generation: z.number().int().positive(),
  wraps: z.array(wrapSchema),
  issuerKeyId: z.string(),
  sig: z.string(),
  createdAt: z.string(),
});
const listing = z.looseObject({ rows: z.array(z.looseObject({ id: z.string(), doc: z.unknown().optional() })) });

/** The rotating admin's certified signing key: its id and a signature over bytes. */
export interface KeySigner {
  readonly keyId: string;
  sign(bytes: Uint8Array): Promise<string>;
}

async function listMemberKeys(http: CouchHttp, clinicId: string, prefix: string, docs: boolean): Promise<z.infer<typeof listing>['rows']> {
  const range = `startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`;
  const { status, json } = await http.request('GET', `${keyringPath(clinicId)}/_all_docs?${range}${docs ? '&include_docs=true' : ''}`);
  const parsed = listing.safeParse(json);
  if (status !== 200 || !parsed.success) throw new UnexpectedServerError(http.url, `listing the keyring's member keys answered HTTP ${status}`);
  return parsed.data.rows;
}

/** The newest sync key generation in the keyring (0 when the key was never rotated). */
export async function newestGenerationOnServer(http: CouchHttp, clinicId: string): Promise<number> {
  const rows = await listMemberKeys(http, clinicId, 'member-key:', false);
  return rows.reduce((max, row) => Math.max(max, memberKeyGeneration(row.id) ?? 0), 0);
}

export interface RotationInput {
  readonly crypto: CryptoProvider;
  readonly clinicId: string;
  /** The remaining members' vouched-for encryption keys, none under a revoked signing key (shared/signing/encryption-keys.ts certifiedEncryptionKeys). */
  readonly recipients: readonly EncryptionKey[];
  readonly signer: KeySigner;
  readonly now: Date;
  /** The newest generation the rotating laptop already holds: the new one is above it and above the server's. */
  readonly heldNewest?: number;
}

export interface RotationOutcome {
  readonly generation: number;
  /** Remaining members the new key was wrapped to. */
  readonly members: number;
  /** Remaining members with no vouched-for encryption key yet: they need a fresh enrollment code. */
  readonly waiting: readonly string[];
}

export interface Rotation {
  readonly generation: number;
  /** The new sync key's bytes, for the admin's own laptop to keep. */
  readonly raw: Uint8Array;
  /** The members it was wrapped to. */
  readonly userIds: readonly string[];
}

async function memberDoc(input: RotationInput, generation: number, raw: Uint8Array, userId: string): Promise<MemberKeyDoc> {
  const wraps: MemberKeyWrap[] = [];
  for (const key of input.recipients.filter((k) => k.userId === userId)) {
    const wrapped = await wrapToPublicKey(input.crypto, key.publicKey, raw, memberKeyAad(input.clinicId, userId, generation, key.keyId));
    wraps.push({ keyId: key.keyId, ...wrapped });
  }
  const doc = { userId, generation, wraps, issuerKeyId: input.signer.keyId, createdAt: input.now.toISOString() };
  return { ...doc, sig: await input.signer.sign(memberKeyBytes(input.clinicId, doc)) };
}

/**
 * The server admin's connection for a rotation, after installing this version's guards (idempotent, keeps the data):
 * a server provisioned before key generations would refuse the "w2." envelopes written after the rotation.
 */
export async function connectWithCurrentGuards(server: { url: string; clinicId: string }, admin: SyncCredentials, fetch?: FetchLike): Promise<CouchHttp> {
  const fetchOpt = fetch ? { fetch } : {};
  const { url } = await provisionClinic({ url: server.url, admin, clinicId: server.clinicId, collections: SYNC_PLANS, ...fetchOpt });
  return connectAsAdmin({ url, admin, ...fetchOpt });
}

/** Makes generation N+1 and writes it to the keyring for every recipient (server admin connection). */
export async function rotateSyncKey(admin: CouchHttp, input: RotationInput): Promise<Rotation> {
  if (input.recipients.length === 0) {
    throw new Error(
      'No remaining member has a vouched-for encryption key yet (each laptop publishes one when it next syncs), so the new key could not be given to anyone.',
    );
  }
  const generation = Math.max(await newestGenerationOnServer(admin, input.clinicId), input.heldNewest ?? 0) + 1;
  const raw = input.crypto.randomBytes(32);
  const userIds = [...new Set(input.recipients.map((k) => k.userId))];
  for (const userId of userIds) {
    const id = memberKeyDocId(userId, generation);
    const { status } = await admin.request('PUT', `${keyringPath(input.clinicId)}/${encodeURIComponent(id)}`, await memberDoc(input, generation, raw, userId));
    // 409: another rotation wrote this generation meanwhile; nothing is overwritten.
    if (status !== 201 && status !== 202) throw new UnexpectedServerError(admin.url, `writing ${id} answered HTTP ${status}`);
  }
  return { generation, raw, userIds };
}

async function openWrap(crypto: CryptoProvider, clinicId: string, own: OpenEncryptionKey, doc: MemberKeyDoc): Promise<Uint8Array | null> {
  const wrap = doc.wraps.find((w) => w.keyId === own.keyId);
  if (!wrap) return null;
  try {
    return await unwrapWithPrivateKey(crypto, own, wrap, memberKeyAad(clinicId, doc.userId, doc.generation, own.keyId));
  } catch (error) {
    if (error instanceof EnvelopeError) return null;
    throw error;
  }
}

/** A keyring entry for this member that was not taken: its id, revision and why. */
export interface RefusedMemberKey {
  readonly id: string;
  readonly rev: string;
  readonly reason: string;
}

export interface FetchedMemberKeys {
  /** The rotated sync keys, by generation. */
  readonly keys: Map<number, Uint8Array>;
  /** Wrappings refused for their signature (set aside and listed by the caller). */
  readonly refused: readonly RefusedMemberKey[];
}

/**
 * The rotated sync keys waiting in the keyring for this user's key on this laptop, by generation. A document that
 * names another member or generation than its id is skipped; one whose signature `issuerCheck` refuses (not an
 * admin's certified key, or one revoked at or before the wrapping's date) is refused with the reason.
 */
export async function fetchMemberKeys(
  http: CouchHttp,
  options: { crypto: CryptoProvider; clinicId: string; userId: string; own: OpenEncryptionKey; issuerCheck: IssuerCheck },
): Promise<FetchedMemberKeys> {
  const keys = new Map<number, Uint8Array>();
  const refused: RefusedMemberKey[] = [];
  for (const row of await listMemberKeys(http, options.clinicId, `member-key:${options.userId}:`, true)) {
    const doc = docSchema.safeParse(row.doc);
    if (!doc.success || doc.data._id !== memberKeyDocId(options.userId, doc.data.generation) || doc.data.userId !== options.userId) continue;
    const { sig, _id, _rev, ...signed } = doc.data;
    const problem = await options.issuerCheck(signed.issuerKeyId, memberKeyBytes(options.clinicId, signed), sig, signed.createdAt);
    if (problem) {
      refused.push({ id: _id, rev: _rev ?? '', reason: `a rotated sync key was refused: ${problem}` });
      continue;
    }
    const raw = await openWrap(options.crypto, options.clinicId, options.own, doc.data);
    if (raw?.length === 32) keys.set(doc.data.generation, raw);
  }
  return { keys, refused };
}
