import { describe, expect, it } from 'vitest';
import { findClinicRecords, getSafetyPlanVersion } from '../../../renderer/db';
import { findOpenSafetyAlerts } from '../../../renderer/features/safety-alerts';
import { administerMeasure } from '../../../renderer/features/measures/measure-actions';
import {
  acknowledgeSafetyPlan,
  keepArrivedSafetyPlan,
  markSafetyPlanReviewed,
  reviseSafetyPlan,
  saveSafetyPlan,
  signSafetyPlan,
  startSafetyPlan,
} from '../../../renderer/features/safety-plans/safety-plan-actions';
import { getInstrument } from '../../../shared/instruments';
import type { SafetyPlanVersion } from '../../../shared/progress/safety-plans';
import { line } from '../../unit/shared/progress/safety-plans/fixture';
import { actorOn, auditTrail } from './actor';

const filled = (draft: SafetyPlanVersion): SafetyPlanVersion => ({
  ...draft,
  createdWithClientPresent: true,
  reasonsForLiving: draft.kind === 'safety_plan' ? 'SECRET-my kids' : '',
  sections: Object.fromEntries(Object.entries(draft.sections).map(([id, entries]) => [id, entries.length > 0 ? entries : [line(`${id} line`)]])),
});

async function itemNineAlert(ctx: Parameters<typeof administerMeasure>[0]) {
  const def = getInstrument('PHQ-9');
  if (!def) throw new Error('PHQ-9 missing');
  return administerMeasure(ctx, 'c1', { def, answers: [1, 1, 1, 1, 1, 1, 1, 1, 2], respondent: 'client', administeredOn: '2026-12-04', correction: null });
}

describe('safety plan actions on real storage', () => {
  it('a safety plan signed after an item-9 alert answers the alert, naming the plan; each write audited without content', async () => {
    const { ctx, db, tick } = await actorOn('therapist');
    const alert = await itemNineAlert(ctx);
    tick();
    const draft = await startSafetyPlan(ctx, 'c1', 'safety_plan', '2026-12-04');
    tick();
    await saveSafetyPlan(ctx, filled(draft), true);
    tick();
    const { version, answeredAlerts } = await signSafetyPlan(ctx, draft.versionId, 'Dana Reyes');
    expect(version).toMatchObject({ status: 'active', version: 1, signatures: [{ role: 'author', signerName: 'Dana Reyes', signerId: 'staff-therapist' }] });
    expect(answeredAlerts).toBe(1);
    expect(await findOpenSafetyAlerts(db, 'c1')).toEqual([]);
    const [ack] = await findClinicRecords(db, 'safety-ack');
    expect(ack?.data).toMatchObject({
      responseIds: [alert.id],
      action: 'safety-plan-reviewed',
      note: 'Safety plan version 1 signed as the response to this alert.',
    });

    const trail = await auditTrail(db);
    expect(trail.map((e) => [e.action, e.entity, e.detail.replace(/[0-9a-f]{64}/, 'HASH')])).toEqual([
      ['create', 'response', expect.any(String)],
      ['create', 'plan', 'Started a safety plan for client c1 (version 1)'],
      ['edit', 'plan', 'Safety plan version 1 draft edited (client c1)'],
      ['sign', 'plan', 'Safety plan version 1 signed for client c1 (SHA-256 HASH)'],
      ['sign', 'response', 'Safety alert answered for client c1: Safety plan reviewed (SHA-256 HASH)'],
    ]);
    expect(JSON.stringify(trail)).not.toContain('SECRET-');
  });

  it('a relapse-prevention plan never answers a safety alert; a second plan of a kind is refused', async () => {
    const { ctx, db } = await actorOn('therapist');
    await itemNineAlert(ctx);
    const draft = await startSafetyPlan(ctx, 'c1', 'relapse_prevention_plan', '2026-12-04');
    await saveSafetyPlan(ctx, filled(draft), false);
    expect((await signSafetyPlan(ctx, draft.versionId, 'Dana Reyes')).answeredAlerts).toBe(0);
    expect(await findOpenSafetyAlerts(db, 'c1')).toHaveLength(1);
    await expect(startSafetyPlan(ctx, 'c1', 'relapse_prevention_plan', '2026-12-04')).rejects.toThrow(
      'already has a relapse-prevention plan: revise it instead',
    );
  });

  it('a revision is a new version; a second revision waits for the first to be signed; the earlier version stays as signed', async () => {
    const { ctx, tick } = await actorOn('therapist');
    const draft = await startSafetyPlan(ctx, 'c1', 'relapse_prevention_plan', '2026-12-04');
    await saveSafetyPlan(ctx, filled(draft), false);
    const { version: v1 } = await signSafetyPlan(ctx, draft.versionId, 'Dana Reyes');
    tick();
    const v2 = await reviseSafetyPlan(ctx, v1.versionId, '2026-12-10');
    await expect(reviseSafetyPlan(ctx, v1.versionId, '2026-12-10')).rejects.toThrow('Version 2 is still unsigned');
    await expect(signSafetyPlan(ctx, v2.versionId, 'Dana Reyes')).rejects.toMatchObject({
      errors: { changeSummary: 'Say what changed from the previous version.' },
    });
    await saveSafetyPlan(
      ctx,
      { ...v2, changeSummary: 'Added payday', createdWithClientPresent: true, sections: { ...v2.sections, triggers: [line('Payday')] } },
      true,
    );
    await signSafetyPlan(ctx, v2.versionId, 'Dana Reyes');
    expect(await getSafetyPlanVersion(ctx.db, v1.versionId)).toMatchObject({ status: 'superseded', sections: { triggers: [line('triggers line')] } });
  });

  it('a review with no change of the safety plan in force answers an open alert too', async () => {
    const { ctx, db, tick } = await actorOn('therapist');
    const draft = await startSafetyPlan(ctx, 'c1', 'safety_plan', '2026-12-01');
    await saveSafetyPlan(ctx, filled(draft), false);
    await signSafetyPlan(ctx, draft.versionId, 'Dana Reyes');
    tick();
    await itemNineAlert(ctx);
    tick();
    const { answeredAlerts } = await markSafetyPlanReviewed(ctx, draft.versionId, '');
    expect(answeredAlerts).toBe(1);
    expect(await findOpenSafetyAlerts(db, 'c1')).toEqual([]);
    expect((await auditTrail(db)).map((e) => e.detail)).toContain('Safety plan version 1 reviewed with no change (client c1)');
  });

  it('the client acknowledges a signed version (over video) once; declining needs a reason; neither changes the content', async () => {
    const { ctx, db } = await actorOn('therapist');
    const draft = await startSafetyPlan(ctx, 'c1', 'safety_plan', '2026-12-01');
    await saveSafetyPlan(ctx, filled(draft), false);
    const { version: signed } = await signSafetyPlan(ctx, draft.versionId, 'Dana Reyes');
    await expect(
      acknowledgeSafetyPlan(ctx, signed.versionId, { clientName: 'Sage', method: 'verbal_telehealth_attested', declinedReason: ' ' }),
    ).rejects.toThrow('Record the reason for declining.');
    const acked = await acknowledgeSafetyPlan(ctx, signed.versionId, { clientName: 'Sage', method: 'verbal_telehealth_attested', declinedReason: null });
    expect(acked.signatures.map((s) => [s.role, s.signerName, s.method, s.contentHash === signed.contentHash])).toEqual([
      ['author', 'Dana Reyes', 'in_app', true],
      ['client', 'Sage', 'verbal_telehealth_attested', true],
    ]);
    expect(acked.sections).toEqual(signed.sections);
    await expect(acknowledgeSafetyPlan(ctx, signed.versionId, { clientName: 'Sage', method: 'paper_scanned', declinedReason: null })).rejects.toThrow(
      'already recorded',
    );
    expect((await auditTrail(db)).at(-1)?.detail).toBe('Client acknowledged Safety plan version 1 (client c1, verbal telehealth attested)');
  });

  it('a version that arrived during unsaved typing is kept as a conflict copy; the typing saved over it stands', async () => {
    const { ctx, db, tick } = await actorOn('therapist');
    const draft = await startSafetyPlan(ctx, 'c1', 'safety_plan', '2026-12-04');
    tick();
    // Another laptop's version of the same draft arrives while this editor has unsaved typing.
    const arrived = await saveSafetyPlan(ctx, { ...draft, reasonsForLiving: 'From the other laptop' }, true);
    tick();
    await keepArrivedSafetyPlan(ctx, arrived);
    const typed = await saveSafetyPlan(ctx, { ...draft, reasonsForLiving: 'Typed here' }, false);
    expect((await getSafetyPlanVersion(db, draft.versionId))?.reasonsForLiving).toBe(typed.reasonsForLiving);
    const copies = await findClinicRecords(db, 'conflict-copy');
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({
      refCollection: 'careplans',
      refId: draft.versionId,
      data: { kind: 'safety_plan', content: { reasonsForLiving: 'From the other laptop' } },
    });
    // Kept once, however often the same arrival is judged.
    await keepArrivedSafetyPlan(ctx, arrived);
    expect(await findClinicRecords(db, 'conflict-copy')).toHaveLength(1);
  });
});
