import { describe, expect, it } from 'vitest';
import { insertClient, insertStaff, getPlanVersion, PlanValidationError } from '../../../renderer/db';
import { recordLevelOfCareChange } from '../../../renderer/features/episodes/episode-actions';
import { DEFAULT_LEVELS_OF_CARE } from '../../../shared/progress/episodes';
import {
  acknowledgeForClient,
  cosignAsSupervisor,
  discardOpenVersion,
  savePlan,
  signAsAuthor,
  startPlan,
  startRevision,
} from '../../../renderer/features/plans/plan-actions';
import { planContentHash } from '../../../shared/progress/plans/plan-hash';
import { setIn } from '../../../renderer/features/plans/plan-paths';
import { ObjectiveStatusError, setObjectiveStatus } from '../../../renderer/features/plans/objective-status-actions';
import { firstValueFrom } from 'rxjs';
import { planVersionLifecycle, watchObjectiveStatuses } from '../../../renderer/db';
import { actorOn, auditTrail } from './actor';
import { PLAN_START, signablePlan } from '../../unit/shared/progress/plan-fixture';

describe('plan actions on real storage', () => {
  it('starts, saves, signs as author (active), records the client’s verbal acknowledgement, revises and signs version 2', async () => {
    const { ctx, db, tick } = await actorOn('therapist', 'dr-ada');
    await insertStaff(db, { name: 'Ada Byrne', role: 'therapist', credentials: '', supervised: false }, { authorId: 'dr-ada', now: ctx.now(), id: 'dr-ada' });
    const v1 = await startPlan(ctx, PLAN_START);
    expect(v1).toMatchObject({ status: 'draft', version: 1, reviewDueOn: '2026-12-31' });
    tick();
    const bad = setIn(signablePlan(v1, 'dr-ada'), 'problems.0.goals.0.targetDate', '2026-11-01');
    const refused = await savePlan(ctx, bad, true).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PlanValidationError);
    expect((refused as PlanValidationError).errors).toEqual({
      'problems.0.goals.0.targetDate': 'The target date cannot be before the plan starts (2026-12-01).',
    });
    const saved = await savePlan(ctx, signablePlan(v1, 'dr-ada'), true);
    tick();
    const active = await signAsAuthor(ctx, saved.versionId, await planContentHash(saved));
    expect(active.status).toBe('active');
    expect(active.signatures[0]).toMatchObject({ role: 'author', signerName: 'Ada Byrne', method: 'in_app' });
    tick();
    const acked = await acknowledgeForClient(ctx, 'v1', {
      method: 'verbal_telehealth_attested',
      signerName: 'Jo Client',
      declinedReason: null,
      shownContentHash: active.contentHash,
    });
    expect(acked.signatures.map((s) => [s.role, s.method])).toEqual([
      ['author', 'in_app'],
      ['client', 'verbal_telehealth_attested'],
    ]);
    tick();
    const v2 = await startRevision(ctx, [acked], { versionId: 'v2', effectiveFrom: '2026-12-10' });
    expect(v2).toMatchObject({ version: 2, previousVersionId: 'v1', status: 'draft', changeSummary: '' });
    await expect(startRevision(ctx, [acked, v2], { versionId: 'v3', effectiveFrom: '2026-12-10' })).rejects.toThrow('Version 2 is still unsigned');
    await expect(signAsAuthor(ctx, 'v2', await planContentHash(v2))).rejects.toThrow('Summarise what this revision changes.');
    const v2saved = await savePlan(ctx, { ...v2, changeSummary: 'Added a sleep goal' }, true);
    tick();
    await signAsAuthor(ctx, 'v2', await planContentHash(v2saved));
    expect((await getPlanVersion(db, 'v1'))?.status).toBe('superseded');
    expect((await getPlanVersion(db, 'v2'))?.status).toBe('active');
    expect((await auditTrail(db)).filter((e) => e.entity === 'plan').map((e) => `${e.action} ${e.entityId} ${e.detail}`)).toEqual([
      'create v1 Started plan version 1 (client c1)',
      'edit v1 Edited the draft of plan version 1 (client c1)',
      'sign v1 Signed plan version 1 (client c1) as author; now active',
      'sign v1 Client acknowledgement attested verbally over video on plan version 1 (client c1); status active',
      'create v2 Started plan version 2 (client c1) as a revision of version 1',
      'edit v2 Edited the draft of plan version 2 (client c1)',
      'sign v2 Signed plan version 2 (client c1) as author; now active',
    ]);
  });

  it('a supervised author’s plan waits for the supervisor’s co-sign; the author cannot co-sign; a content change after showing is refused', async () => {
    const { ctx, db } = await actorOn('therapist', 'dr-new');
    await insertStaff(
      db,
      { name: 'New Clinician', role: 'therapist', credentials: '', supervised: true },
      { authorId: 'dr-new', now: ctx.now(), id: 'dr-new' },
    );
    const draft = await savePlan(ctx, signablePlan(await startPlan(ctx, PLAN_START), 'dr-new'), false);
    await expect(signAsAuthor(ctx, 'v1', 'not-the-hash')).rejects.toThrow('The plan changed since it was shown for signing');
    const signed = await signAsAuthor(ctx, 'v1', await planContentHash(draft));
    expect(signed.status).toBe('awaiting_signatures');
    await expect(cosignAsSupervisor(ctx, 'v1', signed.contentHash)).rejects.toThrow('Only a supervisor can co-sign');
    const supervisor = { ...ctx, actor: { id: 'dr-sup', role: 'supervisor' as const } };
    const active = await cosignAsSupervisor(supervisor, 'v1', signed.contentHash);
    expect(active.status).toBe('active');
    expect((await auditTrail(db)).at(-1)).toMatchObject({ action: 'cosign', entity: 'plan', actorId: 'dr-sup' });
    const declined = await acknowledgeForClient(ctx, 'v1', {
      method: 'in_app',
      signerName: 'Jo Client',
      declinedReason: 'Wants to talk it over first',
      shownContentHash: active.contentHash,
    });
    expect(declined.signatures.at(-1)).toMatchObject({
      role: 'client',
      signedAt: null,
      declined: { reason: 'Wants to talk it over first', recordedBy: 'dr-new' },
    });
  });

  it('an unsigned revision can be discarded with a reason: kept, entered in error, the active version stays', async () => {
    const { ctx, db } = await actorOn('therapist', 'dr-ada');
    const draft = await savePlan(ctx, signablePlan(await startPlan(ctx, PLAN_START), 'dr-ada'), false);
    const active = await signAsAuthor(ctx, 'v1', await planContentHash(draft));
    // Started after every target date of version 1 has passed: the carried objectives come along (they show as passed).
    await startRevision(ctx, [active], { versionId: 'v2', effectiveFrom: '2027-03-01' });
    await expect(discardOpenVersion(ctx, 'v2', ' ')).rejects.toThrow('Say why');
    await discardOpenVersion(ctx, 'v2', 'Started by mistake');
    expect((await getPlanVersion(db, 'v2'))?.status).toBe('entered_in_error');
    expect((await getPlanVersion(db, 'v1'))?.status).toBe('active');
  });

  it('a plan starts in the client’s open episode and a revision after a transfer is in the new one; without episodes it keeps the client’s level', async () => {
    const { ctx, db, tick } = await actorOn('therapist', 'dr-ada');
    const client = await insertClient(
      db,
      {
        firstName: 'Avery',
        lastName: 'Levels',
        preferredName: '',
        pronouns: '',
        dateOfBirth: '1988-03-03',
        levelOfCare: 'PHP',
        program: 'Adult mental health',
        primaryClinicianId: 'dr-ada',
        admissionDate: '2026-11-01',
        contacts: [],
      },
      { authorId: 'dr-ada', now: ctx.now() },
    );
    const change = (type: 'admission' | 'transfer', occurredOn: string, levelOfCareCode: string) => ({
      type,
      occurredOn,
      levelOfCareCode,
      coding: null,
      reason: '',
      note: '',
    });
    const admission = await recordLevelOfCareChange(ctx, client, change('admission', '2026-11-01', 'IOP'), DEFAULT_LEVELS_OF_CARE);
    tick();
    const v1 = await startPlan(ctx, { ...PLAN_START, clientId: client.id, episodeId: client.id, levelOfCareCode: 'PHP' });
    expect([v1.episodeId, v1.levelOfCare]).toEqual([admission.id, { scheme: 'mh', code: 'IOP' }]);
    const active = await signAsAuthor(ctx, 'v1', await planContentHash(await savePlan(ctx, signablePlan(v1, 'dr-ada'), false)));
    tick();
    const transfer = await recordLevelOfCareChange(ctx, client, change('transfer', '2026-12-03', 'OP'), DEFAULT_LEVELS_OF_CARE);
    tick();
    const v2 = await startRevision(ctx, [active], { versionId: 'v2', effectiveFrom: '2026-12-10' });
    expect([v2.episodeId, v2.levelOfCare]).toEqual([transfer.id, { scheme: 'mh', code: 'OP' }]);
    expect((await getPlanVersion(db, 'v2'))?.episodeId).toBe(transfer.id);
    const other = await startPlan(ctx, { ...PLAN_START, versionId: 'w1', planId: 'w1', clientId: 'no-episodes', episodeId: 'no-episodes' });
    expect([other.episodeId, other.levelOfCare.code]).toEqual(['no-episodes', 'IOP']);
  });

  it('a clinician judges an objective of the signed version with a reason: appended to its history, content and hash untouched, audited', async () => {
    const { ctx, db, tick } = await actorOn('therapist', 'dr-ada');
    const draft = await savePlan(ctx, signablePlan(await startPlan(ctx, PLAN_START), 'dr-ada'), false);
    await expect(setObjectiveStatus(ctx, 'v1', { objectiveId: 'o1', status: 'met', reason: 'x' }, '2026-12-04')).rejects.toThrow(
      'signed plan version in force',
    );
    const active = await signAsAuthor(ctx, 'v1', await planContentHash(draft));
    tick();
    const blank = await setObjectiveStatus(ctx, 'v1', { objectiveId: 'o1', status: 'not_met', reason: ' ' }, '2026-12-04').catch((e: unknown) => e);
    expect(blank).toBeInstanceOf(ObjectiveStatusError);
    expect((blank as ObjectiveStatusError).errors).toEqual({ reason: 'Give the reason for this judgement.' });
    await setObjectiveStatus(ctx, 'v1', { objectiveId: 'o1', status: 'not_met', reason: 'Scores fell only after the medication change' }, '2026-12-04');
    const after = await getPlanVersion(db, 'v1');
    expect([after?.status, after?.contentHash, after?.problems]).toEqual([active.status, active.contentHash, active.problems]);
    if (after) expect(await planContentHash(after)).toBe(active.contentHash);
    expect((await planVersionLifecycle(db, 'v1')).at(-1)).toMatchObject({
      event: 'objective_status',
      objectiveId: 'o1',
      objectiveStatus: 'not_met',
      by: 'dr-ada',
      on: '2026-12-04',
      reason: 'Scores fell only after the medication change',
    });
    expect((await firstValueFrom(watchObjectiveStatuses(db, 'c1'))).get('o1')).toMatchObject({ status: 'not_met', by: 'dr-ada' });
    // A review or report of an earlier day does not see a judgement made after it.
    expect((await firstValueFrom(watchObjectiveStatuses(db, 'c1', '2026-12-03'))).get('o1')).toBeUndefined();
    expect((await firstValueFrom(watchObjectiveStatuses(db, 'c1', '2026-12-04'))).get('o1')?.status).toBe('not_met');
    // Corrections are new entries: a revision carries the objective id and its judgement forward.
    tick();
    await setObjectiveStatus(ctx, 'v1', { objectiveId: 'o1', status: 'computed', reason: 'Judged too early' }, '2026-12-05');
    expect((await firstValueFrom(watchObjectiveStatuses(db, 'c1'))).get('o1')?.status).toBe('computed');
    expect(
      (await auditTrail(db))
        .filter((e) => e.action === 'edit' && e.entityId === 'v1')
        .map((e) => e.detail)
        .slice(-2),
    ).toEqual([
      'Objective o1 of plan version 1 (client c1) judged not met by the clinician (reason recorded)',
      'Objective o1 of plan version 1 (client c1) judged back to the judgement from the data by the clinician (reason recorded)',
    ]);
  });
});
