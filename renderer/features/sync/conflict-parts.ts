/**
 * Pure comparison of a record's current version with a conflict copy, part by part: per section for notes (each
 * section's text), per field for every other record. Drives the side-by-side Conflicts screen and its merge.
 */

export type Doc = Readonly<Record<string, unknown>>;

export interface ConflictPart {
  /** `field:<name>` or `section:<key>`. */
  readonly key: string;
  readonly label: string;
  readonly current: string;
  readonly other: string;
  readonly differs: boolean;
  /** Text a person can merge by editing; other values (lists, numbers) are taken from one side. */
  readonly editable: boolean;
}

// Bookkeeping: who saved and when differs by nature and is restamped by the resolution.
const SKIPPED = new Set(['id', 'authorId', 'createdAt', 'updatedAt']);

const show = (value: unknown): string => (value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value));
const isText = (value: unknown): boolean => value === undefined || value === null || typeof value === 'string';

interface Section {
  readonly key: string;
  readonly heading: string;
  readonly html: string;
}

function sectionsOf(doc: Doc | null): Section[] {
  const raw = doc?.sections;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((s: unknown) => {
    if (typeof s !== 'object' || s === null) return [];
    const r = s as Doc;
    return typeof r.key === 'string' ? [{ key: r.key, heading: show(r.heading) || r.key, html: show(r.html) }] : [];
  });
}

function sectionParts(current: Doc | null, other: Doc): ConflictPart[] {
  const mine = sectionsOf(current);
  const theirs = sectionsOf(other);
  const keys = [...new Set([...mine.map((s) => s.key), ...theirs.map((s) => s.key)])];
  return keys.map((key) => {
    const a = mine.find((s) => s.key === key);
    const b = theirs.find((s) => s.key === key);
    const label = a?.heading ?? b?.heading ?? key;
    return { key: `section:${key}`, label, current: a?.html ?? '', other: b?.html ?? '', differs: (a?.html ?? '') !== (b?.html ?? ''), editable: true };
  });
}

/** The parts of two versions, in field order; notes compare `sections` section by section. */
export function conflictParts(collection: string, current: Doc | null, other: Doc): ConflictPart[] {
  const fields = [...new Set([...Object.keys(current ?? {}), ...Object.keys(other)])].filter((f) => !SKIPPED.has(f) && !f.startsWith('_'));
  return fields.flatMap((field) => {
    if (collection === 'notes' && field === 'sections') return sectionParts(current, other);
    const a = current?.[field];
    const b = other[field];
    return [{ key: `field:${field}`, label: field, current: show(a), other: show(b), differs: show(a) !== show(b), editable: isText(a) && isText(b) }];
  });
}

/** Default merged text: both versions, the current one first, when they differ. */
export function defaultMergeText(part: ConflictPart): string {
  if (!part.differs || part.other === '') return part.current;
  if (part.current === '') return part.other;
  return `${part.current}\n${part.other}`;
}

/** The fields of the other version, to write over the current one ("use the conflict copy"). */
export function otherVersionPatch(other: Doc): Record<string, unknown> {
  return Object.fromEntries(Object.entries(other).filter(([k]) => !SKIPPED.has(k) && !k.startsWith('_')));
}

/** The patch that writes merged texts (by part key) onto the current version. */
export function mergedPatch(current: Doc, merged: Readonly<Record<string, string>>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(merged)) {
    if (key.startsWith('field:')) patch[key.slice(6)] = text;
  }
  const sectionTexts = Object.entries(merged).filter(([key]) => key.startsWith('section:'));
  if (sectionTexts.length > 0) {
    // Keep every other property of a section (template hints, prompts): only its text is merged.
    const raw: unknown[] = Array.isArray(current.sections) ? current.sections : [];
    const sections = raw.map((s) => (typeof s === 'object' && s !== null ? { ...(s as Doc) } : {}));
    for (const [key, html] of sectionTexts) {
      const sectionKey = key.slice(8);
      const existing = sections.find((s) => s.key === sectionKey);
      if (existing) existing.html = html;
      else sections.push({ key: sectionKey, heading: sectionKey, html });
    }
    patch.sections = sections;
  }
  return patch;
}
