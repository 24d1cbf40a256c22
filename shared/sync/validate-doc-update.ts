import { z } from 'zod';
import { VERSIONED_PLAN_KINDS } from '../domain/records';
import { PLAN_STATUS_NEXT } from '../progress/plans/plan-status';

/**
 * The server-side guard installed as `_design/waypoint` in every clinic database. It mirrors what the app promises:
 * no plaintext PHI (every document carries the sealed `e2ee` envelope), the routing fields are present, signed notes
 * and append-only records never change. Written as ES5 source because CouchDB runs it in its own JavaScript engine.
 */

export interface ValidationRules {
  /** The guard's version: 2 requires only the fields its rules read (docs/sync.md "What the server reads in clear"). */
  readonly version: number;
  readonly collection: string;
  /** Routing fields every document must carry in clear. */
  readonly required: readonly string[];
  /** Every field a document may carry in clear beside `e2ee` and CouchDB's own (`_id`, `_rev`, `_deleted`, …). */
  readonly clear: readonly string[];
  /** Written once: any update or deletion is refused. */
  readonly appendOnly: boolean;
  /** Refuse changes to a stored document whose `status` is 'signed', and to a stored addendum. */
  readonly guardsSignedNotes: boolean;
  /** The app deletes records of this collection (notes: an empty draft); in every other collection deletion is refused. */
  readonly deletes: boolean;
  /**
   * careplans: a plan version out of draft keeps its identity and content hash, is never deleted and only moves
   * forward (progress.md §1.3); a signed review never changes. Mirrors shared/progress/plans/plan-guard.ts.
   */
  readonly guardsSignedPlans?: { readonly versionedKinds: readonly string[]; readonly next: Readonly<Record<string, readonly string[]>> };
}

export const GUARD_VERSION = 2;

/** What a plan version out of draft keeps for good (the guard compares each with the stored version). */
const SIGNED_PLAN_FIXED = ['kind', 'clientId', 'planId', 'version', 'previousVersionId', 'effectiveFrom', 'reviewDueOn', 'contentHash'];

/**
 * The fields the guard's rules read, per collection: guard v2 requires these in clear and no other (append-only and
 * deletion rules read no field). Every other routing field is accepted in clear but not required.
 */
const RULE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  notes: ['kind', 'status'],
  careplans: [...SIGNED_PLAN_FIXED, 'status'],
};

/** The fields guard v2 reads in `collection`'s documents. */
export function ruleFieldsOf(collection: string): readonly string[] {
  return RULE_FIELDS[collection] ?? [];
}

const APPEND_ONLY: ReadonlySet<string> = new Set(['audit', 'responses', 'medevents']);
/** The only deletion the app writes: discarding an empty draft note (renderer/db/collections/notes.collection.ts). */
const DELETED_BY_APP: ReadonlySet<string> = new Set(['notes']);

/** The rules for one collection, from its required routing fields and every field it may send in clear. */
export function validationRulesFor(collection: string, required: readonly string[], clear: readonly string[] = required): ValidationRules {
  const rules = {
    version: GUARD_VERSION,
    collection,
    required,
    clear: [...new Set([...required, ...clear])],
    appendOnly: APPEND_ONLY.has(collection),
    guardsSignedNotes: collection === 'notes',
    deletes: DELETED_BY_APP.has(collection),
  };
  return collection === 'careplans' ? { ...rules, guardsSignedPlans: { versionedKinds: VERSIONED_PLAN_KINDS, next: PLAN_STATUS_NEXT } } : rules;
}

// Kept as text: a compiled and bundled function's toString() would not be guaranteed ES5 nor self-contained.
// ENVELOPE mirrors shared/crypto/envelope.ts and key-generations.ts: "w1." (sync key generation 0) or "w2.<N>."
// (generation N ≥ 1, after a key rotation), a 12-byte IV (16 base64 characters), ".", then at least the
// 16-byte GCM tag (24 base64 characters, padded). COUCH: the server's own fields, which CouchDB may hand the guard.
const BODY = `
  var ENVELOPE = /^(?:w1|w2\\.[1-9][0-9]{0,5})\\.[A-Za-z0-9+\\/]{16}\\.(?=[A-Za-z0-9+\\/=]{24,}$)(?:[A-Za-z0-9+\\/]{4})*(?:[A-Za-z0-9+\\/]{2}==|[A-Za-z0-9+\\/]{3}=)?$/;
  var COUCH = ['_id', '_rev', '_deleted', '_revisions', '_revs_info', '_conflicts', '_deleted_conflicts', '_local_seq'];
  if (newDoc._id.indexOf('_design/') === 0) {
    if (userCtx.roles.indexOf('_admin') === -1) throw({ forbidden: 'Only a server admin may change design documents.' });
    return;
  }
  var where = rules.collection + '/' + newDoc._id;
  if (oldDoc && !oldDoc._deleted) {
    if (rules.appendOnly) throw({ forbidden: where + ' is append-only: it cannot be changed or deleted.' });
    if (rules.guardsSignedNotes && oldDoc.status === 'signed') throw({ forbidden: where + ' is a signed note: it cannot change; write an addendum.' });
    if (rules.guardsSignedNotes && oldDoc.kind === 'addendum') throw({ forbidden: where + ' is an addendum: it cannot change.' });
    var plans = rules.guardsSignedPlans;
    if (plans && oldDoc.status === 'signed') throw({ forbidden: where + ' is signed: it cannot change.' });
    if (plans && plans.versionedKinds.indexOf(oldDoc.kind) !== -1 && oldDoc.status !== 'draft') {
      if (newDoc._deleted) throw({ forbidden: where + ' is a signed plan version: it cannot be deleted; mark it entered in error.' });
      var fixed = ${JSON.stringify(SIGNED_PLAN_FIXED)};
      for (var f = 0; f < fixed.length; f++) {
        if (newDoc[fixed[f]] !== oldDoc[fixed[f]]) throw({ forbidden: where + ' is a signed plan version: it cannot change; start a new version.' });
      }
      var allowed = plans.next[oldDoc.status] || [];
      if (newDoc.status !== oldDoc.status && allowed.indexOf(newDoc.status) === -1) throw({ forbidden: where + ' is a signed plan version: it cannot go from ' + oldDoc.status + ' to ' + newDoc.status + '.' });
    }
  }
  if (newDoc._deleted && !rules.deletes) throw({ forbidden: where + ' cannot be deleted: Waypoint never deletes ' + rules.collection + ' records.' });
  if (typeof newDoc.e2ee !== 'string' || (newDoc.e2ee.indexOf('w1.') !== 0 && newDoc.e2ee.indexOf('w2.') !== 0)) throw({ forbidden: where + ' is not sealed (no e2ee envelope); plaintext and unsealed deletions are refused.' });
  if (!ENVELOPE.test(newDoc.e2ee)) throw({ forbidden: where + ' has a malformed e2ee envelope (w1.<12-byte IV> or w2.<generation>.<12-byte IV>.<ciphertext with its 16-byte tag>, base64).' });
  for (var key in newDoc) {
    if (!Object.prototype.hasOwnProperty.call(newDoc, key) || key === 'e2ee' || COUCH.indexOf(key) !== -1) continue;
    if (key === '_attachments') throw({ forbidden: where + ' has attachments: they would travel unsealed, and Waypoint stores none.' });
    if (rules.clear.indexOf(key) === -1) throw({ forbidden: where + ' carries the field ' + key + ' in clear: only routing fields may sit beside the envelope.' });
  }
  if (newDoc._deleted) return;
  for (var i = 0; i < rules.required.length; i++) {
    var field = rules.required[i];
    if (newDoc[field] === undefined || newDoc[field] === null) throw({ forbidden: where + ' lacks the routing field ' + field + '.' });
  }
`;

/** The validate_doc_update source for one collection's database. */
export function validateDocUpdateSource(rules: ValidationRules): string {
  return `function (newDoc, oldDoc, userCtx, secObj) {\n  var rules = ${JSON.stringify(rules)};${BODY}}`;
}

const designDoc = z.looseObject({ validate_doc_update: z.string() });
const guardRules = z.looseObject({ required: z.array(z.string()) });
const RULES_LINE = /^\s*function \(newDoc, oldDoc, userCtx, secObj\) \{\n\s*var rules = (\{.*\});$/m;

/**
 * The routing fields an installed guard requires, read from its design document (`GET {db}/_design/waypoint`, which
 * members may read): guard v1 (builds before 2026-12-05) requires every non-sealed schema field, guard v2 only those
 * its rules read. Null when the document is not a Waypoint guard this build can read.
 */
export function requiredFieldsOfGuard(design: unknown): readonly string[] | null {
  const source = designDoc.safeParse(design).data?.validate_doc_update;
  const line = source === undefined ? null : RULES_LINE.exec(source);
  if (!line?.[1]) return null;
  try {
    return guardRules.safeParse(JSON.parse(line[1])).data?.required ?? null;
  } catch {
    return null;
  }
}

/** The whole design document. */
export function waypointDesignDoc(rules: ValidationRules): { _id: string; language: string; validate_doc_update: string } {
  return { _id: '_design/waypoint', language: 'javascript', validate_doc_update: validateDocUpdateSource(rules) };
}

/**
 * The keyring database's guard: only a server admin writes it (the clinic document, wrapped keys, enrollment codes);
 * a member may only delete the enrollment code waiting for their own account, which joining does to use it up.
 * Without it any clinic member could replace the recovery copy or another user's wrapped key.
 */
export function keyringDesignDoc(): { _id: string; language: string; validate_doc_update: string } {
  const source = `function (newDoc, oldDoc, userCtx, secObj) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (newDoc._deleted && newDoc._id === 'enroll:' + userCtx.name) return;
  throw({ forbidden: 'keyring/' + newDoc._id + ': only the clinic admin changes the keyring; a member may only use up their own enrollment code.' });
}`;
  return { _id: '_design/waypoint', language: 'javascript', validate_doc_update: source };
}
