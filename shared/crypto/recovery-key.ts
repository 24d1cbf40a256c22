/**
 * Recovery keys: 256 random bits shown once at clinic setup as Crockford base32 in groups of four, with a
 * two-character checksum so a mistyped key is caught before any unwrap is tried.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DECODE: ReadonlyMap<string, number> = new Map([...Array.from(ALPHABET).map((c, i): [string, number] => [c, i]), ['O', 0], ['I', 1], ['L', 1]]);
export const RECOVERY_KEY_BYTES = 32;

function checksum(bytes: Uint8Array): number {
  let sum = 0;
  for (const b of bytes) sum = (sum * 31 + b) % 1021;
  return sum;
}

function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET.charAt((buffer >> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return out;
}

/** Formats 32 random bytes as the recovery key users write down (e.g. "7K2M-…-QX"). */
export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new Error('a recovery key is 32 bytes');
  const sum = checksum(bytes);
  const body = toBase32(bytes) + ALPHABET.charAt(sum >> 5) + ALPHABET.charAt(sum & 31);
  return body.match(/.{1,4}/g)?.join('-') ?? body;
}

export type ParsedRecoveryKey = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string };

/** Parses what a user typed: case, spaces and dashes are forgiven; a wrong length or checksum is reported. */
export function parseRecoveryKey(text: string): ParsedRecoveryKey {
  const chars = text.toUpperCase().replace(/[\s-]/g, '');
  const values: number[] = [];
  for (const ch of chars) {
    const v = DECODE.get(ch);
    if (v === undefined) return { ok: false, reason: `"${ch}" is not a character used in recovery keys.` };
    values.push(v);
  }
  if (values.length !== 54) return { ok: false, reason: 'A recovery key has 54 characters (without dashes).' };
  const bytes = new Uint8Array(RECOVERY_KEY_BYTES);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const v of values.slice(0, 52)) {
    buffer = (buffer << 5) | v;
    bits += 5;
    if (bits >= 8 && index < RECOVERY_KEY_BYTES) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
    buffer &= (1 << bits) - 1;
  }
  const sum = ((values[52] ?? 0) << 5) | (values[53] ?? 0);
  if (sum !== checksum(bytes)) return { ok: false, reason: 'This recovery key has a typo: its checksum does not match.' };
  return { ok: true, bytes };
}
