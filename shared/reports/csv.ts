/**
 * CSV writing (progress.md §7.5): RFC 4180 — comma separated, CRLF line ends, a field quoted when it holds a comma,
 * a quote, CR or LF, quotes doubled — in UTF-8 with a byte-order mark so spreadsheets read non-ASCII names right.
 */

export type CsvValue = string | number | boolean | null;

const BOM = '\uFEFF';

/** One field as RFC 4180 writes it; null is an empty field; a number in plain decimal notation. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: the header row, one row per record, CRLF after every row, the BOM first. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  for (const row of rows) {
    if (row.length !== header.length) throw new RangeError(`A CSV row has ${String(row.length)} fields; the header has ${String(header.length)}.`);
  }
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** "2025-01-02T14:05:00+01:00": an instant in ISO 8601 with the offset (minutes east of UTC) of its local time. */
export function isoWithOffset(instant: string, offsetMinutes: number): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${instant}`);
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/** FNV-1a, 32 bits: spreads ids for pseudonym order (not a secret: the salt is never written). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Per-export pseudonymous keys ("P001" …) for client ids: the order comes from a per-export random salt, so a key says
 * nothing about a client and differs between exports.
 */
export function pseudonyms(clientIds: readonly string[], salt: string): ReadonlyMap<string, string> {
  const unique = [...new Set(clientIds)];
  const order = unique.map((id) => ({ id, h: fnv1a(`${salt}:${id}`) })).sort((a, b) => a.h - b.h || a.id.localeCompare(b.id));
  const width = Math.max(3, String(unique.length).length);
  return new Map(order.map((o, i) => [o.id, `P${String(i + 1).padStart(width, '0')}`]));
}
