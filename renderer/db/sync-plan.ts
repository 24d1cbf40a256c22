import { ruleFieldsOf } from '../../shared/sync/validate-doc-update';
import { primaryFieldOf } from './sealed-fields';
import { COLLECTION_SPECS, type CollectionName } from './schema-plan';

/** What the server may see of one collection's documents, derived from the collection modules' sealed lists. */
export interface CollectionSyncPlan {
  readonly collection: CollectionName;
  /**
   * The most a laptop sends in clear beside the sealed envelope (the primary key travels as `_id`): what guard v1
   * (installed by builds before 2026-12-05) requires. A laptop sends only those of them the installed guard requires
   * (guardClearFields), so under guard v2 only `requiredFields`. Every field is also inside the envelope, and a field
   * of this list found in clear on a pulled document is checked against it (docs/sync.md "What the server reads in clear").
   */
  readonly plaintextFields: readonly string[];
  /** Routing fields guard v2 requires, those its rules read; "Update the server's protection" installs it. */
  readonly requiredFields: readonly string[];
  /**
   * Fields the guard still accepts in clear: the required ones and the optional ones builds before 2026-12-05 sent
   * (a laptop not yet updated must still be able to push). Anything else beside the envelope is refused.
   */
  readonly acceptedClearFields: readonly string[];
}

/**
 * Fields a later schema version made required that builds from before it do not send: the guard must not require
 * them, or "Update the server's protection" would lock a laptop not yet updated out of pushing; so they travel in the
 * envelope only (the guard still accepts them in clear from the builds that sent them). audit v1 (the hash chain)
 * added deviceId and seq; an event without them is read as written before the chain (audit.collection.ts toAuditEvent).
 * notes v5 made cosignRequired required (it is indexed for the co-sign queue); it stays a local index and the server
 * never needed it (docs/sync.md: no longer sent since 2026-12-05).
 */
const NOT_SENT_BY_OLDER_BUILDS: Partial<Readonly<Record<CollectionName, readonly string[]>>> = {
  audit: ['deviceId', 'seq'],
  notes: ['cosignRequired'],
};

function planOf(collection: CollectionName): CollectionSyncPlan {
  const spec = COLLECTION_SPECS[collection];
  const sealed: readonly string[] = spec.sealed;
  const primary = primaryFieldOf(spec.schema);
  const clear = (field: string): boolean => field !== primary && !sealed.includes(field);
  const later = NOT_SENT_BY_OLDER_BUILDS[collection] ?? [];
  const v1Required = (spec.schema.required ?? []).filter((field) => clear(field) && !later.includes(field));
  return {
    collection,
    plaintextFields: v1Required,
    requiredFields: v1Required.filter((field) => ruleFieldsOf(collection).includes(field)),
    acceptedClearFields: Object.keys(spec.schema.properties).filter(clear),
  };
}

/** The sync plan of every collection, in schema order. */
export const SYNC_PLANS: readonly CollectionSyncPlan[] = (Object.keys(COLLECTION_SPECS) as CollectionName[]).map(planOf);

/**
 * What a laptop sends in clear to a server whose guard requires `guardRequired` (requiredFieldsOfGuard): those of
 * `plan.plaintextFields` it requires; all of them when the guard cannot be read (every guard version accepts them).
 * Never a field outside that list, whatever a tampered guard asks for: its push is refused instead.
 */
export function guardClearFields(plan: Pick<CollectionSyncPlan, 'plaintextFields'>, guardRequired: readonly string[] | null): readonly string[] {
  return guardRequired === null ? plan.plaintextFields : plan.plaintextFields.filter((field) => guardRequired.includes(field));
}
