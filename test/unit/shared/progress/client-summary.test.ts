import { describe, expect, it } from 'vitest';
import {
  CLIENT_SUMMARY_VERSION,
  compactEvidenceInstants,
  settleSummary,
  isUsableSummary,
  newestInstantAt,
  type ClientSummary,
} from '../../../../shared/progress/alerts/client-summary';
import { alertInput } from '../../../utils/alert-input';

const input = alertInput({
  clientName: 'Stored, Name',
  reviewDueOn: '2026-12-10',
  recommendation: { value: 'continue', rule: 'continue.default', evidenceAt: '0000-01-01T00:00:00.000Z' },
  attendance: [
    { at: '2026-12-03T16:00:00.000Z', outcome: 'attended' },
    { at: '2026-12-04T16:00:00.000Z', outcome: 'missed' },
  ],
  pendingSignatures: [{ kind: 'client_acknowledgement', requestedAt: '2026-12-01T10:00:00.000Z', refId: 'plan-1' }],
});
const stamp = { day: '2026-12-04', timeZone: 'UTC', paramsKey: '{}' };
const summary: ClientSummary = {
  version: CLIENT_SUMMARY_VERSION,
  clientId: 'c1',
  stamp,
  builtAt: '2026-12-04T09:00:00.000Z',
  input,
  days: [{}, { medication14: { taken: 3, scheduled: 10 } }, {}],
  evidenceInstants: ['2026-12-03T16:00:00.000Z', '2026-12-04T16:00:00.000Z'],
};
const live = { clientName: 'Quinn, Avery', admissionDate: '2026-11-02' };

describe('compactEvidenceInstants', () => {
  it.each([
    { name: 'nothing', instants: [], builtAt: '2026-12-04T09:00:00Z', out: [] },
    {
      name: 'all past: only the newest',
      instants: ['2026-12-02T00:00:00Z', '2026-12-01T00:00:00Z'],
      builtAt: '2026-12-04T09:00:00Z',
      out: ['2026-12-02T00:00:00Z'],
    },
    {
      name: 'past and later',
      instants: ['2026-12-05T00:00:00Z', '2026-12-01T00:00:00Z', '2026-12-03T00:00:00Z', '2026-12-04T10:00:00Z'],
      builtAt: '2026-12-04T09:00:00Z',
      out: ['2026-12-03T00:00:00Z', '2026-12-04T10:00:00Z', '2026-12-05T00:00:00Z'],
    },
    { name: 'all later', instants: ['2026-12-05T00:00:00Z'], builtAt: '2026-12-04T09:00:00Z', out: ['2026-12-05T00:00:00Z'] },
    {
      name: 'at the build instant counts as past',
      instants: ['2026-12-04T09:00:00Z', '2026-12-01T00:00:00Z'],
      builtAt: '2026-12-04T09:00:00Z',
      out: ['2026-12-04T09:00:00Z'],
    },
  ])('$name', ({ instants, builtAt, out }) => {
    expect(compactEvidenceInstants(instants, builtAt)).toEqual(out);
  });

  it.each(['2026-12-04T09:00:00Z', '2026-12-04T12:00:00Z', '2026-12-05T00:00:00Z', '2026-12-06T00:00:00Z'])(
    'gives the same newest instant as the whole list at %s (any time from the build on)',
    (now) => {
      const all = ['2026-12-05T00:00:00Z', '2026-12-01T00:00:00Z', '2026-12-03T00:00:00Z', '2026-12-04T10:00:00Z'].sort();
      expect(newestInstantAt(compactEvidenceInstants(all, '2026-12-04T09:00:00Z'), now)).toBe(newestInstantAt(all, now));
    },
  );
});

describe('isUsableSummary', () => {
  it.each([
    { name: 'the same stamp, built before now', value: summary, usable: true },
    { name: 'another version', value: { ...summary, version: CLIENT_SUMMARY_VERSION + 1 }, usable: false },
    { name: 'another client', value: { ...summary, clientId: 'c2' }, usable: false },
    { name: 'built the day before: its second day', value: { ...summary, stamp: { ...stamp, day: '2026-12-03' } }, usable: true },
    { name: 'built two days before: its last day', value: { ...summary, stamp: { ...stamp, day: '2026-12-02' } }, usable: true },
    { name: 'built three days before: past its days', value: { ...summary, stamp: { ...stamp, day: '2026-12-01' } }, usable: false },
    { name: 'built on a later day', value: { ...summary, stamp: { ...stamp, day: '2026-12-05' } }, usable: false },
    { name: 'no days', value: { ...summary, days: [] }, usable: false },
    { name: 'days not a list', value: { ...summary, days: {} }, usable: false },
    { name: 'another time zone', value: { ...summary, stamp: { ...stamp, timeZone: 'America/Chicago' } }, usable: false },
    { name: 'other rule parameters', value: { ...summary, stamp: { ...stamp, paramsKey: '{"x":1}' } }, usable: false },
    { name: 'built after now (clock set back)', value: { ...summary, builtAt: '2026-12-04T13:00:00.000Z' }, usable: false },
    { name: 'no stamp', value: { ...summary, stamp: undefined }, usable: false },
    { name: 'no input', value: { ...summary, input: null }, usable: false },
    { name: 'no evidence instants', value: { ...summary, evidenceInstants: undefined }, usable: false },
    { name: 'nothing stored', value: null, usable: false },
    { name: 'not an object', value: 'summary', usable: false },
  ])('$name: $usable', ({ value, usable }) => {
    expect(isUsableSummary(value, 'c1', stamp, '2026-12-04T12:00:00.000Z')).toBe(usable);
  });
});

describe('settleSummary', () => {
  it.each([
    {
      name: 'before the second session: one mark, the first session behind the recommendation',
      now: '2026-12-04T12:00:00.000Z',
      marks: 1,
      evidenceAt: '2026-12-03T16:00:00.000Z',
    },
    { name: 'after it: both marks, the second behind the recommendation', now: '2026-12-04T17:00:00.000Z', marks: 2, evidenceAt: '2026-12-04T16:00:00.000Z' },
  ])('$name', ({ now, marks, evidenceAt }) => {
    const out = settleSummary(summary, live, '2026-12-04', now);
    if (!out) throw new Error('the summary holds on its build day');
    expect(out.attendance).toHaveLength(marks);
    expect(out.recommendation).toEqual({ value: 'continue', rule: 'continue.default', evidenceAt });
    expect(out.clientName).toBe('Quinn, Avery');
    expect(out.admissionDate).toBe('2026-11-02');
    expect(out.pendingSignatures.map((p) => p.refId)).toEqual(['plan-1']);
  });

  it.each([
    { name: 'no evidence yet: no recommendation', s: { ...summary, evidenceInstants: [] } },
    { name: 'the engine recommended nothing', s: { ...summary, input: { ...input, recommendation: null } } },
  ])('$name', ({ s }) => {
    expect(settleSummary(s, live, '2026-12-04', '2026-12-04T17:00:00.000Z')?.recommendation).toBeNull();
  });
});

describe('settleSummary by day', () => {
  it.each([
    { name: 'the build day: the build day’s input', today: '2026-12-04', medication14: null },
    { name: 'the next day: that day’s changes', today: '2026-12-05', medication14: { taken: 3, scheduled: 10 } },
    { name: 'two days on: back to the build day’s value', today: '2026-12-06', medication14: null },
  ])('$name', ({ today, medication14 }) => {
    expect(settleSummary(summary, live, today, `${today}T12:00:00.000Z`)?.medication14).toEqual(medication14);
  });

  it.each(['2026-12-03', '2026-12-07', '2027-01-04'])('does not hold on %s (before its build day or past its days)', (today) => {
    expect(settleSummary(summary, live, today, `${today}T12:00:00.000Z`)).toBeNull();
  });
});
