import { describe, expect, it } from 'vitest';
import { findClinicRecords } from '../../../renderer/db';
import { ClinicContactError, saveClinicContact } from '../../../renderer/features/settings/clinic-contact-actions';
import { clinicContactOf } from '../../../shared/reports';
import { actorOn, auditTrail } from './actor';

describe('the clinic phone and crisis line on real storage (client copies, §4.4)', () => {
  it('none until an admin saves them; saved trimmed, read back, and audited as settings with the old values', async () => {
    const { ctx, db } = await actorOn('admin');
    const before = clinicContactOf(await findClinicRecords(db, 'settings'));
    expect(before).toMatchObject({ phone: '', crisisLine: '' });
    await saveClinicContact(ctx, { phone: ' (555) 010-0100 ', crisisLine: '' }, before);
    expect(clinicContactOf(await findClinicRecords(db, 'settings'))).toMatchObject({ phone: '(555) 010-0100', crisisLine: '' });
    expect((await auditTrail(db)).map(({ action, entity, detail }) => ({ action, entity, detail }))).toEqual([
      { action: 'settings', entity: 'vault', detail: 'Clinic phone (555) 010-0100 (was not set); crisis line not set (was not set)' },
    ]);
  });

  it('refuses a bad number at its field and a therapist altogether; nothing is written or audited', async () => {
    const { ctx, db } = await actorOn('supervisor');
    const none = clinicContactOf([]);
    await expect(saveClinicContact(ctx, { phone: 'ring reception', crisisLine: '' }, none)).rejects.toBeInstanceOf(ClinicContactError);
    await expect(saveClinicContact(ctx, { phone: 'ring reception', crisisLine: '' }, none)).rejects.toMatchObject({
      errors: { phone: 'Enter a telephone number (digits, spaces, + ( ) -), or leave it empty.' },
    });
    const therapist = { ...ctx, actor: { id: 'staff-therapist', role: 'therapist' as const } };
    await expect(saveClinicContact(therapist, { phone: '555 0100', crisisLine: '' }, none)).rejects.toThrow(/Only a supervisor or clinic admin/);
    expect(await findClinicRecords(db, 'settings')).toEqual([]);
    expect(await auditTrail(db)).toEqual([]);
  });
});
