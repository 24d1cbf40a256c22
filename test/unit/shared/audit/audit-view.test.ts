import { describe, expect, it } from 'vitest';
import {
  AUDIT_ACTION_LABELS,
  auditCsvTable,
  auditRowOf,
  auditScopeOf,
  clientIdOfEvent,
  matchesAuditFilter,
  nameIdsIn,
  visibleInScope,
  type AuditFilter,
} from '../../../../shared/audit/audit-view';
import type { AuditEvent } from '../../../../shared/domain/audit';
import type { StaffRole } from '../../../../shared/domain/staff';

const ANA = 'a3ef401b-0000-4000-8000-000000000001';
const BEN = 'b3ef401b-0000-4000-8000-000000000002';
const GONE = 'c3ef401b-0000-4000-8000-000000000003';
const NOTE = 'd3ef401b-0000-4000-8000-000000000004';
const THERAPIST = 'e3ef401b-0000-4000-8000-000000000005';
const OTHER = 'f3ef401b-0000-4000-8000-000000000006';

const dir = {
  clientNames: new Map([
    [ANA, 'Ana Ruiz'],
    [BEN, 'Ben Oduya'],
  ]),
  staffNames: new Map([
    [THERAPIST, 'Dr. Tess'],
    [OTHER, 'Dr. Omar'],
  ]),
  recordClients: new Map([[NOTE, BEN]]),
};

function ev(over: Partial<AuditEvent>): AuditEvent {
  return { id: 'e1', action: 'view', entity: 'client', entityId: ANA, actorId: THERAPIST, at: '2026-12-01T10:00:00.000Z', detail: 'Opened the chart', ...over };
}

describe('clientIdOfEvent', () => {
  it.each([
    ['a chart view names its client', ev({}), ANA],
    ['a record of a known client', ev({ entity: 'note', entityId: NOTE, detail: 'Opened the note' }), BEN],
    ['a detail naming a client', ev({ entity: 'note', entityId: 'n-9', detail: `Started a SOAP note for client ${BEN}` }), BEN],
    [
      'a client no longer on this laptop, named in the detail',
      ev({ entity: 'plan', entityId: 'p-1', detail: `Started a safety plan for client ${GONE} (version 1)` }),
      GONE,
    ],
    ['an unlock is about no client', ev({ action: 'unlock', entity: 'vault', entityId: 'clinic-1', detail: 'Unlocked' }), null],
  ])('%s', (_name, event, clientId) => {
    expect(clientIdOfEvent(event, dir)).toBe(clientId);
  });
});

describe('auditScopeOf and visibleInScope', () => {
  const clients = [
    { id: ANA, primaryClinicianId: THERAPIST },
    { id: BEN, primaryClinicianId: OTHER },
  ];
  it.each([
    ['supervisor', 'any other clinician’s client', OTHER, BEN, true],
    ['admin', 'any other clinician’s client', OTHER, BEN, true],
    ['therapist', 'their own action on another’s client', THERAPIST, BEN, true],
    ['therapist', 'another’s action on their client', OTHER, ANA, true],
    ['therapist', 'another’s action on another’s client', OTHER, BEN, false],
    ['therapist', 'another’s action on no client (an unlock)', OTHER, null, false],
    ['medication-manager', 'another’s action on another’s client', OTHER, BEN, false],
  ] satisfies [StaffRole, string, string, string | null, boolean][])('a %s sees %s: %s', (role, _what, actorId, clientId, visible) => {
    const scope = auditScopeOf({ id: THERAPIST, role }, clients);
    expect(visibleInScope({ actorId }, clientId, scope)).toBe(visible);
  });
});

describe('matchesAuditFilter', () => {
  const event = ev({});
  it.each([
    ['no filter', {}, true],
    ['the actor', { actorId: THERAPIST }, true],
    ['another actor', { actorId: OTHER }, false],
    ['the action', { action: 'view' }, true],
    ['another action', { action: 'sign' }, false],
    ['the client', { clientId: ANA }, true],
    ['another client', { clientId: BEN }, false],
    ['from the instant itself (inclusive)', { fromAt: '2026-12-01T10:00:00.000Z' }, true],
    ['from after it', { fromAt: '2026-12-01T10:00:00.001Z' }, false],
    ['to the instant itself (exclusive)', { toAt: '2026-12-01T10:00:00.000Z' }, false],
    ['to after it', { toAt: '2026-12-02T00:00:00.000Z' }, true],
  ] satisfies [string, AuditFilter, boolean][])('%s', (_name, filter, matches) => {
    expect(matchesAuditFilter(event, ANA, filter)).toBe(matches);
  });
});

describe('naming', () => {
  it.each([
    ['a known client id', `Started a SOAP note for client ${ANA}`, 'Started a SOAP note for client Ana Ruiz'],
    ['an unknown client id says so', `Started a SOAP note for client ${GONE}`, 'Started a SOAP note for client Unknown client (c3ef401b)'],
    ['a staff id', `Co-signed for ${OTHER}`, 'Co-signed for Dr. Omar'],
    ['an unknown other id is shortened', `Signed an addendum to note ${NOTE}`, 'Signed an addendum to note d3ef401b…'],
    ['no id', 'Opened the chart', 'Opened the chart'],
  ])('%s', (_name, detail, named) => {
    expect(nameIdsIn(detail, dir)).toBe(named);
  });

  it('a chart view row names who and which client; an unknown actor says so', () => {
    expect(auditRowOf(ev({}), dir)).toMatchObject({ who: 'Dr. Tess', client: 'Ana Ruiz', clientId: ANA, detail: 'Opened the chart' });
    expect(auditRowOf(ev({ actorId: GONE }), dir).who).toBe('Unknown staff member (c3ef401b)');
    expect(auditRowOf(ev({ entity: 'plan', entityId: 'p', detail: `for client ${GONE}` }), dir).client).toBe('Unknown client (c3ef401b)');
  });

  it.each<[string, Partial<AuditEvent>, string, string, string]>([
    ['a level-of-care change', { action: 'edit', entity: 'episode' }, 'Edited', 'Level of care', 'Ana Ruiz'],
    ['the dashboard view (v1 name)', { entity: 'dashboard', entityId: 'caseload', detail: 'Opened the caseload dashboard' }, 'Viewed', 'Dashboard', ''],
    [
      'the dashboard view filed before v1 as a client "caseload"',
      { entity: 'client', entityId: 'caseload', detail: 'Opened the caseload dashboard' },
      'Viewed',
      'Dashboard',
      '',
    ],
    [
      'a medication stopped',
      { action: 'stop', entity: 'medication', entityId: 'm-1', detail: `Stopped sertraline for client ${ANA}` },
      'Stopped',
      'Medication',
      'Ana Ruiz',
    ],
    [
      'a dose change',
      { action: 'dose-change', entity: 'medication', entityId: 'm-1', detail: `for client ${ANA}` },
      'Changed the dose',
      'Medication',
      'Ana Ruiz',
    ],
    ['a note addendum', { action: 'addendum', entity: 'note', entityId: NOTE }, 'Added an addendum', 'Note', 'Ben Oduya'],
    ['a co-sign', { action: 'cosign', entity: 'review', entityId: 'r-1', detail: `Co-signed (client ${BEN})` }, 'Co-signed', 'Progress review', 'Ben Oduya'],
    ['a settings change', { action: 'settings', entity: 'vault', entityId: 'clinic-1' }, 'Changed settings', 'Clinic', ''],
    ['a backup', { action: 'backup', entity: 'vault', entityId: 'clinic-1' }, 'Backed up', 'Clinic', ''],
    ['a restore', { action: 'restore', entity: 'vault', entityId: 'clinic-1' }, 'Restored', 'Clinic', ''],
  ])('names %s in words', (_name, over, action, record, client) => {
    const row = auditRowOf(ev(over), dir);
    expect([AUDIT_ACTION_LABELS[row.action], row.record, row.client]).toEqual([action, record, client]);
  });

  it('the CSV table has a header and one named line per event', () => {
    expect(auditCsvTable([auditRowOf(ev({}), dir)])).toEqual([
      ['When (UTC)', 'Who', 'Action', 'Record', 'Client', 'Detail'],
      ['2026-12-01T10:00:00.000Z', 'Dr. Tess', 'Viewed', 'Client', 'Ana Ruiz', 'Opened the chart'],
    ]);
  });
});
