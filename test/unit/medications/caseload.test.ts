import { describe, expect, it } from 'vitest';
import { caseloadRows, lowAdherenceClientIds, nextCaseloadSort, sortCaseload, type CaseloadRow } from '../../../renderer/features/medications/caseload';
import type { Client } from '../../../shared/domain/client';
import { addDays, adherenceWindow } from '../../../shared/domain/medication-adherence';
import { readHistory } from '../../../shared/domain/medication-events';
import { event, medication } from './fixtures';

const TODAY = '2026-11-20';
const client = (id: string, lastName: string): Client => ({
  id,
  firstName: 'A',
  lastName,
  preferredName: '',
  pronouns: '',
  dateOfBirth: '1990-01-01',
  levelOfCare: 'IOP',
  program: 'Adult mental health',
  primaryClinicianId: 'u1',
  admissionDate: '2026-10-01',
  contacts: [],
  status: 'active',
  dischargeDate: null,
  dischargeReason: null,
  dischargeNote: '',
  authorId: 'u1',
  createdAt: '',
  updatedAt: '',
});
const adh = (clientId: string, d: string, n: number) =>
  event('adherence', d, { taken: n, scheduled: 1, missReason: n ? '' : 'cost', source: 'client-reported' }, { id: `${clientId}${d}`, clientId });
const se = (clientId: string, id: string, d: string, severity: number, effect = 'nausea') =>
  event('side-effect', d, { effect, otherText: '', severity, interference: 'some' }, { id, clientId });

describe('caseloadRows', () => {
  it('lists clients on an active medication with 14-day adherence, newest unresolved moderate+ side effect and days since the last visit', () => {
    const histories = new Map([
      [
        'c1',
        readHistory([
          adh('c1', '2026-11-19', 1),
          adh('c1', '2026-11-20', 0),
          adh('c1', '2026-11-01', 0),
          se('c1', 's1', '2026-11-10', 3, 'tremor'),
          se('c1', 's2', '2026-11-15', 2),
          se('c1', 's3', '2026-11-18', 1),
          event('visit', '2026-11-06', {}, { clientId: 'c1' }),
        ]),
      ],
    ]);
    const rows = caseloadRows(
      [client('c1', 'Ames'), client('c2', 'Bell'), client('c3', 'Cole')],
      [medication({ id: 'm1', clientId: 'c1' }), medication({ id: 'm2', clientId: 'c2', name: 'Lithium' })],
      histories,
      TODAY,
    );
    expect(rows).toEqual([
      {
        clientId: 'c1',
        name: 'Ames, A',
        medications: ['Sertraline'],
        adherencePercent: 50,
        adherenceStatus: 'not-recorded',
        unrecordedDoses: 12,
        sideEffect: { label: 'Nausea', severity: 2, date: '2026-11-15' },
        daysSinceVisit: 14,
      },
      {
        clientId: 'c2',
        name: 'Bell, A',
        medications: ['Lithium'],
        adherencePercent: null,
        adherenceStatus: 'not-recorded',
        unrecordedDoses: 14,
        sideEffect: null,
        daysSinceVisit: null,
      },
    ]);
  });

  it('shows the issue’s example (last week logged, 2 misses) as the chart does: 71 %, low, and badges the client', () => {
    const week = [0, 0, 1, 1, 1, 1, 1].map((n, i) => adh('c1', addDays('2026-11-23', i), n));
    const meds = [medication({ id: 'm1', clientId: 'c1' })];
    const friday = '2026-12-04';
    const [row] = caseloadRows([client('c1', 'Ames')], meds, new Map([['c1', readHistory(week)]]), friday);
    const chart = adherenceWindow(meds, readHistory(week).adherence, friday);
    expect(row).toMatchObject({ adherencePercent: chart.total.percent, adherenceStatus: chart.status, unrecordedDoses: 7 });
    expect(chart.total.percent).toBe(71);
    expect(lowAdherenceClientIds(meds, week, friday)).toEqual(new Set(['c1']));
  });

  it('counts a medication stopped within the window, and lists only clients still on an active one', () => {
    const stopped = medication({ id: 'm1', clientId: 'c1', status: 'stopped', stoppedOn: '2026-11-18' });
    const misses = [adh('c1', '2026-11-17', 0), adh('c1', '2026-11-18', 0), adh('c1', '2026-11-16', 0)];
    expect(caseloadRows([client('c1', 'Ames')], [stopped], new Map([['c1', readHistory(misses)]]), TODAY)).toEqual([]);
    const rows = caseloadRows(
      [client('c1', 'Ames')],
      [stopped, medication({ id: 'm2', clientId: 'c1', name: 'Lithium', startedOn: '2026-11-19' })],
      new Map([['c1', readHistory(misses)]]),
      TODAY,
    );
    expect(rows[0]).toMatchObject({ medications: ['Lithium'], adherencePercent: 0, adherenceStatus: 'low' });
    expect(lowAdherenceClientIds([stopped], misses, TODAY)).toEqual(new Set(['c1']));
  });
});

describe('sortCaseload', () => {
  const row = (name: string, adherencePercent: number | null, daysSinceVisit: number | null): CaseloadRow => ({
    clientId: name,
    name,
    medications: [],
    adherencePercent,
    adherenceStatus: 'ok',
    unrecordedDoses: 0,
    sideEffect: null,
    daysSinceVisit,
  });
  const rows = [row('B', 90, 3), row('A', null, 10), row('C', 40, null)];
  it.each([
    [{ key: 'adherence', direction: 'ascending' }, ['C', 'B', 'A']],
    [{ key: 'adherence', direction: 'descending' }, ['B', 'C', 'A']],
    [{ key: 'visit', direction: 'descending' }, ['A', 'B', 'C']],
    [{ key: 'name', direction: 'ascending' }, ['A', 'B', 'C']],
  ] as const)('%j', (sort, names) => {
    expect(sortCaseload(rows, sort).map((r) => r.name)).toEqual(names);
  });
  it('flips the direction on the same column', () => {
    expect(nextCaseloadSort({ key: 'visit', direction: 'ascending' }, 'visit')).toEqual({ key: 'visit', direction: 'descending' });
    expect(nextCaseloadSort({ key: 'visit', direction: 'descending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });
});
