import { describe, expect, it } from 'vitest';
import { insertClient, findClinicRecords, findEpisodeEventsForClient, getClient, PlanLockedError } from '../../../renderer/db';
import { EpisodeEventError, recordDischarge, recordLevelOfCareChange, saveLevelsOfCare } from '../../../renderer/features/episodes/episode-actions';
import { levelsOfCareOf } from '../../../renderer/features/episodes/levels-records';
import { loadReviewEvidence } from '../../../renderer/progress/review-evidence';
import { DEFAULT_LEVELS_OF_CARE as LEVELS, episodesOf } from '../../../shared/progress/episodes';
import { actorOn, auditTrail } from './actor';

const change = (type: 'admission' | 'transfer', occurredOn: string, levelOfCareCode: string) => ({
  type,
  occurredOn,
  levelOfCareCode,
  coding: null,
  reason: '',
  note: '',
});

async function admitted() {
  const actor = await actorOn('therapist');
  const client = await insertClient(
    actor.db,
    {
      firstName: 'Avery',
      lastName: 'Levels',
      preferredName: '',
      pronouns: '',
      dateOfBirth: '1988-03-03',
      levelOfCare: 'IOP',
      program: 'Adult mental health',
      primaryClinicianId: 'staff-therapist',
      admissionDate: '2026-11-01',
      contacts: [],
    },
    { authorId: 'staff-therapist', now: new Date('2026-11-01T09:00:00Z') },
  );
  return { ...actor, client };
}

describe('level-of-care episode actions on real storage', () => {
  it('admits to IOP, transfers to OP (the client record follows), each signed and audited; the snapshot anchors on the transfer', async () => {
    const { ctx, db, client, tick } = await admitted();
    const admission = await recordLevelOfCareChange(
      ctx,
      client,
      { ...change('admission', '2026-11-01', 'IOP'), coding: { scheme: 'asam3', code: '2.1' } },
      LEVELS,
    );
    tick();
    const transfer = await recordLevelOfCareChange(ctx, client, { ...change('transfer', '2026-11-20', 'OP'), reason: 'sustained improvement' }, LEVELS);
    const events = await findEpisodeEventsForClient(db, client.id);
    expect(episodesOf(events).map((e) => [e.levelOfCareCode, e.startedOn, e.endedOn, e.endType])).toEqual([
      ['IOP', '2026-11-01', '2026-11-20', 'transfer'],
      ['OP', '2026-11-20', null, null],
    ]);
    expect(events.find((e) => e.id === admission.id)?.coding).toEqual({ scheme: 'asam3', code: '2.1' });
    expect((await getClient(db, client.id))?.levelOfCare).toBe('OP');
    const trail = await auditTrail(db);
    expect(trail.map((t) => [t.action, t.entity, t.entityId])).toEqual([
      ['create', 'episode', client.id],
      ['edit', 'episode', client.id],
    ]);
    expect(trail[1]?.detail).toBe(`Transferred from IOP to OP on 2026-11-20; the client record now says the same (event ${transfer.id})`);
    expect(JSON.stringify(trail)).not.toContain('sustained improvement');
    const { evidence } = await loadReviewEvidence(db, client.id, '2026-12-01');
    expect(evidence.episode).toEqual({ episodeId: transfer.id, admittedOn: '2026-11-20', levelOfCare: 'OP', daysInProgram: 11 });
    const stored = await db.careplans.findOne(transfer.id).exec();
    await expect(stored?.incrementalPatch({ effectiveFrom: '2026-11-21' })).rejects.toBeInstanceOf(PlanLockedError);
  });

  it.each([
    [
      'a transfer before any admission',
      [],
      change('transfer', '2026-11-10', 'OP'),
      { type: 'The client has no current level of care: record an admission first.' },
    ],
    [
      'a second admission',
      [change('admission', '2026-11-01', 'IOP')],
      change('admission', '2026-11-10', 'PHP'),
      { type: 'The client is already in IOP: record a transfer or a discharge.' },
    ],
    [
      'a transfer to the same level',
      [change('admission', '2026-11-01', 'IOP')],
      change('transfer', '2026-11-10', 'IOP'),
      { levelOfCareCode: 'The client is already in IOP: choose another level.' },
    ],
    [
      'a date before the last change',
      [change('admission', '2026-11-05', 'IOP')],
      change('transfer', '2026-11-03', 'OP'),
      { occurredOn: 'The date is before the last recorded change (2026-11-05).' },
    ],
    [
      'a future date',
      [change('admission', '2026-11-01', 'IOP')],
      change('transfer', '2027-01-10', 'OP'),
      { occurredOn: 'The date is in the future: record it on the day it happens.' },
    ],
    [
      'a level the clinic does not offer',
      [change('admission', '2026-11-01', 'IOP')],
      change('transfer', '2026-11-10', 'RES'),
      { levelOfCareCode: 'Choose the level of care.' },
    ],
  ])('refuses %s with a message at the field, writing nothing', async (_name, before, input, errors) => {
    const { ctx, db, client } = await admitted();
    for (const b of before) await recordLevelOfCareChange(ctx, client, b, LEVELS);
    const count = (await findEpisodeEventsForClient(db, client.id)).length;
    const attempt = recordLevelOfCareChange(ctx, client, input, LEVELS);
    await expect(attempt).rejects.toBeInstanceOf(EpisodeEventError);
    await expect(attempt).rejects.toMatchObject({ errors });
    expect(await findEpisodeEventsForClient(db, client.id)).toHaveLength(count);
  });

  it('a discharge discharges the client record and ends the episode', async () => {
    const { ctx, db, client } = await admitted();
    await recordLevelOfCareChange(ctx, client, change('admission', '2026-11-01', 'IOP'), LEVELS);
    await recordDischarge(ctx, client, { dischargeDate: '2026-12-02', dischargeReason: 'Completed program', dischargeNote: '' }, LEVELS);
    const after = await getClient(db, client.id);
    expect(after).toMatchObject({ status: 'discharged', dischargeDate: '2026-12-02', dischargeReason: 'Completed program' });
    const episodes = episodesOf(await findEpisodeEventsForClient(db, client.id), after?.dischargeDate ?? null);
    expect(episodes.map((e) => [e.levelOfCareCode, e.endedOn, e.endType])).toEqual([['IOP', '2026-12-02', 'discharge']]);
    expect((await auditTrail(db)).map((t) => [t.action, t.entity])).toEqual([
      ['create', 'episode'],
      ['discharge', 'client'],
      ['discharge', 'episode'],
    ]);
  });

  it('the clinic’s own levels replace the defaults, audited, and a transfer to one of them is recorded and held on the client record', async () => {
    const { ctx, db, client, tick } = await admitted();
    expect(levelsOfCareOf(await findClinicRecords(db, 'settings'))).toEqual(LEVELS);
    await saveLevelsOfCare(ctx, [
      { code: 'IOP', label: 'Intensive outpatient' },
      { code: 'RES', label: 'Residential' },
    ]);
    const levels = levelsOfCareOf(await findClinicRecords(db, 'settings'));
    expect(levels.map((l) => l.code)).toEqual(['IOP', 'RES']);
    tick();
    await recordLevelOfCareChange(ctx, client, change('admission', '2026-11-01', 'IOP'), levels);
    tick();
    await recordLevelOfCareChange(ctx, client, change('transfer', '2026-11-25', 'RES'), levels);
    // Client schema v2: the record holds the clinic's own level too, so the header and the client list say RES.
    expect((await getClient(db, client.id))?.levelOfCare).toBe('RES');
    const trail = await auditTrail(db);
    expect(trail[0]?.detail).toBe('Clinic levels of care: IOP, RES');
    expect(trail.at(-1)?.detail).toMatch(/^Transferred from IOP to RES on 2026-11-25; the client record now says the same \(event /);
  });
});
