import { describe, expect, it } from 'vitest';
import type { ClinicRecord } from '../../../../renderer/db';
import { newestScheduleRecord, schedulesByClient, scheduleFor } from '../../../../renderer/features/measures/schedule-rules';

function record(refId: string, createdAt: string, data: Record<string, unknown>, kind: ClinicRecord['kind'] = 'schedule'): ClinicRecord {
  return {
    id: `${refId}-${createdAt}`,
    kind,
    status: 'open',
    refCollection: 'clients',
    refId,
    data,
    reason: '',
    authorId: 'u1',
    createdAt,
    updatedAt: createdAt,
  };
}
const PHQ = { entries: [{ instrumentId: 'PHQ-9', everyDays: 14 }] };
const GAD = { entries: [{ instrumentId: 'GAD-7', everyDays: 7 }] };

describe('the schedule version a form edits (newestScheduleRecord)', () => {
  it.each([
    { name: 'no record: the clinic default (null)', records: [], id: null },
    { name: 'the newest of two', records: [record('c1', '2026-11-01', PHQ), record('c1', '2026-11-03', GAD)], id: 'c1-2026-11-03' },
    { name: 'order does not matter', records: [record('c1', '2026-11-03', GAD), record('c1', '2026-11-01', PHQ)], id: 'c1-2026-11-03' },
    {
      name: 'an invalid newer record is skipped',
      records: [record('c1', '2026-11-01', PHQ), record('c1', '2026-11-04', { entries: 'broken' })],
      id: 'c1-2026-11-01',
    },
    { name: "another client's record is not this one's", records: [record('c2', '2026-11-05', GAD)], id: null },
  ])('$name', ({ records, id }) => {
    expect(newestScheduleRecord(records, 'c1')?.id ?? null).toBe(id);
  });

  it('is the record whose entries the client follows', () => {
    const records = [record('c1', '2026-11-01', PHQ), record('c1', '2026-11-03', GAD), record('c1', '2026-11-04', { entries: 'broken' })];
    expect(newestScheduleRecord(records, 'c1')?.data).toEqual(GAD);
    expect(scheduleFor(schedulesByClient(records), 'c1')).toEqual(GAD.entries);
  });
});
