/**
 * Pure helpers of the sealed storage: which fields of a schema are sealed, what schema the underlying storage gets,
 * and whether a query touches a sealed field. No RxDB runtime and no crypto here, so they are unit-tested alone.
 */

/** The one stored field that carries every sealed field of a document, as an AES-GCM envelope. */
export const PHI_FIELD = 'phi';

/** Sealed field names per collection name. */
export type SealedFieldMap = Readonly<Record<string, readonly string[]>>;

/** The parts of an RxDB JSON schema the sealing logic reads or rewrites. */
export interface SchemaShape {
  readonly title?: string;
  readonly primaryKey: string | { readonly key: string };
  readonly properties: Readonly<Record<string, unknown>>;
  readonly required?: readonly string[];
  readonly indexes?: readonly (string | readonly string[])[];
}

// RxDB's replication keeps a full copy of each replicated document ("assumed master state") in a meta instance
// whose schema has this title; sealing its `docData` keeps that copy from being plaintext PHI at rest.
const REPLICATION_META_TITLE = 'RxReplicationProtocolMetaData';

/** True for the schema of RxDB's replication meta instances (checkpoints and assumed master states). */
export function isReplicationMeta(schema: Pick<SchemaShape, 'title'>): boolean {
  return schema.title === REPLICATION_META_TITLE;
}

/** Thrown when a query's selector or sort names a sealed field: sealed fields exist only as ciphertext in storage. */
export class SealedQueryError extends Error {
  readonly code = 'sealed_field_query';
  constructor(
    readonly collection: string,
    readonly fields: readonly string[],
  ) {
    super(
      `Cannot query ${collection} by ${fields.join(', ')}: sealed fields are encrypted at rest and not queryable. ` +
        'Query by plaintext fields and filter the decrypted results in memory.',
    );
    this.name = 'SealedQueryError';
  }
}

/** The primary key field of a schema (a composite key is stored under its `key`). */
export function primaryFieldOf(schema: Pick<SchemaShape, 'primaryKey'>): string {
  return typeof schema.primaryKey === 'string' ? schema.primaryKey : schema.primaryKey.key;
}

/** The fields to seal for one storage instance: those listed for the collection that its schema really has. */
export function sealedFieldsFor(collectionName: string, schema: SchemaShape, map: SealedFieldMap): readonly string[] {
  const listed = schema.title === REPLICATION_META_TITLE ? ['docData'] : (map[collectionName] ?? []);
  return listed.filter((field) => Object.hasOwn(schema.properties, field));
}

/** Throws when a sealed list cannot work with the schema: sealing the key, an index or a reserved name. */
export function assertSealable(collectionName: string, schema: SchemaShape, sealed: readonly string[]): void {
  const problems: string[] = [];
  if (sealed.includes(primaryFieldOf(schema))) problems.push('the primary key cannot be sealed');
  if (Object.hasOwn(schema.properties, PHI_FIELD)) problems.push(`"${PHI_FIELD}" is reserved for the sealed envelope`);
  for (const index of schema.indexes ?? []) {
    const fields = typeof index === 'string' ? [index] : index;
    const hit = fields.find((f) => sealed.includes(topLevel(f)));
    if (hit !== undefined) problems.push(`index on sealed field "${hit}"`);
  }
  if (problems.length > 0) throw new Error(`Collection ${collectionName} cannot be sealed: ${problems.join('; ')}.`);
}

/** The schema the underlying storage gets: sealed properties replaced by one required string field `phi`. */
export function storedSchemaOf<S extends SchemaShape>(schema: S, sealed: readonly string[]): S {
  const properties: Record<string, unknown> = { [PHI_FIELD]: { type: 'string' } };
  for (const [name, definition] of Object.entries(schema.properties)) {
    if (!sealed.includes(name)) properties[name] = definition;
  }
  const required = [...(schema.required ?? []).filter((name) => !sealed.includes(name)), PHI_FIELD];
  return { ...schema, properties, required };
}

function topLevel(path: string): string {
  const dot = path.indexOf('.');
  return dot === -1 ? path : path.slice(0, dot);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every top-level document field a Mango selector reads. Keys starting with `$` are operators: the logical ones
 * ($and, $or, $nor) hold sub-selectors; a field's own operators ($elemMatch, $not …) refer to that field.
 */
export function selectorFields(selector: unknown): ReadonlySet<string> {
  const fields = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$and' || key === '$or' || key === '$nor') visit(value);
      else if (!key.startsWith('$')) fields.add(topLevel(key));
    }
  };
  visit(selector);
  return fields;
}

/** Every top-level field a Mango sort orders by. */
export function sortFields(sort: unknown): ReadonlySet<string> {
  const fields = new Set<string>();
  if (!Array.isArray(sort)) return fields;
  for (const part of sort) {
    if (isRecord(part)) Object.keys(part).forEach((key) => fields.add(topLevel(key)));
  }
  return fields;
}

/** Throws SealedQueryError when a query's selector or sort names a sealed field. */
export function assertQueryable(collection: string, sealed: readonly string[], query: { readonly selector?: unknown; readonly sort?: unknown }): void {
  const used = new Set([...selectorFields(query.selector), ...sortFields(query.sort)]);
  const hits = sealed.filter((field) => used.has(field));
  if (used.has(PHI_FIELD)) hits.push(PHI_FIELD);
  if (hits.length > 0) throw new SealedQueryError(collection, hits);
}
