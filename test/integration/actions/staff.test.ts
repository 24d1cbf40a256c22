import { describe, expect, it } from 'vitest';
import { addStaffMember, KeyringError, setStaffMemberActive } from '../../../renderer/features/staff/staff-actions';
import { getStaff } from '../../../renderer/db';
import type { StaffInput } from '../../../shared/domain/staff';
import { actorOn, auditTrail } from './actor';

const TESS: StaffInput = { name: 'Tess Therapist', role: 'therapist', credentials: 'LCSW', supervised: false };

describe('staff actions on real storage', () => {
  it('adds a member, gives them a first sign-in code (no passphrase from the admin), deactivates and reactivates them, each audited', async () => {
    const { ctx, db, tick } = await actorOn('admin', 'alex');
    const granted: { id: string; role: string }[] = [];
    const { member, code } = await addStaffMember(ctx, (user) => Promise.resolve((granted.push({ id: user.id, role: user.role }), 'CODE')), TESS);
    expect(code).toBe('CODE');
    expect(granted).toEqual([{ id: member.id, role: 'therapist' }]);
    expect(await getStaff(db, member.id)).toMatchObject({ name: 'Tess Therapist', active: true });
    tick();
    await setStaffMemberActive(ctx, member, false);
    expect(await getStaff(db, member.id)).toMatchObject({ active: false });
    tick();
    await setStaffMemberActive(ctx, member, true);
    const entry = { entity: 'staff', entityId: member.id, actorId: 'alex' } as const;
    expect(await auditTrail(db)).toEqual([
      { ...entry, action: 'create', detail: 'Added therapist', at: '2026-12-04T09:00:00.000Z' },
      { ...entry, action: 'edit', detail: 'Deactivated', at: '2026-12-04T09:01:00.000Z' },
      { ...entry, action: 'edit', detail: 'Reactivated', at: '2026-12-04T09:02:00.000Z' },
    ]);
  });

  it('keeps the new record when the sign-in code cannot be set up, and says so with a KeyringError', async () => {
    const { ctx, db } = await actorOn('admin', 'alex');
    const adding = addStaffMember(ctx, () => Promise.reject(new Error('Unlock Waypoint first.')), TESS);
    await expect(adding).rejects.toThrow(KeyringError);
    await expect(adding).rejects.toThrow('Unlock Waypoint first.');
    const [created] = await auditTrail(db);
    expect(created).toMatchObject({ action: 'create', detail: 'Added therapist' });
    expect(await getStaff(db, created?.entityId ?? '')).toMatchObject({ name: 'Tess Therapist' });
  });
});
