import { sha256 } from 'hash-wasm';
import { NO_RISK } from './notes';
import type { Note } from './records';

/**
 * What makes a signed note trustworthy: the content hash its signature stores, and the rule that a signed note, an
 * addendum or a co-sign never changes (the collection's guard and the server's validate_doc_update apply it).
 */

/** The part of a note its signature covers, in a fixed key order. */
function canonicalContent(note: Note): string {
  const content = {
    kind: note.kind,
    id: note.id,
    clientId: note.clientId,
    sessionId: note.sessionId,
    parentId: note.parentId,
    templateId: note.templateId,
    authorId: note.authorId,
    title: note.title,
    sections: note.sections.map((s) => ({ key: s.key, heading: s.heading, html: s.html })),
    risk: { level: (note.risk ?? NO_RISK).level, text: (note.risk ?? NO_RISK).text },
    interventions: [...(note.interventions ?? [])].sort(),
  };
  return JSON.stringify(content);
}

/** SHA-256 (lower-case hex) of a note's canonical content: what signing stores and what a verifier recomputes. */
export function noteContentHash(note: Note): Promise<string> {
  return sha256(canonicalContent(note));
}

/** True when a signed note's stored hash matches its content. */
export async function verifyNoteHash(note: Note): Promise<boolean> {
  return note.status === 'signed' && note.contentHash === (await noteContentHash(note));
}

const BOOKKEEPING = new Set(['_rev', '_meta', '_attachments']);

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => !BOOKKEEPING.has(k) && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Why a write of `next` over the stored `previous` must be refused ('' when allowed): a signed note, an addendum and
 * a co-sign never change and are never deleted. Writing identical data (RxDB bookkeeping aside) is allowed.
 */
export function lockedChangeRefusal(previousDoc: object, nextDoc: object): string {
  const previous = previousDoc as Readonly<Record<string, unknown>>;
  const next = nextDoc as Readonly<Record<string, unknown>>;
  const locked = previous.kind !== 'note' || previous.status === 'signed';
  if (!locked || previous._deleted === true) return '';
  if (canonicalJson(previous) === canonicalJson(next)) return '';
  const what = previous.kind === 'note' ? 'a signed note' : `a signed ${String(previous.kind)}`;
  return `notes/${String(previous.id)} is ${what}: it cannot be changed or deleted; write an addendum instead.`;
}
