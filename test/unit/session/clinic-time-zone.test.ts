import { describe, expect, it } from 'vitest';
import { laptopTimeZone } from '../../../renderer/session/clinic-time-zone';

describe('the clinic time zone', () => {
  it('unset, is the laptop’s own zone, one Intl accepts for a clinic calendar day', () => {
    const zone = laptopTimeZone();
    expect(zone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date('2026-12-04T09:00:00Z'))).toMatch(/^2026-12-0[45]$/);
  });
});
