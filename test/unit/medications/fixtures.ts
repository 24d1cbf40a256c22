import type { AdherenceDay, SideEffectRecord } from '../../../shared/domain/medication-events';
import type { Medication, MedicationEvent } from '../../../shared/domain/records';

const BASE = { clientId: 'c1', sessionId: '', note: '', authorId: 'u1', createdAt: '2026-11-01T10:00:00.000Z' } as const;

/** A current adherence day; override what the test is about. */
export function day(medicationId: string, occurredOn: string, taken: number, scheduled = 1, over: Partial<AdherenceDay> = {}): AdherenceDay {
  return {
    ...BASE,
    id: `${medicationId}-${occurredOn}`,
    medicationId,
    occurredOn,
    taken,
    scheduled,
    missReason: taken < scheduled ? 'forgot' : '',
    source: 'client-reported',
    ...over,
  };
}

export function sideEffect(
  id: string,
  effect: SideEffectRecord['effect'],
  occurredOn: string,
  severity: number,
  over: Partial<SideEffectRecord> = {},
): SideEffectRecord {
  return { ...BASE, id, medicationId: 'm1', occurredOn, effect, otherText: '', severity, interference: 'some', ...over };
}

export function medication(over: Partial<Medication> & Pick<Medication, 'id'>): Medication {
  return {
    clientId: 'c1',
    status: 'active',
    prescriberId: '',
    name: 'Sertraline',
    strength: '50 mg tablet',
    dose: 50,
    doseUnit: 'mg',
    route: 'oral',
    schedule: { asNeeded: false, timesPerDay: 1, times: ['08:00'] },
    prescriber: 'Dr Lee',
    indication: 'Depression',
    startedOn: '2026-10-01',
    stoppedOn: null,
    stopReason: '',
    authorId: 'u1',
    createdAt: '2026-10-01T10:00:00.000Z',
    updatedAt: '2026-10-01T10:00:00.000Z',
    ...over,
  };
}

export function event(
  kind: MedicationEvent['kind'],
  occurredOn: string,
  detail: MedicationEvent['detail'],
  over: Partial<MedicationEvent> = {},
): MedicationEvent {
  return { ...BASE, id: `${kind}-${occurredOn}`, kind, medicationId: 'm1', occurredOn, detail, updatedAt: BASE.createdAt, ...over };
}
