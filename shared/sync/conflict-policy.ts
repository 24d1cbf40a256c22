import { canonicalJson } from './canonical-json';

/**
 * Who wins when two laptops changed the same document (DESIGN.md "Sync and conflicts"). Pure and symmetric: both
 * replicas pick the same winner from the same pair, whichever of them meets the conflict. The loser is never dropped:
 * the caller saves it as a conflict copy.
 */

export type ConflictPolicy = 'append-only' | 'notes' | 'plans' | 'editable';
export type ConflictSide = 'master' | 'fork';
export type DocState = Readonly<Record<string, unknown>>;

// Written once and never edited: a second version can only come from a bug or a replayed write, so the server's
// copy stands and the other is kept beside it.
const APPEND_ONLY: ReadonlySet<string> = new Set(['audit', 'responses', 'medevents']);

/** The conflict policy of a collection. */
export function policyFor(collection: string): ConflictPolicy {
  if (APPEND_ONLY.has(collection)) return 'append-only';
  if (collection === 'careplans') return 'plans';
  return collection === 'notes' ? 'notes' : 'editable';
}

// Replication and storage bookkeeping that differs between replicas holding the same data.
const BOOKKEEPING = new Set(['_meta', '_rev', '_attachments']);

/** The document without storage bookkeeping, as compared and as saved in a conflict copy. */
export function documentData(doc: DocState): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([k]) => !BOOKKEEPING.has(k)));
}

/** True when two states hold the same data (key order and bookkeeping ignored). */
export function sameDocument(a: DocState, b: DocState): boolean {
  return canonicalJson(documentData(a)) === canonicalJson(documentData(b));
}

const text = (doc: DocState, field: string): string => {
  const v = doc[field];
  return typeof v === 'string' ? v : '';
};

/** Newest `updatedAt` wins; ties go to the larger author id, then to the larger canonical text (any fixed order). */
function newest(master: DocState, fork: DocState): ConflictSide {
  const byTime = text(fork, 'updatedAt').localeCompare(text(master, 'updatedAt'));
  if (byTime !== 0) return byTime > 0 ? 'fork' : 'master';
  const byAuthor = text(fork, 'authorId').localeCompare(text(master, 'authorId'));
  if (byAuthor !== 0) return byAuthor > 0 ? 'fork' : 'master';
  return canonicalJson(documentData(fork)) > canonicalJson(documentData(master)) ? 'fork' : 'master';
}

function notesWinner(master: DocState, fork: DocState): ConflictSide {
  // Signed notes never change and addenda are written once: the signed or server version stands.
  if (master.kind === 'addendum' || master.status === 'signed') return 'master';
  if (fork.status === 'signed') return 'fork';
  return newest(master, fork);
}

// How far a plan version (or review) has gone; the server refuses every step back (progress.md §1.3).
const PLAN_RANK: Readonly<Record<string, number>> = { draft: 0, awaiting_signatures: 1, active: 2, superseded: 3, closed: 3, entered_in_error: 4, signed: 5 };

function plansWinner(master: DocState, fork: DocState): ConflictSide {
  // A signed version beats a draft edit, a later status an earlier one, more signatures fewer; homework (no rank)
  // and two drafts fall back to the newest. The loser is kept as a conflict copy, so no signature is lost.
  const rank = (d: DocState) => PLAN_RANK[text(d, 'status')] ?? 0;
  if (rank(master) !== rank(fork)) return rank(fork) > rank(master) ? 'fork' : 'master';
  const signatures = (d: DocState) => (Array.isArray(d.signatures) ? d.signatures.length : 0);
  if (signatures(master) !== signatures(fork)) return signatures(fork) > signatures(master) ? 'fork' : 'master';
  return newest(master, fork);
}

/** Which version becomes the document; the other one is saved as a conflict copy unless both are the same. */
export function chooseWinner(policy: ConflictPolicy, master: DocState, fork: DocState): ConflictSide {
  if (policy === 'append-only') return 'master';
  // An edit beats a deletion: the deletion can be repeated, typed text could not be recovered.
  if (master._deleted === true && fork._deleted !== true) return 'fork';
  if (fork._deleted === true && master._deleted !== true) return 'master';
  if (policy === 'plans') return plansWinner(master, fork);
  return policy === 'notes' ? notesWinner(master, fork) : newest(master, fork);
}
