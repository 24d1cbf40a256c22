import type { MeasureResponse } from '../../../../renderer/features/measures/measure-records';

/** A PHQ-9 response with defaults; override what the test is about. */
export function measure(over: Partial<MeasureResponse> & Pick<MeasureResponse, 'id'>): MeasureResponse {
  return {
    clientId: 'c1',
    instrumentId: 'PHQ-9',
    instrumentVersion: '1.0.0',
    respondent: 'client',
    completedAt: '2026-11-02T12:00:00.000Z',
    answers: {},
    total: 10,
    band: 'moderate',
    flags: [],
    supersedesId: '',
    correctionReason: '',
    authorId: 'u1',
    createdAt: '2026-11-02T12:00:00.000Z',
    ...over,
  };
}
