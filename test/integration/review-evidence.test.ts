import { firstValueFrom, skip } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { insertClient, insertAttendance, insertMedication, insertMedicationEvent, insertSession, RecordNotFoundError } from '../../renderer/db';
import { administerMeasure } from '../../renderer/features/measures/measure-actions';
import { acknowledgeSafetyAlert } from '../../renderer/features/safety-alerts/safety-ack-actions';
import { loadReviewEvidence, watchReviewEvidence } from '../../renderer/progress/review-evidence';
import { getInstrument } from '../../shared/instruments';
import { addDays } from '../../shared/progress/plans/days';
import { actorOn } from './actions/actor';
import { sertralineRecord } from '../utils/medication-input';
import { groupSessionInput } from '../unit/shared/progress/snapshot/fixture';

const ADMITTED = '2026-11-01';
const AS_OF = '2026-12-01';

function phq9() {
  const def = getInstrument('PHQ-9');
  if (!def) throw new Error('PHQ-9 missing from the registry');
  return def;
}

/** Nine PHQ-9 answers summing to `total` with item 9 = `item9`. */
function answersFor(total: number, item9 = 0): number[] {
  const items = Array.from({ length: 8 }, (_, i) => Math.max(0, Math.min(3, total - item9 - 3 * i)));
  return [...items, item9];
}

async function seedClient() {
  const actor = await actorOn('therapist');
  const { db } = actor;
  const ctx = { authorId: 'staff-therapist', now: new Date('2026-11-01T09:00:00Z') };
  const client = await insertClient(
    db,
    {
      firstName: 'Riley',
      lastName: 'Step',
      preferredName: '',
      pronouns: '',
      dateOfBirth: '1990-02-02',
      levelOfCare: 'IOP',
      program: 'Adult mental health',
      primaryClinicianId: 'staff-therapist',
      admissionDate: ADMITTED,
      contacts: [],
    },
    ctx,
  );
  return { ...actor, client, writeCtx: ctx };
}

describe('review evidence loader on real storage', () => {
  it('reads the records, anchors on admission and suggests step-down for 18 → 13 → 9 → 8 with 10 of 12 attended', async () => {
    const { ctx, db, client, writeCtx } = await seedClient();
    const ids: string[] = [];
    for (const [day, total] of [
      ['2026-11-02', 18],
      ['2026-11-12', 13],
      ['2026-11-22', 9],
      ['2026-11-29', 8],
    ] as const) {
      ids.push(
        (await administerMeasure(ctx, client.id, { def: phq9(), answers: answersFor(total), respondent: 'client', administeredOn: day, correction: null })).id,
      );
    }
    const days = [
      '2026-11-04',
      '2026-11-06',
      '2026-11-09',
      '2026-11-11',
      '2026-11-13',
      '2026-11-16',
      '2026-11-18',
      '2026-11-20',
      '2026-11-23',
      '2026-11-25',
      '2026-11-27',
      '2026-11-30',
    ];
    for (const [i, day] of days.entries()) {
      const startsAt = new Date(`${day}T12:00:00`).toISOString();
      const session = await insertSession(db, groupSessionInput(startsAt), writeCtx);
      await insertAttendance(
        db,
        {
          sessionId: session.id,
          clientId: client.id,
          sessionAt: startsAt,
          status: i < 10 ? 'present' : 'absent-unexcused',
          engagement: i < 10 ? 4 : null,
          participationNote: '',
          communicationNote: '',
          regulationNote: '',
          connectionProblems: [],
        },
        writeCtx,
      );
    }
    const med = await insertMedication(db, sertralineRecord(client.id, { dose: 100, prescriber: 'Dr A', startedOn: '2026-10-01' }), writeCtx);
    const dose = await insertMedicationEvent(
      db,
      {
        kind: 'dose-change',
        clientId: client.id,
        medicationId: med.id,
        sessionId: '',
        occurredOn: '2026-11-15',
        detail: { fromDose: 50, toDose: 100, unit: 'mg', reason: 'partial response' },
        note: '',
      },
      writeCtx,
    );

    const { evidence, snapshot } = await loadReviewEvidence(db, client.id, AS_OF);

    expect(snapshot).toMatchObject({
      track: 'mh',
      daysInProgram: 30,
      primary: { instrument: 'PHQ-9', baseline: 18, scores: [13, 9, 8], lastAdministeredDaysAgo: 2 },
      attendance: { scheduled: 12, attended: 10, excused: 0 },
      consecutiveMissed: 2,
      openSafetyAlert: false,
      substanceUse: null,
    });
    expect(evidence.episode).toMatchObject({ episodeId: null, admittedOn: ADMITTED, levelOfCare: 'IOP' });
    expect(evidence.measures[0]?.administrations.map((a) => a.responseId)).toEqual(ids);
    expect(evidence.attendance.records.attended).toHaveLength(10);
    expect(evidence.engagement).toMatchObject({ meanRating: 4, ratingCount: 10 });
    expect(evidence.medication.doseChanges).toEqual([expect.objectContaining({ recordId: dose.id, description: 'Sertraline 50 → 100 mg' })]);
    expect(evidence.recommendation.result.recommendation).toBe('step_down');
  });

  it('recomputes live: an item-9 answer opens an alert and intensifies; the acknowledgement closes it', async () => {
    const { ctx, db, client } = await seedClient();
    await administerMeasure(ctx, client.id, { def: phq9(), answers: answersFor(12), respondent: 'client', administeredOn: '2026-11-02', correction: null });
    const live = watchReviewEvidence(db, client.id, AS_OF);
    expect((await firstValueFrom(live)).snapshot.openSafetyAlert).toBe(false);
    const next = firstValueFrom(live.pipe(skip(1)));
    const alerting = await administerMeasure(ctx, client.id, {
      def: phq9(),
      answers: answersFor(10, 1),
      respondent: 'client',
      administeredOn: addDays(AS_OF, -1),
      correction: null,
    });
    const after = await next;
    expect(after.evidence.safety.openAlertResponseIds).toEqual([alerting.id]);
    expect(after.evidence.recommendation.result.recommendation).toBe('intensify');
    await acknowledgeSafetyAlert(ctx, client.id, { responseIds: [alerting.id], action: 'assessed-no-current-risk', note: '' });
    const acknowledged = await loadReviewEvidence(db, client.id, AS_OF);
    expect(acknowledged.snapshot.openSafetyAlert).toBe(false);
    expect(acknowledged.snapshot.safetyEvents).toEqual([{ daysAgo: 1, severity: 'lower' }]);
  });

  it('refuses an unknown client and a malformed date', async () => {
    const { db } = await seedClient();
    await expect(loadReviewEvidence(db, 'nobody', AS_OF)).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(loadReviewEvidence(db, 'nobody', '1 Dec 2026')).rejects.toBeInstanceOf(RangeError);
  });
});
