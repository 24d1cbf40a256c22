import { createClientRecord } from '../../../renderer/features/clients/client-actions';
import { recordDischarge, recordLevelOfCareChange } from '../../../renderer/features/episodes/episode-actions';
import { administerMeasure } from '../../../renderer/features/measures/measure-actions';
import { getInstrument } from '../../../shared/instruments';
import { DEFAULT_LEVELS_OF_CARE as LEVELS } from '../../../shared/progress/episodes';
import type { DischargeSummaryContent } from '../../../shared/reports';
import { clientInput } from '../../utils/client-input';
import { actorOn } from './actor';

/** Shared by the discharge summary tests (discharge.test.ts, discharge-client-copy.test.ts). */

const ZOE = clientInput({ firstName: 'Zoë', lastName: 'Ångström', dateOfBirth: '1991-03-04' });

/** A therapist's client admitted to IOP with two PHQ-9s, discharged on 2026-12-01 unless `discharge` is false. */
export async function dischargedZoe(discharge = true) {
  const env = await actorOn('therapist');
  const client = await createClientRecord(env.ctx, ZOE);
  const def = getInstrument('PHQ-9');
  if (!def) throw new Error('PHQ-9 missing');
  await recordLevelOfCareChange(
    env.ctx,
    client,
    { type: 'admission', occurredOn: '2026-11-01', levelOfCareCode: 'IOP', coding: null, reason: '', note: '' },
    LEVELS,
  );
  await administerMeasure(env.ctx, client.id, {
    def,
    answers: [3, 3, 3, 3, 3, 3, 0, 0, 0],
    respondent: 'client',
    administeredOn: '2026-11-03',
    correction: null,
  });
  await administerMeasure(env.ctx, client.id, {
    def,
    answers: [1, 1, 1, 1, 0, 0, 0, 0, 1],
    respondent: 'client',
    administeredOn: '2026-11-28',
    correction: null,
  });
  if (discharge)
    await recordDischarge(env.ctx, client, { dischargeDate: '2026-12-01', dischargeReason: 'Completed program', dischargeNote: 'Met her goals' }, LEVELS);
  return { ...env, client };
}

/** A summary's content with every field signing requires filled in. */
export function complete(c: DischargeSummaryContent): DischargeSummaryContent {
  return {
    narrative: { ...c.narrative, courseOfTreatment: 'Twelve groups and four individual sessions.', riskStatement: 'Low risk; no ideation.' },
    aftercare: {
      ...c.aftercare,
      providerName: 'Dr Rowan Pike',
      providerPhone: '555 0100',
      firstAppointmentAt: '2026-12-08T10:30',
      ifSymptomsRecur: 'Call the clinic or 988.',
    },
  };
}
