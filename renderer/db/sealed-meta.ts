import { PHI_FIELD } from './sealed-fields';

/**
 * RxDB's replication keeps, per replicated record, a meta document whose `docData` is what this laptop assumes the
 * server holds ("assumed master state"). After a pull it is the very record just written, so sealing it on its own
 * cost a second AES-GCM seal per pulled document. Here the meta copy carries the record's own sealing instead: the
 * routing fields of `docData` stay as plaintext as they are on the record, and its sealed fields are one envelope
 * with the record's associated data (`<collection>/<id>`) — the record's very envelope when the content is the same,
 * so no seal at all, otherwise a fresh one under the same key. Clinical content is never stored in clear.
 */

type Fields = Readonly<Record<string, unknown>>;

/** How the replicated collection seals its records; the meta instance borrows it. */
export interface RecordSealing {
  readonly collection: string;
  readonly idField: string;
  readonly sealed: readonly string[];
  /** The stored envelope of this exact JSON under `aad`, if the record was just sealed (or opened) with it. */
  reuse(aad: string, json: string): string | undefined;
  seal(aad: string, json: string): Promise<string>;
  /** Opens an envelope of the record's sealed fields; throws SealedRecordError naming the meta document if it does not. */
  open(aad: string, envelope: string, metaCollection: string, metaId: string): Promise<Fields>;
}

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The properties object of the replicated records' schema inside a replication meta schema, if it has one. */
export function replicatedPropertiesOf(metaSchema: { readonly properties: Fields }): object | undefined {
  const docData = metaSchema.properties.docData;
  if (!isRecord(docData)) return undefined;
  return isRecord(docData.properties) ? docData.properties : undefined;
}

/** A meta document as stored: `docData`'s sealed fields replaced by the record-style envelope in `docData.phi`. */
export async function sealMetaDoc(record: RecordSealing, doc: Fields): Promise<Fields> {
  const { docData } = doc;
  // Checkpoint documents carry no docData (only the server's sequence), so there is nothing to seal.
  if (!isRecord(docData)) return doc;
  const plain: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(docData)) (record.sealed.includes(name) ? secret : plain)[name] = value;
  const aad = `${record.collection}/${String(docData[record.idField])}`;
  const json = JSON.stringify(secret);
  plain[PHI_FIELD] = record.reuse(aad, json) ?? (await record.seal(aad, json));
  return { ...doc, docData: plain };
}

/** True when a stored meta document has the layout sealMetaDoc writes (no envelope at its top level). */
export function isRecordSealedMeta(stored: Fields): boolean {
  return stored[PHI_FIELD] === undefined;
}

/**
 * Opens a meta document stored by sealMetaDoc. Its envelope must belong to the record the meta document is about
 * (`itemId`): the associated data names the record, so an envelope moved between meta documents does not open.
 * Undefined when the stored document is not in that shape (no envelope, or docData about another record).
 */
export async function openMetaDoc(record: RecordSealing, stored: Fields, metaCollection: string, metaId: string): Promise<Fields | undefined> {
  const { docData } = stored;
  if (!isRecord(docData)) return stored;
  const { [PHI_FIELD]: envelope, ...plain } = docData;
  const recordId = String(plain[record.idField]);
  const aad = `${record.collection}/${recordId}`;
  if (typeof envelope !== 'string' || recordId !== stored.itemId) return undefined;
  return { ...stored, docData: { ...plain, ...(await record.open(aad, envelope, metaCollection, metaId)) } };
}
