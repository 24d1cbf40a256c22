/** Byte helpers that need no platform globals (shared/ compiles without DOM or Node types). */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map(Array.from(B64).map((c, i) => [c, i]));

// The platform's UTF-8 encoder (browsers and Node both have TextEncoder), looked up like btoa below. Sealing encodes
// every record's associated data and the crypto code many short texts; the JS loop builds an array per call. Only
// for well-formed text: TextEncoder turns a lone surrogate into U+FFFD where the loop below writes its 3-byte form,
// and hashes and signatures over such text must not change.
interface PlatformText {
  readonly TextEncoder?: new () => { encode(text: string): Uint8Array };
}
interface WellFormedString {
  readonly isWellFormed?: (this: string) => boolean;
}
const PlatformEncoder = (globalThis as PlatformText).TextEncoder;
const platformEncoder = PlatformEncoder === undefined ? undefined : new PlatformEncoder();
const wellFormed = (String.prototype as WellFormedString).isWellFormed;

/** Encodes a string as UTF-8 bytes (a lone surrogate as its 3-byte form, as it always was). */
export function utf8Encode(text: string): Uint8Array {
  if (platformEncoder && wellFormed?.call(text) === true) return platformEncoder.encode(text);
  return utf8EncodeInJs(text);
}

function utf8EncodeInJs(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/** Decodes UTF-8 bytes; throws on malformed input rather than guessing. */
export function utf8Decode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  const at = (k: number): number => {
    const b = bytes[k];
    if (b === undefined || (b & 0xc0) !== 0x80) throw new Error('malformed UTF-8');
    return b & 63;
  };
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let cp: number;
    if (b < 0x80) {
      cp = b;
      i += 1;
    } else if (b >= 0xf0) {
      cp = ((b & 7) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3);
      i += 4;
    } else if (b >= 0xe0) {
      cp = ((b & 15) << 12) | (at(i + 1) << 6) | at(i + 2);
      i += 3;
    } else if (b >= 0xc0) {
      cp = ((b & 31) << 6) | at(i + 1);
      i += 2;
    } else throw new Error('malformed UTF-8');
    out += String.fromCodePoint(cp);
  }
  return out;
}

// The platform's base64 (browsers and Node both have btoa/atob) is several times faster than building the string
// in JavaScript, and sealing encodes every record; shared/ has no DOM types, so they are looked up, not declared.
interface PlatformBase64 {
  readonly btoa?: (binary: string) => string;
  readonly atob?: (text: string) => string;
}
const platform = globalThis as PlatformBase64;

// Chromium (140+) has the TC39 Uint8Array base64 methods: no intermediate binary string and no per-byte JS loop.
// Node 20 lacks them and takes the btoa/atob path. Looked up at call time, like btoa, so both paths stay testable.
interface NativeBase64Bytes {
  readonly toBase64?: (this: Uint8Array) => string;
}
interface NativeBase64Constructor {
  readonly fromBase64?: (text: string, options: { readonly lastChunkHandling: 'loose' }) => Uint8Array;
}
const nativeBytes = Uint8Array.prototype as NativeBase64Bytes;
const nativeConstructor = Uint8Array as NativeBase64Constructor;
const BASE64_TEXT = /^[A-Za-z0-9+/]*={0,2}$/;
const CHUNK = 0x8000;

/** Standard base64 with padding. */
export function toBase64(bytes: Uint8Array): string {
  if (nativeBytes.toBase64) return nativeBytes.toBase64.call(bytes);
  if (platform.btoa) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
    return platform.btoa(binary);
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64.charAt(n >> 18) + B64.charAt((n >> 12) & 63);
    out += b === undefined ? '=' : B64.charAt((n >> 6) & 63);
    out += c === undefined ? '=' : B64.charAt(n & 63);
  }
  return out;
}

function decodeInJs(clean: string): Uint8Array {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const v = B64_INDEX.get(ch);
    if (v === undefined) throw new Error('invalid base64');
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** Decodes standard base64; throws on any character outside the alphabet. */
export function fromBase64(text: string): Uint8Array {
  if (!BASE64_TEXT.test(text)) throw new Error('invalid base64');
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) return decodeInJs(clean);
  // 'loose': padding optional and unused trailing bits ignored, as atob does; the alphabet was checked above, so the
  // native decoder's tolerance of whitespace never comes into play.
  if (nativeConstructor.fromBase64) return nativeConstructor.fromBase64(clean, { lastChunkHandling: 'loose' });
  if (!platform.atob) return decodeInJs(clean);
  const binary = platform.atob(clean + '='.repeat((4 - (clean.length % 4)) % 4));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Concatenates byte arrays. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Constant-shape comparison of two byte arrays. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
