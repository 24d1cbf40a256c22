import { firstValueFrom } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { localToday } from '../../../renderer/components/format-date';
import { findClinicRecords } from '../../../renderer/db';
import { TimeZoneSettingError, saveClinicTimeZone } from '../../../renderer/features/settings/clinic-time-zone-actions';
import { followClinicTimeZone, laptopTimeZone, watchClinicTimeZone } from '../../../renderer/session';
import { clinicTimeZoneOf, clinicToday } from '../../../shared/progress/clinic-time-zone';
import { actorOn, auditTrail } from './actor';

describe('the clinic time zone setting on real storage', () => {
  it('is the laptop’s zone until a supervisor or admin saves one; saved, audited, and the one clinic days are counted in', async () => {
    const { ctx, db, tick } = await actorOn('admin');
    expect(await firstValueFrom(watchClinicTimeZone(db))).toBe(laptopTimeZone());
    await saveClinicTimeZone(ctx, 'Pacific/Kiritimati', '');
    expect(await firstValueFrom(watchClinicTimeZone(db))).toBe('Pacific/Kiritimati');
    tick();
    await saveClinicTimeZone(ctx, '', 'Pacific/Kiritimati');
    expect(clinicTimeZoneOf(await findClinicRecords(db, 'settings'), 'Europe/Berlin')).toMatchObject({ timeZone: 'Europe/Berlin', setting: '' });
    const trail = (await auditTrail(db)).map(({ action, entity, detail }) => ({ action, entity, detail }));
    expect(trail).toEqual([
      { action: 'edit', entity: 'vault', detail: 'Clinic time zone set to Pacific/Kiritimati (was each laptop’s own zone)' },
      { action: 'edit', entity: 'vault', detail: 'Clinic time zone set to each laptop’s own zone (was Pacific/Kiritimati)' },
    ]);
  });

  it('refuses an unknown zone at its field and a therapist altogether; nothing is written', async () => {
    const { ctx, db } = await actorOn('admin');
    await expect(saveClinicTimeZone(ctx, 'Mars/Base', '')).rejects.toThrow(TimeZoneSettingError);
    await expect(saveClinicTimeZone(ctx, 'Mars/Base', '')).rejects.toThrow(/not a time zone this computer knows/);
    const therapist = { ...ctx, actor: { id: 'staff-therapist', role: 'therapist' as const } };
    await expect(saveClinicTimeZone(therapist, 'America/New_York', '')).rejects.toThrow(/Only a supervisor or clinic admin/);
    expect(await findClinicRecords(db, 'settings')).toEqual([]);
    expect(await auditTrail(db)).toEqual([]);
  });
});

describe('localToday follows the clinic’s zone while the database is open', () => {
  it('counts today in the saved zone, follows a change live, and is the laptop’s again once unsubscribed (lock)', async () => {
    const { ctx, db, tick } = await actorOn('admin');
    const instant = new Date('2026-12-05T04:30:00.000Z'); // 4 December in New York, 5 December in Kiritimati
    const following = followClinicTimeZone(db);
    await saveClinicTimeZone(ctx, 'America/New_York', '');
    await vi.waitFor(() => {
      expect(localToday(instant)).toBe('2026-12-04');
    });
    tick();
    await saveClinicTimeZone(ctx, 'Pacific/Kiritimati', 'America/New_York');
    await vi.waitFor(() => {
      expect(localToday(instant)).toBe('2026-12-05');
    });
    following.unsubscribe();
    expect(localToday(instant)).toBe(clinicToday(instant, laptopTimeZone()));
  });
});
