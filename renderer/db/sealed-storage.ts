import { wrapRxStorageInstance } from 'rxdb/plugins/core';
import type { RxDocumentData, RxStorage, RxStorageInstance, RxStorageInstanceCreationParams } from 'rxdb/plugins/core';
import { utf8Encode } from '../../shared/crypto/bytes';
import { EnvelopeError, openJson, sealBytes } from '../../shared/crypto/envelope';
import type { AesKey, CryptoProvider } from '../../shared/crypto/provider';
import {
  PHI_FIELD,
  assertQueryable,
  assertSealable,
  primaryFieldOf,
  sealedFieldsFor,
  storedSchemaOf,
  type SealedFieldMap,
} from './sealed-fields';

/**
 * An RxStorage wrapper that seals PHI at rest (DESIGN.md "encryption at rest"). Every sealed field of a document is
 * taken out, JSON-encoded together and stored as one AES-256-GCM envelope in `phi`, with a fresh IV per write and
 * `<collection>/<id>` as associated data so an envelope moved onto another record does not open. Routing fields stay
 * plaintext so RxDB can index and query them.
 */

/** Thrown when a stored record does not open: altered bytes, another key, or an envelope moved from another record. */
export class SealedRecordError extends Error {
  readonly code = 'sealed_record_unreadable';
  constructor(
    readonly collection: string,
    readonly documentId: string,
    options?: { cause?: unknown },
  ) {
    super(`Record ${collection}/${documentId} could not be decrypted: it was altered, or sealed with a different key.`, options);
    this.name = 'SealedRecordError';
  }
}

export interface SealedStorageOptions<Internals, Options> {
  readonly storage: RxStorage<Internals, Options>;
  readonly crypto: CryptoProvider;
  readonly key: AesKey;
  /** Sealed field names per collection; each collection module owns its list. */
  readonly sealedFields: SealedFieldMap;
}

type Fields = Readonly<Record<string, unknown>>;

// Change events of our own writes carry the envelope we just made; remembering its plaintext avoids decrypting
// every written document right back. Keyed by associated data + envelope, so a moved envelope never hits.
const OPENED_CACHE_LIMIT = 2_000;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The wrapper hands over plain objects; this checks the RxDB bookkeeping fields before we call it document data.
function isDocumentData<T>(value: Fields): value is RxDocumentData<T> {
  return typeof value._rev === 'string' && typeof value._deleted === 'boolean' && isRecord(value._meta);
}

interface OpenedCache {
  get(cacheKey: string): string | undefined;
  remember(cacheKey: string, json: string): void;
  clear(): void;
}

function createOpenedCache(): OpenedCache {
  const opened = new Map<string, string>();
  return {
    get: (cacheKey) => opened.get(cacheKey),
    remember(cacheKey, json) {
      opened.set(cacheKey, json);
      if (opened.size <= OPENED_CACHE_LIMIT) return;
      const oldest = opened.keys().next();
      if (oldest.done !== true) opened.delete(oldest.value);
    },
    clear: () => {
      opened.clear();
    },
  };
}

interface Codec {
  readonly crypto: CryptoProvider;
  readonly key: AesKey;
  readonly collection: string;
  readonly idField: string;
  readonly sealed: readonly string[];
  readonly cache: OpenedCache;
}

const idOf = (codec: Codec, doc: Fields): string => String(doc[codec.idField]);

async function sealDoc(codec: Codec, doc: Fields): Promise<Fields> {
  const stored: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(doc)) (codec.sealed.includes(name) ? secret : stored)[name] = value;
  const aad = `${codec.collection}/${idOf(codec, doc)}`;
  const json = JSON.stringify(secret);
  // sealBytes over the JSON text (what sealJson does) so the same text can be remembered for the change event.
  const envelope = await sealBytes(codec.crypto, codec.key, utf8Encode(json), aad);
  codec.cache.remember(`${aad}\n${envelope}`, json);
  stored[PHI_FIELD] = envelope;
  return stored;
}

async function openEnvelope(codec: Codec, envelope: string, aad: string): Promise<Fields> {
  const cacheKey = `${aad}\n${envelope}`;
  const cached = codec.cache.get(cacheKey);
  const value = cached === undefined ? await openJson(codec.crypto, codec.key, envelope, aad) : (JSON.parse(cached) as unknown);
  if (!isRecord(value)) throw new EnvelopeError('envelope content is not an object');
  if (cached === undefined) codec.cache.remember(cacheKey, JSON.stringify(value));
  return value;
}

async function openDoc(codec: Codec, doc: Fields): Promise<Fields> {
  const id = idOf(codec, doc);
  const { [PHI_FIELD]: envelope, ...plain } = doc;
  if (typeof envelope !== 'string') throw new SealedRecordError(codec.collection, id);
  try {
    return { ...plain, ...(await openEnvelope(codec, envelope, `${codec.collection}/${id}`)) };
  } catch (error) {
    if (error instanceof EnvelopeError) throw new SealedRecordError(codec.collection, id, { cause: error });
    throw error;
  }
}

// wrapRxStorageInstance passes query() and count() straight through; a sealed field there would silently match
// nothing (storage only has ciphertext), so refuse it loudly. Closing drops the remembered plaintext.
function guarded<T, I, O>(instance: RxStorageInstance<T, I, O>, codec: Codec): RxStorageInstance<T, I, O> {
  return {
    ...instance,
    query: async (prepared) => {
      assertQueryable(codec.collection, codec.sealed, prepared.query);
      return instance.query(prepared);
    },
    count: async (prepared) => {
      assertQueryable(codec.collection, codec.sealed, prepared.query);
      return instance.count(prepared);
    },
    close: async () => {
      codec.cache.clear();
      await instance.close();
    },
    remove: async () => {
      codec.cache.clear();
      await instance.remove();
    },
  };
}

async function createSealedInstance<T, I, O>(
  options: SealedStorageOptions<I, O>,
  params: RxStorageInstanceCreationParams<T, O>,
  sealed: readonly string[],
): Promise<RxStorageInstance<T, I, O>> {
  const collection = params.collectionName;
  assertSealable(collection, params.schema, sealed);
  const inner = await options.storage.createStorageInstance<T>({ ...params, schema: storedSchemaOf(params.schema, sealed) });
  const { crypto, key } = options;
  const codec: Codec = { crypto, key, collection, idField: primaryFieldOf(params.schema), sealed, cache: createOpenedCache() };
  const toStorage = async (doc: Fields): Promise<RxDocumentData<T>> => {
    const stored = await sealDoc(codec, doc);
    if (!isDocumentData<T>(stored)) throw new Error(`A ${collection} document reached storage without RxDB's metadata.`);
    return stored;
  };
  const fromStorage = async (doc: Fields): Promise<RxDocumentData<T>> => {
    const opened = await openDoc(codec, doc);
    if (!isDocumentData<T>(opened)) throw new SealedRecordError(collection, idOf(codec, doc));
    return opened;
  };
  return guarded(wrapRxStorageInstance<T>(params.schema, inner, toStorage, fromStorage), codec);
}

/** Wraps a storage so that the listed fields of each collection are sealed at rest with `key`. */
export function wrapSealedStorage<Internals, Options>(options: SealedStorageOptions<Internals, Options>): RxStorage<Internals, Options> {
  const { storage } = options;
  return {
    name: `sealed-${storage.name}`,
    rxdbVersion: storage.rxdbVersion,
    async createStorageInstance<T>(params: RxStorageInstanceCreationParams<T, Options>): Promise<RxStorageInstance<T, Internals, Options>> {
      const sealed = sealedFieldsFor(params.collectionName, params.schema, options.sealedFields);
      // RxDB's own bookkeeping (collection list, schemas) holds no PHI and stays as it is.
      if (sealed.length === 0) return storage.createStorageInstance(params);
      return createSealedInstance(options, params, sealed);
    },
  };
}
