import { describe, expect, it } from 'vitest';
import { findClinicRecords, findResponsesForClient } from '../../../renderer/db';
import { findOpenSafetyAlerts } from '../../../renderer/features/safety-alerts';
import { administerMeasure, saveMeasureSchedule } from '../../../renderer/features/measures/measure-actions';
import { acknowledgeSafetyAlert } from '../../../renderer/features/safety-alerts/safety-ack-actions';
import { getInstrument } from '../../../shared/instruments';
import { actorOn, auditTrail } from './actor';

function phq9() {
  const def = getInstrument('PHQ-9');
  if (!def) throw new Error('PHQ-9 missing from the registry');
  return def;
}

describe('measure actions on real storage', () => {
  it('administers a PHQ-9 whose item 9 raises a safety alert, answered by a signed acknowledgement; each audited without answers', async () => {
    const { ctx, db, tick } = await actorOn('therapist');
    const def = phq9();
    const measure = await administerMeasure(ctx, 'c1', {
      def,
      answers: [1, 1, 1, 1, 1, 1, 1, 1, 1],
      respondent: 'client',
      administeredOn: '2026-12-04',
      correction: null,
    });
    expect(measure).toMatchObject({ instrumentId: 'PHQ-9', total: 9, clientId: 'c1' });
    expect(await findResponsesForClient(db, 'c1')).toHaveLength(1);
    expect(await findOpenSafetyAlerts(db, 'c1')).toHaveLength(1);
    tick();
    await acknowledgeSafetyAlert(ctx, 'c1', { responseIds: [measure.id], action: 'safety-plan-reviewed', note: 'reviewed the plan together' });
    expect(await findOpenSafetyAlerts(db, 'c1')).toEqual([]);
    const [ack] = await findClinicRecords(db, 'safety-ack');
    const trail = await auditTrail(db);
    expect(trail.map(({ action, entity, entityId }) => ({ action, entity, entityId }))).toEqual([
      { action: 'create', entity: 'response', entityId: measure.id },
      { action: 'sign', entity: 'response', entityId: ack?.id },
    ]);
    expect(trail[0]?.detail).toBe(`PHQ-9 v${def.version} by client`);
    expect(trail[1]?.detail).toMatch(/^Safety alert answered for client c1: Safety plan reviewed \(SHA-256 [0-9a-f]{64}\)$/);
    expect(JSON.stringify(trail)).not.toContain('reviewed the plan together');
  });

  it('a correction names the response it corrects and why', async () => {
    const { ctx, db, tick } = await actorOn('therapist');
    const def = phq9();
    const first = await administerMeasure(ctx, 'c1', {
      def,
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 0],
      respondent: 'client',
      administeredOn: '2026-12-04',
      correction: null,
    });
    tick();
    const correction = { supersedesId: first.id, reason: ' typed into the wrong row ', originalCompletedAt: first.completedAt };
    const fixed = await administerMeasure(ctx, 'c1', {
      def,
      answers: [1, 0, 0, 0, 0, 0, 0, 0, 0],
      respondent: 'client',
      administeredOn: '2026-12-04',
      correction,
    });
    expect(fixed).toMatchObject({ supersedesId: first.id, total: 1, completedAt: first.completedAt });
    expect((await auditTrail(db)).at(-1)?.detail).toBe(`PHQ-9 v${def.version} by client, correcting response ${first.id} (reason: typed into the wrong row)`);
  });

  it('saves a schedule as a clinic record, audited on the client', async () => {
    const { ctx, db } = await actorOn('therapist');
    await saveMeasureSchedule(ctx, 'c1', [{ instrumentId: 'PHQ-9', everyDays: 14 }]);
    await saveMeasureSchedule(ctx, 'c1', []);
    expect(await findClinicRecords(db, 'schedule')).toHaveLength(2);
    const trail = await auditTrail(db);
    expect(trail.map(({ action, entity, entityId }) => ({ action, entity, entityId }))).toEqual([
      { action: 'edit', entity: 'client', entityId: 'c1' },
      { action: 'edit', entity: 'client', entityId: 'c1' },
    ]);
    expect(trail[0]?.detail).toMatch(/^Measures schedule: PHQ-9 /);
    expect(trail[1]?.detail).toBe('Measures schedule: nothing scheduled');
  });
});
