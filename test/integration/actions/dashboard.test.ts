import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { insertClient, findClinicRecords, insertClinicRecord } from '../../../renderer/db';
import { alertInputOf, newestEvidenceAt } from '../../../renderer/features/dashboard/alert-inputs';
import { feedsFromEvidence } from '../../../renderer/features/dashboard/progress-feeds';
import { administerMeasure } from '../../../renderer/features/measures/measure-actions';
import { getInstrument } from '../../../shared/instruments';
import { watchCaseload } from '../../../renderer/features/dashboard/caseload-loader';
import { SnoozeRefusedError, snoozeAlert } from '../../../renderer/features/dashboard/dashboard-actions';
import { toSnoozes } from '../../../renderer/features/dashboard/snooze-records';
import { arrangeCaseloadAlerts, computeClientAlerts } from '../../../shared/progress/alerts';
import { alertInput } from '../../utils/alert-input';
import { actorOn, auditTrail } from './actor';

const overdue = alertInput({ reviewDueOn: '2026-12-01', attendance: [{ at: '2026-12-03T16:00:00Z', outcome: 'attended' }] });
const clock = { now: new Date('2026-12-04T15:00:00Z'), timeZone: 'UTC' };

describe('dashboard actions on real storage', () => {
  it('snoozes an alert with a reason: stored sealed, audited without the reason, hidden until the end day', async () => {
    const { ctx, db } = await actorOn('therapist');
    const snooze = await snoozeAlert(ctx, 'c1', '2026-12-04', { alertId: 'review.overdue', days: 3, reason: ' Review booked for Monday ' });
    expect(snooze).toMatchObject({
      clientId: 'c1',
      alertId: 'review.overdue',
      until: '2026-12-07',
      reason: 'Review booked for Monday',
      authorId: 'staff-therapist',
    });
    const stored = toSnoozes(await findClinicRecords(db, 'alert-snooze'));
    expect(stored).toEqual([snooze]);
    const trail = await auditTrail(db);
    expect(trail.map(({ action, entity, entityId }) => ({ action, entity, entityId }))).toEqual([{ action: 'edit', entity: 'client', entityId: 'c1' }]);
    expect(trail[0]?.detail).toBe(`Snoozed “Review overdue” for 3 day(s), until 2026-12-07 (snooze ${snooze.id}, reason recorded)`);
    expect(JSON.stringify(trail)).not.toContain('Monday');
    expect(arrangeCaseloadAlerts([overdue], stored, clock).needsAction).toEqual([]);
    expect(arrangeCaseloadAlerts([overdue], stored, { ...clock, now: new Date('2026-12-07T09:00:00Z') }).needsAction.map((a) => a.id)).toEqual([
      'review.overdue',
    ]);
  });

  it('refuses a safety alert, a snooze over 7 days and a blank reason, writing nothing', async () => {
    const { ctx, db } = await actorOn('therapist');
    await expect(snoozeAlert(ctx, 'c1', '2026-12-04', { alertId: 'safety.open_alert', days: 1, reason: 'x' })).rejects.toBeInstanceOf(SnoozeRefusedError);
    await expect(snoozeAlert(ctx, 'c1', '2026-12-04', { alertId: 'review.overdue', days: 8, reason: 'x' })).rejects.toThrow('Snooze for 1 to 7 days.');
    await expect(snoozeAlert(ctx, 'c1', '2026-12-04', { alertId: 'review.overdue', days: 2, reason: '  ' })).rejects.toThrow('Say why the alert can wait.');
    expect(await findClinicRecords(db, 'alert-snooze')).toEqual([]);
    expect(await auditTrail(db)).toEqual([]);
  });

  it('merges snoozes written on two laptops as a union (each is its own record; the later end wins)', async () => {
    const { ctx, db, tick } = await actorOn('therapist');
    const mine = await snoozeAlert(ctx, 'c1', '2026-12-04', { alertId: 'review.overdue', days: 1, reason: 'Tomorrow' });
    tick();
    // The same alert snoozed on another laptop arrives by replication as a separate record.
    const record = {
      kind: 'alert-snooze',
      status: 'open',
      refCollection: 'clients',
      refId: 'c1',
      data: { alertId: 'review.overdue', until: '2026-12-09', days: 5 },
      reason: 'Client away',
    } as const;
    await insertClinicRecord(db, record, { authorId: 'staff-other', now: ctx.now(), id: 'snooze-from-b' });
    const { snoozes } = await firstValueFrom(watchCaseload(db, { kind: 'all' }, '2026-12-04'));
    const merged = toSnoozes(snoozes);
    expect(merged.map((s) => s.id).sort()).toEqual([mine.id, 'snooze-from-b'].sort());
    const out = arrangeCaseloadAlerts([overdue], merged, { ...clock, now: new Date('2026-12-06T09:00:00Z') });
    expect(out.snoozed.map((s) => s.snooze.id)).toEqual(['snooze-from-b']);
  });

  it('puts off one occurrence: the alert that clears and fires again within the snooze shows again; an older record without its day still hides', async () => {
    const { ctx, db } = await actorOn('therapist');
    // review.overdue for a review due 1 Dec starts 2 Dec; snoozed on 4 Dec for 5 days.
    const saved = await snoozeAlert(ctx, 'c1', '2026-12-04', { alertId: 'review.overdue', days: 5, reason: 'Review booked' });
    const stored = toSnoozes(await findClinicRecords(db, 'alert-snooze'));
    expect(stored).toEqual([{ ...saved, snoozedOn: '2026-12-04' }]);
    const later = { ...clock, now: new Date('2026-12-07T15:00:00Z') };
    expect(arrangeCaseloadAlerts([overdue], stored, later).needsAction).toEqual([]);
    // The review was signed on 4 Dec with the next one due 5 Dec; not done, so the alert fires again from 6 Dec.
    const again = { ...overdue, reviewDueOn: '2026-12-05' };
    expect(arrangeCaseloadAlerts([again], stored, later).needsAction.map((a) => a.since)).toEqual(['2026-12-06']);
    // A snooze written by an earlier version (no snoozedOn): made on its end day less its days, 4 Dec.
    const old = {
      kind: 'alert-snooze',
      status: 'open',
      refCollection: 'clients',
      refId: 'c2',
      data: { alertId: 'review.overdue', until: '2026-12-09', days: 5 },
      reason: 'Away',
    } as const;
    await insertClinicRecord(db, old, { authorId: 'staff-other', now: ctx.now(), id: 'snooze-old' });
    const legacy = toSnoozes(await findClinicRecords(db, 'alert-snooze')).find((x) => x.id === 'snooze-old');
    expect(legacy?.snoozedOn).toBe('2026-12-04');
  });
});

describe('the caseload read from real storage', () => {
  it('feeds the review evidence to the alerts: a reliable PHQ-9 deterioration also raises the engine’s intensify alert (no session attended: missed sessions)', async () => {
    const { ctx, db } = await actorOn('therapist');
    const client = await insertClient(
      db,
      {
        firstName: 'Riley',
        lastName: 'Worse',
        preferredName: '',
        pronouns: '',
        dateOfBirth: '1990-02-02',
        levelOfCare: 'IOP',
        program: 'Adult mental health',
        primaryClinicianId: 'staff-therapist',
        admissionDate: '2026-11-20',
        contacts: [],
      },
      { authorId: 'staff-therapist', now: new Date('2026-11-20T09:00:00Z') },
    );
    const def = getInstrument('PHQ-9');
    if (!def) throw new Error('PHQ-9 missing from the registry');
    const answers = (total: number) => Array.from({ length: 9 }, (_, i) => (i < 8 ? Math.max(0, Math.min(3, total - 3 * i)) : 0));
    await administerMeasure(ctx, client.id, { def, answers: answers(6), respondent: 'client', administeredOn: '2026-11-21', correction: null });
    await administerMeasure(ctx, client.id, { def, answers: answers(18), respondent: 'client', administeredOn: '2026-12-03', correction: null });

    const now = new Date('2026-12-04T15:00:00Z');
    const { clients } = await firstValueFrom(watchCaseload(db, { kind: 'clinicians', ids: ['staff-therapist'] }, '2026-12-04'));
    const [records] = clients;
    if (!records) throw new Error('the client is not in the caseload');
    expect(records.evidence?.snapshot.primary?.scores).toEqual([18]);
    const input = alertInputOf(records, feedsFromEvidence(records.evidence, records.reviews, newestEvidenceAt(records, now)), now, '2026-12-04');
    expect(input.recommendation).toMatchObject({ value: 'intensify', rule: 'intensify.reliable_deterioration' });
    expect(computeClientAlerts(input, { now, timeZone: 'UTC' }).map((a) => a.id)).toEqual([
      'review.recommend_intensify',
      'engagement.missed_sessions',
      'measure.reliable_deterioration',
    ]);
  });
});
