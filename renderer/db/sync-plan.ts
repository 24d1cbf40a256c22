import { primaryFieldOf } from './sealed-fields';
import { COLLECTION_SPECS, type CollectionName } from './schema-plan';

/** What the server may see of one collection's documents, derived from the collection modules' sealed lists. */
export interface CollectionSyncPlan {
  readonly collection: CollectionName;
  /** Routing fields sent in clear beside the sealed envelope (the primary key travels as `_id`). */
  readonly plaintextFields: readonly string[];
  /** Routing fields every stored document must have; the server's validate_doc_update checks them. */
  readonly requiredFields: readonly string[];
}

function planOf(collection: CollectionName): CollectionSyncPlan {
  const spec = COLLECTION_SPECS[collection];
  const sealed: readonly string[] = spec.sealed;
  const primary = primaryFieldOf(spec.schema);
  const clear = (field: string): boolean => field !== primary && !sealed.includes(field);
  return {
    collection,
    plaintextFields: Object.keys(spec.schema.properties).filter(clear),
    requiredFields: (spec.schema.required ?? []).filter(clear),
  };
}

/** The sync plan of every collection, in schema order. */
export const SYNC_PLANS: readonly CollectionSyncPlan[] = (Object.keys(COLLECTION_SPECS) as CollectionName[]).map(planOf);
