import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, parseRecoveryKey } from '../../../../shared/crypto/recovery-key';

const bytes = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);

describe('recovery key', () => {
  it('formats as dash-separated groups of four and parses back', () => {
    const text = formatRecoveryKey(bytes);
    expect(text).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{2}$/);
    expect(parseRecoveryKey(text)).toEqual({ ok: true, bytes });
  });

  it('forgives case, spaces and look-alike letters', () => {
    const text = formatRecoveryKey(bytes);
    const sloppy = text.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l');
    expect(parseRecoveryKey(sloppy)).toEqual({ ok: true, bytes });
  });

  it.each([
    ['too short', (t: string) => t.slice(0, -5), /54 characters/],
    ['a foreign character', (t: string) => `${t.slice(0, -1)}!`, /not a character/],
    ['a typo', (t: string) => (t.startsWith('Z') ? `Y${t.slice(1)}` : `Z${t.slice(1)}`), /typo/],
  ])('reports %s', (_name, mutate, reason) => {
    const result = parseRecoveryKey(mutate(formatRecoveryKey(bytes)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
