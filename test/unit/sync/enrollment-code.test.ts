import { describe, expect, it } from 'vitest';
import { formatEnrollmentCode, parseEnrollmentCode } from '../../../shared/sync/enrollment-code';

const bytes = (fill: (i: number) => number) => Uint8Array.from({ length: 15 }, (_, i) => fill(i));

describe('enrollment codes', () => {
  it.each([
    ['zeros', bytes(() => 0)],
    ['ones', bytes(() => 255)],
    ['a ramp', bytes((i) => i * 17)],
  ])('round-trips %s', (_name, input) => {
    const code = formatEnrollmentCode(input);
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);
    expect(parseEnrollmentCode(code)).toEqual({ ok: true, bytes: input });
  });

  it('forgives case, spaces and look-alike letters', () => {
    const code = formatEnrollmentCode(bytes((i) => i * 17));
    const sloppy = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(parseEnrollmentCode(sloppy)).toEqual(parseEnrollmentCode(code));
  });

  it.each([
    ['too short', '7K2M-QX4P', 'has 24 characters'],
    ['a foreign character', '7K2M-QX4P-7K2M-QX4P-7K2M-QX4U', '"U" is not'],
  ])('explains %s', (_name, text, reason) => {
    const parsed = parseEnrollmentCode(text);
    expect(parsed.ok ? '' : parsed.reason).toContain(reason);
  });
});
