import { describe, expect, it } from 'vitest';
import { findMedicationEventsForClient, getMedication, getSession } from '../../../renderer/db';
import {
  addMedication,
  changeDose,
  editMedication,
  finishVisit,
  recordAdherence,
  recordSideEffect,
  resolveSideEffect,
  startMedicationVisit,
  stopMedication,
} from '../../../renderer/features/medications/medication-actions';
import { actorOn, auditTrail } from './actor';
import { SERTRALINE_INPUT } from '../../utils/medication-input';

const SERTRALINE = SERTRALINE_INPUT;
const TAKEN = { taken: 1, scheduled: 1, missReason: '', source: 'client-reported' } as const;

describe('medication actions on real storage', () => {
  it('starts, edits, changes the dose of and stops a medication: events for the history, one audit event each', async () => {
    const { ctx, db, tick } = await actorOn('medication-manager');
    const scope = { clientId: 'c1', sessionId: '' };
    const med = await addMedication(ctx, scope, SERTRALINE);
    tick();
    await editMedication(ctx, scope, med, { ...SERTRALINE, indication: 'depression and anxiety' });
    tick();
    await changeDose(ctx, scope, med, { toDose: 100, changedOn: '2026-11-15', reason: 'partial response' });
    tick();
    await stopMedication(ctx, scope, { ...med, dose: 100 }, { stoppedOn: '2026-12-01', reason: 'side effects' });
    expect(await getMedication(db, med.id)).toMatchObject({ dose: 100, status: 'stopped', stoppedOn: '2026-12-01', indication: 'depression and anxiety' });
    const events = await findMedicationEventsForClient(db, 'c1');
    expect(events.map((e) => e.kind).sort()).toEqual(['dose-change', 'start', 'stop']);
    expect((await auditTrail(db)).map(({ action, entity, entityId, detail }) => ({ action, entity, entityId, detail }))).toEqual([
      { action: 'create', entity: 'medication', entityId: med.id, detail: 'Started Sertraline 50 mg for client c1' },
      { action: 'edit', entity: 'medication', entityId: med.id, detail: 'Edited Sertraline (client c1)' },
      { action: 'dose-change', entity: 'medication', entityId: med.id, detail: 'Dose change of Sertraline: 50 mg → 100 mg on 2026-11-15: partial response' },
      { action: 'stop', entity: 'medication', entityId: med.id, detail: 'Stopped Sertraline on 2026-12-01: side effects' },
    ]);
  });

  it('a medication visit: started as a held session, its writes carry the visit, and it is finished', async () => {
    const { ctx, db, tick } = await actorOn('medication-manager', 'dr-lee');
    const sessionId = await startMedicationVisit(ctx, 'c1');
    expect(await getSession(db, sessionId)).toMatchObject({ kind: 'medication', status: 'held', clientId: 'c1', clinicianIds: ['dr-lee'] });
    const scope = { clientId: 'c1', sessionId };
    const med = await addMedication(ctx, { clientId: 'c1', sessionId: '' }, SERTRALINE);
    tick();
    await recordAdherence(ctx, scope, [
      { ...TAKEN, medicationId: med.id, day: '2026-12-03' },
      { ...TAKEN, medicationId: med.id, day: '2026-12-02' },
    ]);
    await recordSideEffect(
      ctx,
      scope,
      { medicationId: med.id, occurredOn: '2026-12-02', effect: 'nausea', otherText: '', severity: 2, interference: 'some' },
      'mornings',
    );
    const sideEffect = (await findMedicationEventsForClient(db, 'c1')).find((e) => e.kind === 'side-effect');
    await resolveSideEffect(ctx, scope, sideEffect?.id ?? '', '2026-12-04');
    await finishVisit(ctx, scope, '2026-12-04');
    const events = await findMedicationEventsForClient(db, 'c1');
    expect(
      events
        .filter((e) => e.sessionId === sessionId)
        .map((e) => e.kind)
        .sort(),
    ).toEqual(['adherence', 'adherence', 'side-effect', 'side-effect-resolved', 'visit']);
    const visit = ` (medication visit ${sessionId})`;
    expect((await auditTrail(db)).map(({ action, entity, detail }) => ({ action, entity, detail }))).toEqual([
      { action: 'create', entity: 'session', detail: 'Medication visit started for client c1' },
      { action: 'create', entity: 'medication', detail: 'Started Sertraline 50 mg for client c1' },
      { action: 'create', entity: 'medication', detail: `Adherence recorded: 2 medication-days from 2026-12-02 to 2026-12-03${visit}` },
      { action: 'create', entity: 'medication', detail: `Side effect recorded: Nausea, severity 2${visit}` },
      { action: 'edit', entity: 'medication', detail: `Side effect marked resolved on 2026-12-04${visit}` },
      { action: 'create', entity: 'medication', detail: `Medication visit finished for client c1${visit}` },
    ]);
  });
});
