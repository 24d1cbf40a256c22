import type { AlertClientInput } from '../../shared/progress/alerts';

/**
 * One client's alert input with nothing recorded (client c1, "Quinn, Avery", admitted 2026-11-01 to the mental-health
 * track): no attendance, measures, events, signatures or dates due; override any field.
 */
export function alertInput(over: Partial<AlertClientInput> = {}): AlertClientInput {
  return {
    clientId: 'c1',
    clientName: 'Quinn, Avery',
    admissionDate: '2026-11-01',
    track: 'mh',
    openSafetyAlertSince: null,
    safetyEvents: [],
    safetyPlanReviewedAt: null,
    lastReviewSignedAt: null,
    reviewDueOn: null,
    recertDueOn: null,
    recommendation: null,
    attendance: [],
    outreachAt: [],
    measures: [],
    primaryInstrument: null,
    missedScheduledMeasures: [],
    substanceUse: null,
    medication14: null,
    pendingSignatures: [],
    homework14: null,
    checkInsExpected: false,
    lastCheckInAt: null,
    ...over,
  };
}
