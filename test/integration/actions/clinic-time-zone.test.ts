import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { findClinicRecords } from '../../../renderer/db';
import { TimeZoneSettingError, saveClinicTimeZone } from '../../../renderer/features/settings/clinic-time-zone-actions';
import { laptopTimeZone, watchClinicTimeZone } from '../../../renderer/session';
import { clinicTimeZoneOf } from '../../../shared/progress/clinic-time-zone';
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
