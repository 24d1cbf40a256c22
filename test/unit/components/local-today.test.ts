import { afterEach, describe, expect, it } from 'vitest';
import { localToday, setLocalTodayZone } from '../../../renderer/components/format-date';
import { clinicToday } from '../../../shared/progress/clinic-time-zone';

// 04:30 UTC on 5 December is the evening of 4 December in New York and already the 5th in Berlin and Tokyo.
const INSTANT = new Date('2026-12-05T04:30:00.000Z');
const LAPTOP = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('localToday: every clinical "today" is the clinic’s day (progress.md §0.2)', () => {
  afterEach(() => {
    setLocalTodayZone(null);
  });
  it.each([
    ['a New York clinic', 'America/New_York', '2026-12-04'],
    ['a Berlin clinic', 'Europe/Berlin', '2026-12-05'],
    ['a Honolulu clinic (10 hours behind)', 'Pacific/Honolulu', '2026-12-04'],
    ['a Kiritimati clinic (14 hours ahead)', 'Pacific/Kiritimati', '2026-12-05'],
    ['no clinic zone known yet: the laptop’s day', null, clinicToday(INSTANT, LAPTOP)],
  ] as const)('%s', (_name, zone, day) => {
    setLocalTodayZone(zone);
    expect(localToday(INSTANT)).toBe(day);
  });
});
