import { wrapRxStorageInstance } from 'rxdb/plugins/core';
import type { RxDocumentData, RxStorage, RxStorageInstance, RxStorageInstanceCreationParams } from 'rxdb/plugins/core';
import { EnvelopeError, openBytes, sealBytes } from '../../shared/crypto/envelope';
import type { AesKey, CryptoProvider } from '../../shared/crypto/provider';
import {
  PHI_FIELD,
  assertQueryable,
  assertSealable,
  isReplicationMeta,
  primaryFieldOf,
  sealedFieldsFor,
  storedSchemaOf,
  type SealedFieldMap,
} from './sealed-fields';
import { isRecordSealedMeta, openMetaDoc, replicatedPropertiesOf, sealMetaDoc, type RecordSealing } from './sealed-meta';

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
  /** The envelope remembered for `aad` and its plaintext JSON, without handing the plaintext over. */
  peek(aad: string): { readonly envelope: string; readonly json: string } | undefined;
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
    peek: (aad) => opened.get(aad),
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

// Each seal encodes its JSON into its own buffer. A buffer reused across seals saved garbage collection but was only
// safe while every provider (and every wrapper of one) read the bytes before its first await: one that awaited first
// would seal the next record's bytes under this record's name, and the opened-envelope cache would hide it until a
// restart. Not worth that risk for mental-health records.
const plaintextOf = (json: string): Uint8Array => textEncoder.encode(json);

const sealText = (codec: Codec, json: string, aad: string): Promise<string> => sealBytes(codec.crypto, codec.key, plaintextOf(json), aad);

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
  const envelope = await sealText(codec, json, aad);
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

// `collection` and `documentId` name what failed to open (a record, or a replication meta document about one).
async function openSealed(codec: Codec, envelope: string, aad: string, collection: string, documentId: string): Promise<Fields> {
  try {
    return await openEnvelope(codec, envelope, aad);
  } catch (error) {
    if (error instanceof EnvelopeError) throw new SealedRecordError(collection, documentId, { cause: error });
    throw error;
  }
}

async function openDoc(codec: Codec, doc: Fields): Promise<Fields> {
  const id = idOf(codec, doc);
  const { [PHI_FIELD]: envelope, ...plain } = doc;
  if (typeof envelope !== 'string') throw new SealedRecordError(codec.collection, id);
  return { ...plain, ...(await openSealed(codec, envelope, `${codec.collection}/${id}`, codec.collection, id)) };
}

// What a replication meta instance borrows from its collection's codec (see sealed-meta.ts). Opening shares the
// record's cache: a meta copy read right after its record opens without decrypting.
function recordSealingOf(codec: Codec): RecordSealing {
  return {
    collection: codec.collection,
    idField: codec.idField,
    sealed: codec.sealed,
    reuse: (aad, json) => {
      const hit = codec.cache.peek(aad);
      return hit?.json === json ? hit.envelope : undefined;
    },
    seal: (aad, json) => sealText(codec, json, aad),
    open: (aad, envelope, metaCollection, metaId) => openSealed(codec, envelope, aad, metaCollection, metaId),
  };
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

function documentData<T>(collection: string, id: string, doc: Fields): RxDocumentData<T> {
  if (!isDocumentData<T>(doc)) throw new SealedRecordError(collection, id);
  return doc;
}

// Records of the collections: `createSealedInstance` remembers each one's sealing by its schema's properties object,
// which RxDB hands on, as the same object, as `docData.properties` of its replication meta schema.
type RecordSealings = WeakMap<object, RecordSealing>;

async function createSealedInstance<T, I, O>(
  options: SealedStorageOptions<I, O>,
  params: RxStorageInstanceCreationParams<T, O>,
  sealed: readonly string[],
  records: RecordSealings,
): Promise<RxStorageInstance<T, I, O>> {
  const collection = params.collectionName;
  assertSealable(collection, params.schema, sealed);
  const inner = await options.storage.createStorageInstance<T>({ ...params, schema: storedSchemaOf(params.schema, sealed) });
  const { crypto, key } = options;
  const codec: Codec = { crypto, key, collection, idField: primaryFieldOf(params.schema), sealed, cache: createOpenedCache() };
  records.set(params.schema.properties, recordSealingOf(codec));
  const toStorage = async (doc: Fields): Promise<RxDocumentData<T>> => {
    const stored = await sealDoc(codec, doc);
    if (!isDocumentData<T>(stored)) throw new Error(`A ${collection} document reached storage without RxDB's metadata.`);
    return stored;
  };
  const fromStorage = async (doc: Fields): Promise<RxDocumentData<T>> => documentData(collection, idOf(codec, doc), await openDoc(codec, doc));
  return guarded(wrapRxStorageInstance<T>(params.schema, inner, toStorage, fromStorage), codec);
}

/**
 * A replication meta instance whose collection is sealed here: new meta documents carry the record's sealing
 * (sealed-meta.ts); ones stored before that (the whole docData in a top-level envelope) still open as they were.
 */
async function createSealedMetaInstance<T, I, O>(
  options: SealedStorageOptions<I, O>,
  params: RxStorageInstanceCreationParams<T, O>,
  record: RecordSealing,
): Promise<RxStorageInstance<T, I, O>> {
  const collection = params.collectionName;
  const inner = await options.storage.createStorageInstance<T>(params);
  const { crypto, key } = options;
  const codec: Codec = { crypto, key, collection, idField: primaryFieldOf(params.schema), sealed: ['docData'], cache: createOpenedCache() };
  const toStorage = async (doc: Fields): Promise<RxDocumentData<T>> => documentData(collection, idOf(codec, doc), await sealMetaDoc(record, doc));
  const fromStorage = async (doc: Fields): Promise<RxDocumentData<T>> => {
    const id = idOf(codec, doc);
    if (!isRecordSealedMeta(doc)) return documentData(collection, id, await openDoc(codec, doc));
    const opened = await openMetaDoc(record, doc, collection, id);
    if (!opened) throw new SealedRecordError(collection, id);
    return documentData(collection, id, opened);
  };
  return guarded(wrapRxStorageInstance<T>(params.schema, inner, toStorage, fromStorage), codec);
}

/** Wraps a storage so that the listed fields of each collection are sealed at rest with `key`. */
export function wrapSealedStorage<Internals, Options>(options: SealedStorageOptions<Internals, Options>): RxStorage<Internals, Options> {
  const { storage } = options;
  const records: RecordSealings = new WeakMap();
  return {
    name: `sealed-${storage.name}`,
    rxdbVersion: storage.rxdbVersion,
    async createStorageInstance<T>(params: RxStorageInstanceCreationParams<T, Options>): Promise<RxStorageInstance<T, Internals, Options>> {
      const sealed = sealedFieldsFor(params.collectionName, params.schema, options.sealedFields);
      // RxDB's own bookkeeping (collection list, schemas) holds no PHI and stays as it is.
      if (sealed.length === 0) return storage.createStorageInstance(params);
      const replicated = isReplicationMeta(params.schema) ? replicatedPropertiesOf(params.schema) : undefined;
      const record = replicated === undefined ? undefined : records.get(replicated);
      if (record) return createSealedMetaInstance(options, params, record);
      return createSealedInstance(options, params, sealed, records);
    },
  };
}
