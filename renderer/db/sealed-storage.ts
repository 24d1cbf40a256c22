import { wrapRxStorageInstance } from 'rxdb/plugins/core';
import type { RxDocumentData, RxStorage, RxStorageInstance, RxStorageInstanceCreationParams } from 'rxdb/plugins/core';
import { EnvelopeError, openBytes, sealBytes } from '../../shared/crypto/envelope';
import type { AesKey, CryptoProvider } from '../../shared/crypto/provider';
import { PHI_FIELD, assertQueryable, assertSealable, primaryFieldOf, sealedFieldsFor, storedSchemaOf, type SealedFieldMap } from './sealed-fields';

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
// every written document right back. Keyed by associated data (`<collection>/<id>`, short, cheap to hash) and
// checked against the envelope, so an envelope moved onto another record or a newer revision never hits.
const OPENED_CACHE_LIMIT = 2_000;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The wrapper hands over plain objects; this checks the RxDB bookkeeping fields before we call it document data.
function isDocumentData<T>(value: Fields): value is RxDocumentData<T> {
  return typeof value._rev === 'string' && typeof value._deleted === 'boolean' && isRecord(value._meta);
}

interface Opened {
  readonly envelope: string;
  readonly json: string;
  /** The sealed fields of a write, handed back once (to its change event) without a JSON round trip. */
  written: Fields | undefined;
}

interface OpenedCache {
  /** The plaintext of `envelope` if it is remembered for `aad`: the written object once, then a fresh parse. */
  get(aad: string, envelope: string): Fields | undefined;
  remember(aad: string, envelope: string, json: string, written?: Fields): void;
  clear(): void;
}

function createOpenedCache(): OpenedCache {
  const opened = new Map<string, Opened>();
  return {
    get(aad, envelope) {
      const hit = opened.get(aad);
      if (hit?.envelope !== envelope) return undefined;
      const { written } = hit;
      hit.written = undefined;
      const value: unknown = written ?? JSON.parse(hit.json);
      return isRecord(value) ? value : undefined;
    },
    remember(aad, envelope, json, written) {
      opened.delete(aad);
      opened.set(aad, { envelope, json, written });
      if (opened.size <= OPENED_CACHE_LIMIT) return;
      const oldest = opened.keys().next();
      if (oldest.done !== true) opened.delete(oldest.value);
    },
    clear: () => {
      opened.clear();
    },
  };
}

// The platform's UTF-8 codecs: several times faster than shared/crypto/bytes' portable ones on kilobytes of text.
const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder('utf-8', { fatal: true });

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
  const envelope = await sealBytes(codec.crypto, codec.key, textEncoder.encode(json), aad);
  codec.cache.remember(aad, envelope, json, secret);
  stored[PHI_FIELD] = envelope;
  return stored;
}

async function openEnvelope(codec: Codec, envelope: string, aad: string): Promise<Fields> {
  const cached = codec.cache.get(aad, envelope);
  if (cached) return cached;
  const bytes = await openBytes(codec.crypto, codec.key, envelope, aad);
  let json: string;
  let value: unknown;
  try {
    json = textDecoder.decode(bytes);
    value = JSON.parse(json);
  } catch {
    throw new EnvelopeError('envelope content is not JSON');
  }
  if (!isRecord(value)) throw new EnvelopeError('envelope content is not an object');
  codec.cache.remember(aad, envelope, json);
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
// Writes land one at a time, in the order RxDB called them: RxDB stamps a write's time (`_meta.lwt`) when it calls
// bulkWrite, and its push walks local writes in that order and then only looks past its checkpoint. Sealing takes
// a varying time, so two writes running at once could land in the other order: the later one was pushed, its
// checkpoint stored, and the earlier one was never pushed (issue 20; docs/sync.md "A local write the push skipped").
function guarded<T, I, O>(instance: RxStorageInstance<T, I, O>, codec: Codec): RxStorageInstance<T, I, O> {
  let lastWrite: Promise<unknown> = Promise.resolve();
  return {
    ...instance,
    bulkWrite: (rows, context) => {
      const write = lastWrite.then(() => instance.bulkWrite(rows, context));
      lastWrite = write.catch(() => undefined);
      return write;
    },
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
