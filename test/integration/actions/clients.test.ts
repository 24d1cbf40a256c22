import { describe, expect, it } from 'vitest';
import { createClientRecord, dischargeClientRecord, updateClientRecord } from '../../../renderer/features/clients/client-actions';
import { findClinicRecords, getClient, updateClient } from '../../../renderer/db';
import type { ClientInput } from '../../../shared/domain/client';
import { clientInput } from '../../utils/client-input';
import { actorOn, auditTrail } from './actor';

const INPUT: ClientInput = clientInput({ pronouns: 'they/them' });

describe('client actions on real storage', () => {
  it('creates, edits and discharges a client, each write audited at its own instant without what was written', async () => {
    const { ctx, db, tick } = await actorOn('therapist');
    const created = await createClientRecord(ctx, INPUT);
    expect(created).toMatchObject({ firstName: 'Quincy', status: 'active', authorId: 'staff-therapist', createdAt: '2026-12-04T09:00:00.000Z' });
    tick();
    const edited = await updateClientRecord(ctx, created, { ...INPUT, preferredName: 'Q', levelOfCare: 'PHP' });
    expect(edited).toMatchObject({ preferredName: 'Q', levelOfCare: 'PHP', updatedAt: '2026-12-04T09:01:00.000Z' });
    tick();
    await updateClientRecord(ctx, edited, { ...INPUT, preferredName: 'Q', levelOfCare: 'PHP' });
    tick();
    const discharged = await dischargeClientRecord(ctx, edited, {
      dischargeDate: '2026-12-04',
      dischargeReason: 'Completed program',
      dischargeNote: 'Doing well',
    });
    expect(discharged).toMatchObject({ status: 'discharged', dischargeReason: 'Completed program' });
    expect(await getClient(db, created.id)).toMatchObject({ status: 'discharged' });
    const entry = { entity: 'client', entityId: created.id, actorId: 'staff-therapist' } as const;
    expect(await auditTrail(db)).toEqual([
      { ...entry, action: 'create', detail: 'Created the client record', at: '2026-12-04T09:00:00.000Z' },
      { ...entry, action: 'edit', detail: 'Changed preferredName, levelOfCare', at: '2026-12-04T09:01:00.000Z' },
      { ...entry, action: 'edit', detail: 'Saved without changes', at: '2026-12-04T09:02:00.000Z' },
      { ...entry, action: 'discharge', detail: 'Discharged: Completed program', at: '2026-12-04T09:03:00.000Z' },
    ]);
  });

  it('keeps a version that arrived while the form was open as a conflict copy, then saves the form over it', async () => {
    const { ctx, db, tick } = await actorOn('therapist');
    const opened = await createClientRecord(ctx, INPUT);
    tick();
    // Another laptop's edit arrives while the form is open on `opened`.
    await updateClient(db, opened.id, { ...INPUT, pronouns: 'she/her' }, { authorId: 'staff-other', now: ctx.now() });
    tick();
    const saved = await updateClientRecord(ctx, opened, { ...INPUT, preferredName: 'Q' });
    expect(saved).toMatchObject({ preferredName: 'Q', pronouns: 'they/them' });
    const copies = await findClinicRecords(db, 'conflict-copy');
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ refCollection: 'clients', refId: opened.id, data: { pronouns: 'she/her' } });
    // The audit names what the form changed against the version it overwrote.
    expect((await auditTrail(db)).at(-1)).toMatchObject({ action: 'edit', detail: 'Changed preferredName, pronouns' });
  });

  it('an unchanged form against the arrived version keeps no copy', async () => {
    const { ctx, db } = await actorOn('therapist');
    const opened = await createClientRecord(ctx, INPUT);
    await updateClientRecord(ctx, opened, INPUT);
    expect(await findClinicRecords(db, 'conflict-copy')).toEqual([]);
  });
});
