import { describe, expect, it } from 'vitest';
import { bytesEqual, fromBase64, toBase64, utf8Decode, utf8Encode } from '../../../../shared/crypto/bytes';

describe('utf8', () => {
  it.each(['', 'abc', 'Zoë', '日本語', 'emoji 🧭 ok', 'line\nbreak'])('round-trips %j like TextEncoder', (text) => {
    const bytes = utf8Encode(text);
    expect(bytes).toEqual(new TextEncoder().encode(text));
    expect(utf8Decode(bytes)).toBe(text);
  });
  // Hashes and signatures cover utf8Encode's bytes: text with a lone surrogate keeps the 3-byte form it always had
  // (TextEncoder, the fast path for well-formed text, would write U+FFFD instead).
  it.each([
    ['\ud800', [0xed, 0xa0, 0x80]],
    ['a\udc00b', [0x61, 0xed, 0xb0, 0x80, 0x62]],
    ['🧭\ud83e', [0xf0, 0x9f, 0xa7, 0xad, 0xed, 0xa0, 0xbe]],
  ])('encodes the lone surrogate in %j as before', (text, expected) => {
    expect(Array.from(utf8Encode(text))).toEqual(expected);
  });
  it('rejects malformed bytes', () => {
    expect(() => utf8Decode(Uint8Array.from([0xc3]))).toThrow(/malformed/);
    expect(() => utf8Decode(Uint8Array.from([0x80]))).toThrow(/malformed/);
  });
});

describe('base64', () => {
  it.each([[[]], [[0]], [[0, 1]], [[0, 1, 2]], [[255, 254, 253, 252]]])('matches Buffer for %j', (values) => {
    const bytes = Uint8Array.from(values);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
  it('rejects characters outside the alphabet', () => {
    expect(() => fromBase64('ab$d')).toThrow(/invalid base64/);
  });
  it('round-trips every byte value and long inputs past one encoding chunk', () => {
    const bytes = Uint8Array.from({ length: 70_001 }, (_, i) => (i * 7919) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
  it('rejects padding in the middle and whitespace', () => {
    expect(() => fromBase64('ab=d')).toThrow(/invalid base64/);
    expect(() => fromBase64('ab d')).toThrow(/invalid base64/);
  });
});

// RFC 4648 §10 vectors, plus what the decoder accepts and refuses today (pinned so a faster path cannot drift).
const RFC_4648: readonly (readonly [string, string])[] = [
  ['', ''],
  ['f', 'Zg=='],
  ['fo', 'Zm8='],
  ['foo', 'Zm9v'],
  ['foob', 'Zm9vYg=='],
  ['fooba', 'Zm9vYmE='],
  ['foobar', 'Zm9vYmFy'],
];
const ACCEPTED: readonly (readonly [string, readonly number[]])[] = [
  ['Zg', [0x66]],
  ['Zm8', [0x66, 0x6f]],
  ['Zh==', [0x66]],
  ['A', []],
  ['', []],
  ['/w==', [255]],
];
const REFUSED = ['ab$d', 'ab=d', 'ab d', ' Zg==', 'Zg==\n', 'Zg===', 'Zm9v-_', '=Zg', 'Zg==Zg=='];

describe('base64 vectors', () => {
  it.each(RFC_4648)('%j ↔ %j', (text, encoded) => {
    expect(toBase64(new TextEncoder().encode(text))).toBe(encoded);
    expect(new TextDecoder().decode(fromBase64(encoded))).toBe(text);
  });
  it.each(ACCEPTED)('accepts %j as %j', (text, values) => {
    expect(Array.from(fromBase64(text))).toEqual(values);
  });
  it.each(REFUSED)('refuses %j', (text) => {
    expect(() => fromBase64(text)).toThrow(/invalid base64/);
  });
  it('round-trips 100 kB (the size of a large sealed note) identically to Buffer', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31 + (i >> 8)) % 256);
    const text = toBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(fromBase64(text)).toEqual(bytes);
  });
});

describe('bytesEqual', () => {
  it.each([
    [[1, 2], [1, 2], true],
    [[1, 2], [1, 3], false],
    [[1], [1, 2], false],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(bytesEqual(Uint8Array.from(a), Uint8Array.from(b))).toBe(expected);
  });
});
