import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  PlanLockedError,
  PlanValidationError,
  getPlanVersion,
  insertHomework,
  insertHomeworkCompletion,
  insertPlanDraft,
  insertTargetBehaviourEntry,
  savePlanDraft,
  setHomeworkStatus,
  setPlanVersionStatus,
  signPlanVersion,
  watchHomeworkCompletionsForClient,
  watchHomeworkForClient,
  watchPlanVersionsForClient,
  watchTargetBehaviourEntriesForClient,
  type WaypointDatabase,
} from '../../renderer/db';
import { diffVersions } from '../../shared/progress/plans/plan-diff';
import { objectiveProgress } from '../../shared/progress/plans/objective-progress';
import { verifyPlanHash } from '../../shared/progress/plans/plan-hash';
import { newVersionFrom } from '../../shared/progress/plans/versioning';
import { phqObjective, planVersion } from '../unit/shared/progress/plan-fixture';
import { newKey, openDb, dumpIndexedDb, danaSigns } from './db-helpers';

const T0 = '2026-12-01T10:00:00.000Z';
const ctx = { authorId: 's1', now: new Date(T0) };
const author = danaSigns(T0, 'I wrote and reviewed this plan.');

async function signedV1(db: WaypointDatabase) {
  await insertPlanDraft(db, planVersion(), ctx);
  return signPlanVersion(db, 'v1', author, ['author'], ctx);
}

describe('the signed-version guard on local storage', () => {
  it('signing freezes the content under a verified hash; nothing can change it afterwards', async () => {
    const db = await openDb('plans-guard', await newKey());
    const v1 = await signedV1(db);
    expect(v1).toMatchObject({ status: 'active', signatures: [{ role: 'author', contentHash: v1.contentHash }] });
    expect(await verifyPlanHash(v1)).toBe(true);

    await expect(savePlanDraft(db, { ...v1, clientStatement: 'Changed' }, ctx)).rejects.toThrow(
      'Version 1 of this plan is signed and cannot change; start a new version.',
    );
    const doc = await db.careplans.findOne('v1').exec();
    await expect(doc?.incrementalPatch({ content: { ...doc.content, clientStatement: 'Changed' } })).rejects.toThrow(PlanLockedError);
    await expect(doc?.incrementalPatch({ reviewDueOn: '2027-06-01' })).rejects.toThrow('cannot change');
    await expect(doc?.incrementalPatch({ status: 'draft' })).rejects.toThrow('cannot go from active to draft');
    await expect(doc?.incrementalPatch({ signatures: [] })).rejects.toThrow('signatures cannot be changed or removed');
    await expect(doc?.remove()).rejects.toThrow('cannot be deleted');
    expect((await getPlanVersion(db, 'v1'))?.clientStatement).toBe('I want to get back to work.');
  });

  it('a co-signed plan waits for the supervisor, then becomes active', async () => {
    const db = await openDb('plans-cosign', await newKey());
    await insertPlanDraft(db, planVersion(), ctx);
    const roles = ['author', 'supervisor'] as const;
    const waiting = await signPlanVersion(db, 'v1', author, roles, ctx);
    expect(waiting.status).toBe('awaiting_signatures');
    await expect(signPlanVersion(db, 'v1', { ...author, role: 'supervisor', shownContentHash: 'f'.repeat(64) }, roles, ctx)).rejects.toThrow(
      'The plan changed since it was shown',
    );
    const active = await signPlanVersion(
      db,
      'v1',
      { ...author, role: 'supervisor', signerId: 's9', signerName: 'Sam Ortiz', shownContentHash: waiting.contentHash },
      roles,
      ctx,
    );
    expect(active.status).toBe('active');
  });

  it('a revision is a new signed version; the old one is superseded, still readable, and the difference is shown', async () => {
    const db = await openDb('plans-revise', await newKey());
    const v1 = await signedV1(db);
    const draft = newVersionFrom(v1, { versionId: 'v2', effectiveFrom: '2026-12-31', basedOnReviewId: 'r1' });
    await insertPlanDraft(db, { ...draft, changeSummary: 'Added a strength', strengths: [...draft.strengths, 'Humour'] }, ctx);
    await signPlanVersion(db, 'v2', author, ['author'], ctx);

    const versions = await firstValueFrom(watchPlanVersionsForClient(db, 'c1'));
    expect(versions.map((v) => [v.versionId, v.version, v.status])).toEqual([
      ['v1', 1, 'superseded'],
      ['v2', 2, 'active'],
    ]);
    const [old, next] = versions;
    if (!old || !next) throw new Error('two versions expected');
    expect(await verifyPlanHash(old)).toBe(true);
    expect(diffVersions(old, next).filter((c) => c.section !== 'plan')).toEqual([
      { section: 'strengths', change: 'added', id: 'Humour', label: 'Humour', fields: [] },
    ]);
    await expect(setPlanVersionStatus(db, 'v1', 'entered_in_error', '', ctx)).rejects.toThrow('Say why');
    expect((await setPlanVersionStatus(db, 'v2', 'closed', 'Discharged', ctx)).status).toBe('closed');
  });
});

describe('bad input gets a message at its field', () => {
  it.each([
    [
      'a target date before the plan starts',
      { effectiveFrom: '2027-02-01', reviewDueOn: '2027-03-01' },
      'problems.0.goals.0.objectives.0.targetDate',
      'The target date cannot be before the plan starts (2027-02-01).',
    ],
  ] as const)('refuses to save %s', async (_name, over, path, message) => {
    const db = await openDb('plans-bad-save', await newKey());
    const attempt = insertPlanDraft(db, planVersion(over), ctx);
    await expect(attempt).rejects.toBeInstanceOf(PlanValidationError);
    await expect(attempt).rejects.toMatchObject({ errors: { [path]: message } });
    expect(await getPlanVersion(db, 'v1')).toBeNull();
  });

  it('refuses to sign an incomplete plan and keeps the draft as typed', async () => {
    const db = await openDb('plans-bad-sign', await newKey());
    await insertPlanDraft(db, planVersion({ strengths: [], clientStatement: 'Only this' }), ctx);
    await expect(signPlanVersion(db, 'v1', author, ['author'], ctx)).rejects.toMatchObject({ errors: { strengths: 'List at least one strength.' } });
    expect(await getPlanVersion(db, 'v1')).toMatchObject({ status: 'draft', clientStatement: 'Only this', contentHash: '' });
  });
});

describe('homework and target-behaviour entries', () => {
  it('are sealed at rest, read back as domain objects and drive objective progress with no typing', async () => {
    const db = await openDb('plans-entries', await newKey());
    await insertHomework(
      db,
      {
        homeworkId: 'h1',
        clientId: 'c1',
        title: 'SECRET-thought record',
        instructions: 'Daily',
        category: 'thought_record',
        objectiveIds: ['o2'],
        assignedInSessionId: null,
        assignedBy: 's1',
        assignedOn: '2026-12-01',
        schedule: { type: 'daily', from: '2026-12-01', to: '2026-12-14' },
        status: 'assigned',
        attachments: [],
      },
      ctx,
    );
    for (let day = 1; day <= 14; day++) {
      const date = `2026-12-${String(day).padStart(2, '0')}`;
      await insertTargetBehaviourEntry(
        db,
        'c1',
        { behaviourId: 'panic_attacks', date, reporter: 'client', value: day === 3 ? 1 : 0, recall: 'same_day', enteredAt: `${date}T21:00:00.000Z` },
        ctx,
      );
      if (day <= 12)
        await insertHomeworkCompletion(
          db,
          'c1',
          {
            homeworkId: 'h1',
            date,
            reporter: 'client',
            done: true,
            units: 1,
            quality: null,
            barrier: null,
            note: 'SECRET-note',
            reviewedInSessionId: null,
            enteredAt: `${date}T21:00:00.000Z`,
          },
          ctx,
        );
    }
    expect((await setHomeworkStatus(db, 'h1', 'partially_completed', ctx)).status).toBe('partially_completed');

    const homework = await firstValueFrom(watchHomeworkForClient(db, 'c1'));
    const completions = await firstValueFrom(watchHomeworkCompletionsForClient(db, 'c1'));
    const behaviourEntries = await firstValueFrom(watchTargetBehaviourEntriesForClient(db, 'c1'));
    expect([homework.length, completions.length, behaviourEntries.length]).toEqual([1, 12, 14]);
    const data = { measures: [], homework, completions, behaviourEntries };
    const panic = phqObjective({
      objectiveId: 'o2',
      measure: { kind: 'target_behaviour', behaviourId: 'panic_attacks', aggregate: 'sum_per_week', comparator: '<=', value: 1, consecutiveWeeks: 2 },
    });
    expect(objectiveProgress(panic, data, '2026-12-14')).toMatchObject({ status: 'met', metOn: '2026-12-14', badges: [] });
    const practice = phqObjective({ objectiveId: 'o3', measure: { kind: 'homework', homeworkIds: ['h1'], completionPctAtLeast: 90, windowDays: 14 } });
    expect(objectiveProgress(practice, data, '2026-12-14')).toMatchObject({ status: 'in_progress', evaluation: { satisfied: false, value: 85 } });
    expect(await dumpIndexedDb()).not.toContain('SECRET-');
  });
});
