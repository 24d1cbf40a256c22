import { describe, expect, it } from 'vitest';
import { dischargeSummariesDue, type DischargedClient } from '../../../../shared/reports';

const client = (id: string, dischargeDate: string | null, over: Partial<DischargedClient> = {}): DischargedClient => ({
  id,
  name: `Client ${id}`,
  status: dischargeDate ? 'discharged' : 'active',
  dischargeDate,
  primaryClinicianId: 's1',
  ...over,
});
const TODAY = '2026-12-20';

// §7.3: the summary is due within 15 days of discharge; the dashboard lists the unsigned ones, most overdue first.
describe('discharge summaries still to sign', () => {
  it.each([
    ['an active client: none', [client('a', null)], [], null, []],
    ['discharged today, not started: due in 15 days', [client('a', TODAY)], [], null, [{ clientId: 'a', dueOn: '2027-01-04', daysLeft: 15, started: false }]],
    ['discharged 15 days ago: due today', [client('a', '2026-12-05')], [], null, [{ clientId: 'a', dueOn: '2026-12-20', daysLeft: 0, started: false }]],
    [
      'discharged 16 days ago, a draft: 1 day overdue',
      [client('a', '2026-12-04')],
      [{ clientId: 'a', dischargeDate: '2026-12-04', status: 'draft' }],
      null,
      [{ clientId: 'a', daysLeft: -1, started: true }],
    ],
    ['signed: none', [client('a', '2026-12-04')], [{ clientId: 'a', dischargeDate: '2026-12-04', status: 'signed' }], null, []],
    [
      'a summary signed for an earlier discharge does not cover this one',
      [client('a', '2026-12-10')],
      [{ clientId: 'a', dischargeDate: '2026-06-01', status: 'signed' }],
      null,
      [{ clientId: 'a', daysLeft: 5, started: false }],
    ],
    ['another clinician’s client is left out of a clinician’s scope', [client('a', TODAY, { primaryClinicianId: 's2' })], [], ['s1'], []],
    [
      'most overdue first',
      [client('a', '2026-12-15'), client('b', '2026-11-01'), client('c', '2026-12-01')],
      [],
      ['s1'],
      [{ clientId: 'b' }, { clientId: 'c' }, { clientId: 'a' }],
    ],
  ] as const)('%s', (_name, clients, summaries, scope, expected) => {
    const rows = dischargeSummariesDue(clients, summaries, scope, TODAY);
    expect(rows).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      expect(rows[i]).toMatchObject(e);
    });
  });
});
