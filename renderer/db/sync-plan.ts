import { primaryFieldOf } from './sealed-fields';
import { COLLECTION_SPECS, type CollectionName } from './schema-plan';

/** What the server may see of one collection's documents, derived from the collection modules' sealed lists. */
export interface CollectionSyncPlan {
  readonly collection: CollectionName;
  /**
   * Routing fields sent in clear beside the sealed envelope (the primary key travels as `_id`): only those the
   * server's guard requires (docs/sync.md "What the server reads in clear"). Every field is also inside the envelope.
   */
  readonly plaintextFields: readonly string[];
  /** Routing fields every stored document must have; the server's validate_doc_update checks them. */
  readonly requiredFields: readonly string[];
  /**
   * Fields the guard still accepts in clear: the required ones and the optional ones builds before 2026-12-05 sent
   * (a laptop not yet updated must still be able to push). Anything else beside the envelope is refused.
   */
  readonly acceptedClearFields: readonly string[];
}

function planOf(collection: CollectionName): CollectionSyncPlan {
  const spec = COLLECTION_SPECS[collection];
  const sealed: readonly string[] = spec.sealed;
  const primary = primaryFieldOf(spec.schema);
  const clear = (field: string): boolean => field !== primary && !sealed.includes(field);
  const requiredFields = (spec.schema.required ?? []).filter(clear);
  return {
    collection,
    plaintextFields: requiredFields,
    requiredFields,
    acceptedClearFields: Object.keys(spec.schema.properties).filter(clear),
  };
}

/** The sync plan of every collection, in schema order. */
export const SYNC_PLANS: readonly CollectionSyncPlan[] = (Object.keys(COLLECTION_SPECS) as CollectionName[]).map(planOf);
