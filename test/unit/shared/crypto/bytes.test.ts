import { describe, expect, it } from 'vitest';
import { bytesEqual, fromBase64, toBase64, utf8Decode, utf8Encode } from '../../../../shared/crypto/bytes';

describe('utf8', () => {
  it.each(['', 'abc', 'Zoë', '日本語', 'emoji 🧭 ok', 'line\nbreak'])('round-trips %j like TextEncoder', (text) => {
    const bytes = utf8Encode(text);
    expect(bytes).toEqual(new TextEncoder().encode(text));
    expect(utf8Decode(bytes)).toBe(text);
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

describe('bytesEqual', () => {
  it.each([
    [[1, 2], [1, 2], true],
    [[1, 2], [1, 3], false],
    [[1], [1, 2], false],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(bytesEqual(Uint8Array.from(a), Uint8Array.from(b))).toBe(expected);
  });
});
