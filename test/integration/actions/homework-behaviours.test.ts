import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { watchClinicRecords, watchHomeworkCompletionsForClient, watchHomeworkForClient, watchTargetBehaviourEntriesForClient } from '../../../renderer/db';
import { CLIENT_BEHAVIOURS_COLLECTION, CLINIC_BEHAVIOURS_REF, behavioursOf } from '../../../renderer/features/behaviours/behaviour-records';
import {
  changeTrackedBehaviour,
  recordBehaviourDays,
  recordCheckInCounts,
  recordImportedCounts,
  saveClientBehaviours,
  saveClinicBehaviours,
  stopTrackingBehaviour,
} from '../../../renderer/features/behaviours/behaviour-actions';
import { saveCheckIns } from '../../../renderer/features/check-ins/checkin-actions';
import { assignHomework, closeHomework, reviewHomework } from '../../../renderer/features/homework/homework-actions';
import { BEHAVIOUR_PRESETS, withCounting, withWeeklyTarget } from '../../../shared/progress/plans/behaviour-presets';
import { behaviourSeries } from '../../../shared/progress/plans/behaviour-series';
import { parseWeeklyTotal } from '../../../shared/progress/plans/checkin-counts';
import { homeworkCompletion } from '../../../shared/progress/plans/homework-completion';
import type { HomeworkAssignment, HomeworkCompletion } from '../../../shared/progress/plans/types';
import type { TrackedBehaviour } from '../../../shared/progress/plans/behaviour-presets';
import { actorOn, auditTrail } from './actor';

const GROUNDING: HomeworkAssignment = {
  homeworkId: 'hw-1',
  clientId: '',
  title: 'Grounding 5-4-3-2-1',
  instructions: 'Twice when anxious',
  category: 'skills_practice',
  skill: 'Grounding',
  objectiveIds: [],
  assignedInSessionId: 'session-1',
  assignedBy: 'someone-else',
  assignedOn: '2026-12-04',
  schedule: { type: 'once', dueOn: '2026-12-11' },
  status: 'assigned',
  attachments: [],
};
const PANIC: TrackedBehaviour = (() => {
  const found = BEHAVIOUR_PRESETS.find((b) => b.behaviourId === 'panic_attacks');
  if (!found) throw new Error('the panic-attacks preset is missing');
  return found;
})();
const REVIEW: HomeworkCompletion = {
  homeworkId: 'hw-1',
  date: '2026-12-11',
  reporter: 'clinician',
  done: true,
  units: 2,
  quality: 2,
  barrier: null,
  note: null,
  reviewedInSessionId: 'session-2',
  enteredAt: '2026-12-11T10:00:00Z',
};

describe('homework actions on real storage', () => {
  it('assigns in a session, reviews as completed in the next: the completion is stored, the status moves, each write audited', async () => {
    const { ctx, db, tick } = await actorOn('therapist', 'dr-ray');
    const saved = await assignHomework(ctx, 'c1', GROUNDING);
    expect(saved).toMatchObject({ clientId: 'c1', assignedBy: 'dr-ray', skill: 'Grounding', status: 'assigned', assignedInSessionId: 'session-1' });
    tick();
    const updated = await reviewHomework(ctx, 'c1', { assignment: saved, completion: REVIEW, outcome: 'done', earlier: [], today: '2026-12-11' });
    expect(updated.status).toBe('completed');
    const [assignments, completions] = await Promise.all([
      firstValueFrom(watchHomeworkForClient(db, 'c1')),
      firstValueFrom(watchHomeworkCompletionsForClient(db, 'c1')),
    ]);
    expect(assignments.map((a) => [a.title, a.status])).toEqual([['Grounding 5-4-3-2-1', 'completed']]);
    expect(completions).toEqual([REVIEW]);
    expect(homeworkCompletion(assignments, completions, '2026-12-11', 28)).toEqual({ done: 1, expected: 1, pct: 100 });
    const trail = await auditTrail(db);
    expect(trail.map(({ action, entity, entityId, actorId, detail }) => ({ action, entity, entityId, actorId, detail }))).toEqual([
      {
        action: 'create',
        entity: 'plan',
        entityId: 'hw-1',
        actorId: 'dr-ray',
        detail: 'Homework (skills_practice) assigned to client c1, due 2026-12-11 in session session-1',
      },
      {
        action: 'edit',
        entity: 'plan',
        entityId: 'hw-1',
        actorId: 'dr-ray',
        detail: 'Homework reviewed for client c1: done, status completed in session session-2',
      },
    ]);
    expect(JSON.stringify(trail)).not.toContain('Grounding 5-4-3-2-1');
  });

  it('an excused assignment counts toward no completion %', async () => {
    const { ctx, db } = await actorOn('therapist');
    const saved = await assignHomework(ctx, 'c1', { ...GROUNDING, schedule: { type: 'once', dueOn: '2026-12-04' } });
    await closeHomework(ctx, saved, 'excused');
    const assignments = await firstValueFrom(watchHomeworkForClient(db, 'c1'));
    expect(homeworkCompletion(assignments, [], '2026-12-04', 28).pct).toBeNull();
  });
});

describe('target-behaviour actions on real storage', () => {
  it('the clinic list, a client’s tracked behaviour with its target, and days recorded with a gap kept unknown', async () => {
    const { ctx, db, tick } = await actorOn('therapist', 'dr-ray');
    const own = { ...PANIC, behaviourId: 'custom:nail_biting', label: 'Nail biting' };
    await saveClinicBehaviours(ctx, [own]);
    tick();
    const panic = withWeeklyTarget(PANIC, { aggregate: 'sum_per_week', comparator: '<=', value: 1 });
    await saveClientBehaviours(ctx, 'c1', [panic]);
    tick();
    const day = (date: string, value: number) =>
      ({ behaviourId: 'panic_attacks', date, reporter: 'clinician', value, recall: 'timeline_followback', enteredAt: '2026-12-04T09:02:00Z' }) as const;
    await recordBehaviourDays(ctx, 'c1', [day('2026-11-16', 3), day('2026-11-17', 1)]);
    tick();
    await recordBehaviourDays(ctx, 'c1', [day('2026-12-01', 0)]);
    const records = await firstValueFrom(watchClinicRecords(db, 'settings'));
    expect(behavioursOf(records, CLINIC_BEHAVIOURS_REF)).toEqual([own]);
    expect(behavioursOf(records, { collection: CLIENT_BEHAVIOURS_COLLECTION, id: 'c1' })).toEqual([panic]);
    expect(behavioursOf(records, { collection: CLIENT_BEHAVIOURS_COLLECTION, id: 'c2' })).toEqual([]);
    const entries = await firstValueFrom(watchTargetBehaviourEntriesForClient(db, 'c1'));
    const series = behaviourSeries(panic, entries, '2026-12-04', { weeks: 3, days: 7 });
    expect(series.weeks.map((w) => [w.end, w.value, w.satisfied])).toEqual([
      ['2026-11-20', 4, false],
      ['2026-11-27', null, null],
      ['2026-12-04', 0, null],
    ]);
    expect((await auditTrail(db)).map(({ entity, detail }) => `${entity}: ${detail}`)).toEqual([
      'vault: Clinic target-behaviour list: 1 of the clinic’s own',
      'plan: Target behaviours tracked for client c1: panic_attacks',
      'response: Target behaviour panic_attacks: 2 day(s) from 2026-11-16 to 2026-11-17 for client c1',
      'response: Target behaviour panic_attacks: 1 day(s) from 2026-12-01 to 2026-12-01 for client c1',
    ]);
  });

  it('counts from a check-in are the client’s entries for its day, a weekly total counts for its week; audited without values', async () => {
    const { ctx, db, tick } = await actorOn('therapist', 'dr-ray');
    const binges = withCounting(
      withWeeklyTarget({ ...PANIC, behaviourId: 'binge_episodes', label: 'Binge episodes' }, { aggregate: 'sum_per_week', comparator: '<=', value: 2 }),
      'week',
    );
    await saveClientBehaviours(ctx, 'c1', [PANIC, binges]);
    tick();
    const at = '2026-12-04T09:00:00Z';
    await recordCheckInCounts(ctx, 'c1', { id: 'checkin-1', day: '2026-12-04' }, [
      { behaviourId: 'panic_attacks', date: '2026-12-04', reporter: 'client', value: 2, recall: 'same_day', enteredAt: at },
      { behaviourId: 'binge_episodes', date: '2026-12-04', reporter: 'client', value: 3, recall: 'same_day', enteredAt: at, span: 'week' },
    ]);
    expect(await recordCheckInCounts(ctx, 'c1', { id: 'checkin-2', day: '2026-12-04' }, [])).toEqual([]);
    const entries = await firstValueFrom(watchTargetBehaviourEntriesForClient(db, 'c1'));
    // Entered at the same instant: read back in no particular order.
    expect(entries.map((e) => [e.behaviourId, e.date, e.reporter, e.value, e.span ?? 'day']).sort()).toEqual([
      ['binge_episodes', '2026-12-04', 'client', 3, 'week'],
      ['panic_attacks', '2026-12-04', 'client', 2, 'day'],
    ]);
    const week = behaviourSeries(binges, entries, '2026-12-04', { weeks: 1, days: 7 });
    expect(week.weeks.map((w) => [w.value, w.weeklyTotal, w.satisfied])).toEqual([[3, true, false]]);
    expect(week.daysRecorded).toBe(0);
    const trail = await auditTrail(db);
    expect(trail.map(({ entity, detail }) => `${entity}: ${detail}`).slice(1)).toEqual([
      'response: Target behaviours from check-in checkin-1 for 2026-12-04: panic_attacks, binge_episodes (week’s total) for client c1',
    ]);
  });

  it('an imported CSV row’s behaviour cells are saved with its check-in, for its day; a bad cell writes nothing', async () => {
    const { ctx, db, tick } = await actorOn('therapist', 'dr-ray');
    const binges = withCounting({ ...PANIC, behaviourId: 'binge_episodes', label: 'Binge episodes' }, 'week');
    const answers = { mood: 5, anxiety: 4, stress: 4, cravings: 1, sleepHours: 7, copingSkills: [] };
    const [checkIn] = await saveCheckIns(ctx, [{ clientId: 'c1', day: '2026-12-02', answers, journal: '' }], 'imported from CSV');
    if (!checkIn) throw new Error('the check-in was not saved');
    tick();
    await expect(recordImportedCounts(ctx, 'c1', [PANIC, binges], checkIn, { 'Panic attacks': '-1' })).rejects.toThrow(
      'the behaviour columns of 2026-12-02 cannot be saved: “-1” is not valid: enter a whole number of 0 or more',
    );
    expect(await firstValueFrom(watchTargetBehaviourEntriesForClient(db, 'c1'))).toEqual([]);
    await recordImportedCounts(ctx, 'c1', [PANIC, binges], checkIn, { 'Panic attacks': '2', 'Binge episodes (week)': '3', Weather: 'rain' });
    const entries = await firstValueFrom(watchTargetBehaviourEntriesForClient(db, 'c1'));
    expect(entries.map((e) => [e.behaviourId, e.date, e.reporter, e.value, e.span ?? 'day']).sort()).toEqual([
      ['binge_episodes', '2026-12-02', 'client', 3, 'week'],
      ['panic_attacks', '2026-12-02', 'client', 2, 'day'],
    ]);
    const trail = await auditTrail(db);
    expect(trail.map(({ entity, detail }) => `${entity}: ${detail}`)).toEqual([
      'response: Check-in for 2026-12-02 (imported from CSV) for client c1',
      `response: Target behaviours from check-in ${checkIn.id} for 2026-12-02: panic_attacks, binge_episodes (week’s total) for client c1`,
    ]);
  });

  it('a tracked behaviour’s target changed, then tracking stopped: each audited before → after, the entries and the older list kept', async () => {
    const { ctx, db, tick } = await actorOn('therapist', 'dr-ray');
    const panic = withWeeklyTarget(PANIC, { aggregate: 'sum_per_week', comparator: '<=', value: 1 });
    await saveClientBehaviours(ctx, 'c1', [panic]);
    tick();
    await recordBehaviourDays(ctx, 'c1', [
      { behaviourId: 'panic_attacks', date: '2026-12-01', reporter: 'clinician', value: 1, recall: 'timeline_followback', enteredAt: '2026-12-04T09:00:00Z' },
    ]);
    tick();
    const eased = withCounting(withWeeklyTarget(panic, { aggregate: 'sum_per_week', comparator: '<=', value: 3 }), 'week');
    await changeTrackedBehaviour(ctx, 'c1', [panic], eased);
    tick();
    const afterChange = await firstValueFrom(watchClinicRecords(db, 'settings'));
    expect(behavioursOf(afterChange, { collection: CLIENT_BEHAVIOURS_COLLECTION, id: 'c1' })).toEqual([eased]);
    await stopTrackingBehaviour(ctx, 'c1', [eased], 'panic_attacks');
    const records = await firstValueFrom(watchClinicRecords(db, 'settings'));
    expect(behavioursOf(records, { collection: CLIENT_BEHAVIOURS_COLLECTION, id: 'c1' })).toEqual([]);
    expect(records.filter((r) => r.refCollection === CLIENT_BEHAVIOURS_COLLECTION)).toHaveLength(3);
    expect(await firstValueFrom(watchTargetBehaviourEntriesForClient(db, 'c1'))).toHaveLength(1);
    await expect(changeTrackedBehaviour(ctx, 'c1', [], eased)).rejects.toThrow('Panic attacks is not tracked for this client');
    expect((await auditTrail(db)).map(({ entity, detail }) => `${entity}: ${detail}`).slice(2)).toEqual([
      'plan: Target behaviour panic_attacks for client c1: weekly target ≤ 1 a week → ≤ 3 a week; counted day by day → weekly totals',
      'plan: Target behaviour panic_attacks no longer tracked for client c1; its entries are kept',
    ]);
  });

  it('a week’s total entered on the Behaviours tab is stored as the week to its day and counted for that week; audited without the value', async () => {
    const { ctx, db } = await actorOn('therapist', 'dr-ray');
    const parsed = parseWeeklyTotal(PANIC, '2026-12-03', { value: '4', intensity: '' }, '2026-12-04', {
      reporter: 'clinician',
      enteredAt: '2026-12-04T09:00:00Z',
    });
    if (!parsed.ok) throw new Error('expected a valid total');
    await recordBehaviourDays(ctx, 'c1', [parsed.value]);
    const entries = await firstValueFrom(watchTargetBehaviourEntriesForClient(db, 'c1'));
    expect(entries.map((e) => [e.behaviourId, e.date, e.value, e.span, e.recall])).toEqual([['panic_attacks', '2026-12-03', 4, 'week', 'next_day']]);
    const target = withWeeklyTarget(PANIC, { aggregate: 'sum_per_week', comparator: '<=', value: 1 });
    expect(behaviourSeries(target, entries, '2026-12-03', { weeks: 1, days: 7 }).weeks.map((w) => [w.value, w.weeklyTotal, w.satisfied])).toEqual([
      [4, true, false],
    ]);
    expect((await auditTrail(db)).map((e) => e.detail)).toEqual(['Target behaviour panic_attacks: the week’s total to 2026-12-03 for client c1']);
  });
});
