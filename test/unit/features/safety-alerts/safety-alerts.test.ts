import { describe, expect, it } from 'vitest';
import type { ClinicRecord } from '../../../../renderer/db';
import { INSTRUMENT_IDS } from '../../../../shared/instruments';
import {
  ALERTING_INSTRUMENTS,
  ackContent,
  activeAlerts,
  alertReason,
  clientsWithAlerts,
  raisesSafetyAlert,
  toSafetyAck,
  type SafetyAck,
} from '../../../../renderer/features/safety-alerts/safety-alerts';
import { measure } from '../measures/fixtures';

const ack = (responseIds: string[]): SafetyAck => ({
  id: 'k',
  clientId: 'c1',
  responseIds,
  action: 'other',
  note: 'n',
  authorId: 'u1',
  signedAt: '2026-11-02T12:00:00.000Z',
  contentHash: 'h',
});

describe('raisesSafetyAlert', () => {
  it.each([
    ['PHQ-9 item 9 > 0', measure({ id: 'x', total: 3, flags: ['self_harm_item9'] }), true],
    ['PHQ-9 item 9 unanswered', measure({ id: 'x', total: null, flags: ['item9_unanswered', 'incomplete'] }), true],
    ['PHQ-9 high total, item 9 = 0', measure({ id: 'x', total: 24, flags: ['above_cutoff_10'] }), false],
    ['C-SSRS none', measure({ id: 'x', instrumentId: 'C-SSRS-Screener', total: null, band: 'none' }), false],
    ['C-SSRS low', measure({ id: 'x', instrumentId: 'C-SSRS-Screener', total: null, band: 'low' }), true],
    ['C-SSRS high', measure({ id: 'x', instrumentId: 'C-SSRS-Screener', total: null, band: 'high' }), true],
    ['GAD-7 severe', measure({ id: 'x', instrumentId: 'GAD-7', total: 21, band: 'severe' }), false],
  ])('%s → %s', (_name, response, expected) => {
    expect(raisesSafetyAlert(response)).toBe(expected);
  });
});

describe('activeAlerts', () => {
  const flagged = measure({ id: 'f1', flags: ['self_harm_item9'] });
  const later = measure({ id: 'f2', clientId: 'c2', instrumentId: 'C-SSRS-Screener', total: null, band: 'moderate' });
  const correction = measure({ id: 'f3', supersedesId: 'f1' });
  it.each([
    ['no acknowledgement', [], ['f1', 'f2']],
    ['f1 acknowledged', [ack(['f1'])], ['f2']],
    ['both acknowledged', [ack(['f1', 'f2'])], []],
  ] as [string, SafetyAck[], string[]][])('%s', (_name, acks, ids) => {
    expect(activeAlerts([flagged, later, correction], acks).map((r) => r.id)).toEqual(ids);
  });

  it('a correction does not clear the alert of the response it supersedes', () => {
    expect(activeAlerts([flagged, correction], []).map((r) => r.id)).toEqual(['f1']);
  });

  it('collects the clients with unanswered alerts', () => {
    expect([...clientsWithAlerts([flagged, later], [ack(['f1'])])]).toEqual(['c2']);
  });
});

describe('alertReason', () => {
  it.each([
    [measure({ id: 'x', answers: { phq9_9: 1 }, flags: ['self_harm_item9'] }), 'PHQ-9 item 9 (thoughts of self-harm) answered 1 of 3'],
    [measure({ id: 'x', answers: { phq9_9: null }, flags: ['item9_unanswered'] }), 'PHQ-9 item 9 (thoughts of self-harm) was not answered'],
    [measure({ id: 'x', instrumentId: 'C-SSRS-Screener', band: 'low' }), 'C-SSRS screener: Low risk (Q1 or Q2 only)'],
  ])('%#', (response, text) => {
    expect(alertReason(response)).toBe(text);
  });
});

describe('acknowledgement content and records', () => {
  it('hashes the same content whatever the order of response ids', () => {
    const base = { clientId: 'c1', action: 'other', note: 'n', authorId: 'u1', signedAt: 't' } as const;
    expect(ackContent({ ...base, responseIds: ['b', 'a'] })).toBe(ackContent({ ...base, responseIds: ['a', 'b'] }));
    expect(ackContent({ ...base, responseIds: ['a'] })).toBe(
      '{"clientId":"c1","responseIds":["a"],"action":"other","note":"n","authorId":"u1","signedAt":"t"}',
    );
  });

  const record = (data: Record<string, unknown>): ClinicRecord => ({
    id: 'k',
    kind: 'safety-ack',
    status: 'resolved',
    refCollection: 'clients',
    refId: 'c1',
    data,
    reason: '',
    authorId: 'u1',
    createdAt: 't',
    updatedAt: 't',
  });
  it.each([
    ['well formed', { responseIds: ['r1'], action: 'safety-plan-reviewed', note: 'ok', contentHash: 'h' }, true],
    ['unknown action', { responseIds: ['r1'], action: 'shrugged', note: 'ok', contentHash: 'h' }, false],
    ['ids not a list', { responseIds: 'r1', action: 'other', note: 'ok', contentHash: 'h' }, false],
    ['no hash', { responseIds: ['r1'], action: 'other', note: 'ok' }, false],
  ])('reads a %s record', (_name, data, ok) => {
    expect(toSafetyAck(record(data)) !== null).toBe(ok);
  });
});

describe('ALERTING_INSTRUMENTS (what the client list reads)', () => {
  it('holds every instrument whose responses can raise an alert', () => {
    const alerting = INSTRUMENT_IDS.filter((id) =>
      [['self_harm_item9'], ['item9_unanswered']].some((flags) => raisesSafetyAlert(measure({ id: 'x', instrumentId: id, band: 'high', flags }))),
    );
    expect([...ALERTING_INSTRUMENTS].sort()).toEqual([...alerting].sort());
  });
});
