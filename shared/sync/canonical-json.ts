/**
 * Canonical JSON: object keys sorted, so two replicas serialise equal documents to equal strings. Used to compare
 * documents and to break ties deterministically; never used for anything stored.
 */

/** JSON text of a value with every object's keys in sorted order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Readonly<Record<string, unknown>>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}

/** Deep equality of two JSON values, independent of key order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** A short, stable, non-cryptographic digest (FNV-1a 32-bit, hex) of a string; for deterministic ids only. */
export function shortDigest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
