/**
 * One-time enrollment codes: 120 random bits as 24 Crockford base32 characters in six groups of four, e.g.
 * "7K2M-QX4P-…". High entropy, so HKDF (not Argon2) wraps the master key under them, like the recovery key.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ALIASES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };
export const ENROLLMENT_CODE_BYTES = 15;
const CHARS = 24;

/** Formats 15 random bytes as an enrollment code. */
export function formatEnrollmentCode(bytes: Uint8Array): string {
  if (bytes.length !== ENROLLMENT_CODE_BYTES) throw new Error('an enrollment code is 15 bytes');
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = ((buffer << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET.charAt((buffer >> bits) & 31);
    }
  }
  return out.match(/.{4}/g)?.join('-') ?? out;
}

export type ParsedEnrollmentCode = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string };

/** Parses a typed code: case, spaces and dashes are forgiven, O/I/L read as 0/1/1. */
export function parseEnrollmentCode(text: string): ParsedEnrollmentCode {
  const chars = Array.from(text.toUpperCase().replace(/[\s-]/g, '')).map((c) => ALIASES[c] ?? c);
  const bad = chars.find((c) => !ALPHABET.includes(c));
  if (bad !== undefined) return { ok: false, reason: `"${bad}" is not a character used in enrollment codes.` };
  if (chars.length !== CHARS) return { ok: false, reason: `An enrollment code has ${CHARS} characters (without dashes); this one has ${chars.length}.` };
  const bytes = new Uint8Array(ENROLLMENT_CODE_BYTES);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const c of chars) {
    buffer = ((buffer << 5) | ALPHABET.indexOf(c)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  return { ok: true, bytes };
}
