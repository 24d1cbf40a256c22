/**
 * The server-side guard installed as `_design/waypoint` in every clinic database. It mirrors what the app promises:
 * no plaintext PHI (every document carries the sealed `e2ee` envelope), the routing fields are present, signed notes
 * and append-only records never change. Written as ES5 source because CouchDB runs it in its own JavaScript engine.
 */

export interface ValidationRules {
  readonly collection: string;
  /** Routing fields every document must carry in clear. */
  readonly required: readonly string[];
  /** Written once: any update or deletion is refused. */
  readonly appendOnly: boolean;
  /** Refuse changes to a stored document whose `status` is 'signed', and to a stored addendum. */
  readonly guardsSignedNotes: boolean;
}

const APPEND_ONLY: ReadonlySet<string> = new Set(['audit', 'responses', 'medevents']);

/** The rules for one collection, from its required routing fields. */
export function validationRulesFor(collection: string, required: readonly string[]): ValidationRules {
  return { collection, required, appendOnly: APPEND_ONLY.has(collection), guardsSignedNotes: collection === 'notes' };
}

// Kept as text: a compiled and bundled function's toString() would not be guaranteed ES5 nor self-contained.
const BODY = `
  if (newDoc._id.indexOf('_design/') === 0) {
    if (userCtx.roles.indexOf('_admin') === -1) throw({ forbidden: 'Only a server admin may change design documents.' });
    return;
  }
  var where = rules.collection + '/' + newDoc._id;
  if (oldDoc && !oldDoc._deleted) {
    if (rules.appendOnly) throw({ forbidden: where + ' is append-only: it cannot be changed or deleted.' });
    if (rules.guardsSignedNotes && oldDoc.status === 'signed') throw({ forbidden: where + ' is a signed note: it cannot change; write an addendum.' });
    if (rules.guardsSignedNotes && oldDoc.kind === 'addendum') throw({ forbidden: where + ' is an addendum: it cannot change.' });
  }
  if (newDoc._deleted) return;
  if (typeof newDoc.e2ee !== 'string' || newDoc.e2ee.indexOf('w1.') !== 0) throw({ forbidden: where + ' is not sealed (no e2ee envelope); plaintext is refused.' });
  for (var i = 0; i < rules.required.length; i++) {
    var field = rules.required[i];
    if (newDoc[field] === undefined || newDoc[field] === null) throw({ forbidden: where + ' lacks the routing field ' + field + '.' });
  }
`;

/** The validate_doc_update source for one collection's database. */
export function validateDocUpdateSource(rules: ValidationRules): string {
  return `function (newDoc, oldDoc, userCtx, secObj) {\n  var rules = ${JSON.stringify(rules)};${BODY}}`;
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
