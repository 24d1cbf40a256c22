import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  PlanLockedError,
  PlanValidationError,
  getSafetyPlanVersion,
  insertSafetyPlanDraft,
  recordSafetyPlanReview,
  saveSafetyPlanDraft,
  signSafetyPlanVersion,
  watchSafetyPlans,
} from '../../renderer/db';
import { verifyPlanHash } from '../../shared/progress/plans/plan-hash';
import { nextSafetyPlanVersion } from '../../shared/progress/safety-plans';
import { completePlan, line } from '../unit/shared/progress/safety-plans/fixture';
import { closeDb, dumpIndexedDb, openFreshDb, danaSigns, writeAt } from './db-helpers';

const T0 = '2026-12-04T10:00:00.000Z';
const ctx = writeAt('s1', T0);
const author = danaSigns(T0, 'I wrote this plan with the client.');

describe('safety and relapse-prevention plan versions on sealed storage', () => {
  it.each(['safety_plan', 'relapse_prevention_plan'] as const)('a signed %s is frozen under a verified hash and cannot change locally', async (kind) => {
    const db = await openFreshDb(`safety-guard-${kind}`);
    const draft = completePlan(kind, { sections: { ...completePlan(kind).sections, warning_signs: [line('SECRET-sign'), line('')] } });
    await insertSafetyPlanDraft(db, draft, ctx);
    const v1 = await signSafetyPlanVersion(db, 'sv1', author, ctx);
    expect(v1).toMatchObject({ kind, status: 'active', signatures: [{ role: 'author', contentHash: v1.contentHash }] });
    expect(v1.sections.warning_signs).toEqual([line('SECRET-sign')]);
    expect(await verifyPlanHash(v1)).toBe(true);

    await expect(saveSafetyPlanDraft(db, { ...v1, reasonsForLiving: 'Changed' }, ctx)).rejects.toThrow(
      'Version 1 of this plan is signed and cannot change; start a new version.',
    );
    await expect(signSafetyPlanVersion(db, 'sv1', author, ctx)).rejects.toThrow('already signed');
    const doc = await db.careplans.findOne('sv1').exec();
    await expect(doc?.incrementalPatch({ content: { ...doc.content, sections: {} } })).rejects.toThrow(PlanLockedError);
    await expect(doc?.incrementalPatch({ status: 'draft' })).rejects.toThrow('cannot go from active to draft');
    await expect(doc?.remove()).rejects.toThrow('cannot be deleted');
    expect((await getSafetyPlanVersion(db, 'sv1'))?.sections.warning_signs).toEqual([line('SECRET-sign')]);
    expect(await dumpIndexedDb()).not.toContain('SECRET-');
    await closeDb(db);
  });

  it('a revision is a new signed version; the earlier one is superseded and still readable', async () => {
    const db = await openFreshDb('safety-revise');
    await insertSafetyPlanDraft(db, completePlan('relapse_prevention_plan'), ctx);
    const v1 = await signSafetyPlanVersion(db, 'sv1', author, ctx);
    const v2 = nextSafetyPlanVersion(v1, { versionId: 'sv2', effectiveFrom: '2026-12-20' });
    await insertSafetyPlanDraft(db, v2, ctx);
    await expect(signSafetyPlanVersion(db, 'sv2', author, ctx)).rejects.toMatchObject({
      errors: { changeSummary: 'Say what changed from the previous version.', createdWithClientPresent: expect.any(String) as string },
    });
    await saveSafetyPlanDraft(
      db,
      { ...v2, changeSummary: 'New trigger', createdWithClientPresent: true, sections: { ...v2.sections, triggers: [line('Payday')] } },
      ctx,
    );
    await signSafetyPlanVersion(db, 'sv2', author, ctx);

    const { versions } = await firstValueFrom(watchSafetyPlans(db, 'c1', 'relapse_prevention_plan'));
    expect(versions.map((v) => [v.versionId, v.version, v.status])).toEqual([
      ['sv1', 1, 'superseded'],
      ['sv2', 2, 'active'],
    ]);
    expect(versions[0]?.sections.triggers).toEqual([line('triggers line')]);
    expect(versions[1]?.sections.triggers).toEqual([line('Payday')]);
    expect(await firstValueFrom(watchSafetyPlans(db, 'c1', 'safety_plan'))).toEqual({ versions: [], reviewedAt: [] });
    await closeDb(db);
  });

  it('an incomplete plan is refused at signing with errors by field, and the draft stays as typed', async () => {
    const db = await openFreshDb('safety-incomplete');
    const typed = completePlan('safety_plan', {
      reasonsForLiving: '',
      sections: { ...completePlan().sections, people_to_ask_for_help: [line('Sam', 'sister', 'ring her')] },
    });
    await insertSafetyPlanDraft(db, typed, ctx);
    const attempt = signSafetyPlanVersion(db, 'sv1', author, ctx);
    await expect(attempt).rejects.toBeInstanceOf(PlanValidationError);
    await expect(attempt).rejects.toMatchObject({
      errors: { reasonsForLiving: expect.any(String) as string, 'sections.people_to_ask_for_help.0.phone': expect.any(String) as string },
    });
    expect(await getSafetyPlanVersion(db, 'sv1')).toMatchObject({ status: 'draft', sections: { people_to_ask_for_help: [line('Sam', 'sister', 'ring her')] } });
    await closeDb(db);
  });

  it('a review with no change is appended to the active version’s history without touching its content', async () => {
    const db = await openFreshDb('safety-review');
    await insertSafetyPlanDraft(db, completePlan(), ctx);
    const v1 = await signSafetyPlanVersion(db, 'sv1', author, ctx);
    const reviewed = await recordSafetyPlanReview(db, 'sv1', 'Reviewed with the client after the alert', { ...ctx, now: new Date('2026-12-06T09:00:00.000Z') });
    expect(reviewed).toEqual(v1);
    expect((await firstValueFrom(watchSafetyPlans(db, 'c1', 'safety_plan'))).reviewedAt).toEqual(['2026-12-06T09:00:00.000Z']);
    await closeDb(db);
  });
});
