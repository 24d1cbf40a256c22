import { describe, expect, it } from 'vitest';
import { findClinicRecords } from '../../../renderer/db';
import { saveRatingsSettings } from '../../../renderer/features/reviews/ratings-settings-actions';
import { clinicRatingsSettingsOf, programRatingsOf } from '../../../shared/progress/reviews/ratings-settings';
import { actorOn, auditTrail } from './actor';

describe('the per-program ASAM/LOCUS ratings setting on real storage (progress.md §5.6)', () => {
  it('is off for every program until a supervisor saves it; saved, read back per program and audited as settings', async () => {
    const { ctx, db, tick } = await actorOn('supervisor');
    const before = clinicRatingsSettingsOf(await findClinicRecords(db, 'settings'));
    expect(programRatingsOf(before, 'Substance use')).toEqual({ asamRatings: 'off', locus: false });
    await saveRatingsSettings(
      ctx,
      {
        'Substance use': { asamRatings: 'asam4', locus: false },
        'Adult mental health': { asamRatings: 'off', locus: true },
        Adolescent: { asamRatings: 'off', locus: false },
      },
      before,
    );
    tick();
    const after = clinicRatingsSettingsOf(await findClinicRecords(db, 'settings'));
    expect(programRatingsOf(after, 'Substance use')).toEqual({ asamRatings: 'asam4', locus: false });
    expect(programRatingsOf(after, 'Adult mental health')).toEqual({ asamRatings: 'off', locus: true });
    await saveRatingsSettings(ctx, { ...after.programs, 'Substance use': { asamRatings: 'off', locus: false } }, after);
    const trail = (await auditTrail(db)).map(({ action, entity, detail }) => ({ action, entity, detail }));
    expect(trail).toEqual([
      {
        action: 'settings',
        entity: 'vault',
        detail: 'Review ratings per program saved: Substance use: ASAM 4th edition, LOCUS off; Adult mental health: ASAM off, LOCUS on',
      },
      { action: 'settings', entity: 'vault', detail: 'Review ratings per program saved: Substance use: ASAM off, LOCUS off' },
    ]);
  });

  it('refuses a therapist, and a save that changes nothing; nothing is written or audited', async () => {
    const { ctx, db } = await actorOn('therapist');
    const none = clinicRatingsSettingsOf([]);
    await expect(saveRatingsSettings(ctx, { 'Substance use': { asamRatings: 'asam3', locus: true } }, none)).rejects.toThrow(
      /Only a supervisor or clinic admin/,
    );
    const admin = { ...ctx, actor: { id: 'staff-admin', role: 'admin' as const } };
    await expect(saveRatingsSettings(admin, { 'Substance use': { asamRatings: 'off', locus: false } }, none)).rejects.toThrow(/Nothing changed/);
    expect(await findClinicRecords(db, 'settings')).toEqual([]);
    expect(await auditTrail(db)).toEqual([]);
  });
});
