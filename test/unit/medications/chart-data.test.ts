import { describe, expect, it } from 'vitest';
import { cellsFrom, gridEntries, gridRows, weekDays } from '../../../renderer/features/medications/adherence-grid';
import { adherenceChartData, adherenceChartSummary, sideEffectChartSummary } from '../../../renderer/features/medications/medication-chart-config';
import { medicationChanges, sideEffectChart, weeklyAdherenceChart } from '../../../renderer/features/medications/medication-chart-data';
import { day, event, medication, sideEffect } from './fixtures';
import { readHistory } from '../../../shared/domain/medication-events';

const SERT = medication({ id: 'm1', startedOn: '2026-11-01', dose: 100 });

describe('medicationChanges (history and symptom-chart markers)', () => {
  it('lists start at the first dose, each dose change old → new, and the stop, oldest first', () => {
    const h = readHistory([event('dose-change', '2026-11-10', { fromDose: 50, toDose: 100, unit: 'mg', reason: 'Partial response' })]);
    const stopped = { ...SERT, status: 'stopped', stoppedOn: '2026-11-20', stopReason: 'Side effects' } as const;
    expect(medicationChanges([stopped], h).map((c) => [c.date, c.kind, c.label, c.reason])).toEqual([
      ['2026-11-01', 'start', 'Started Sertraline 50 mg', 'Depression'],
      ['2026-11-10', 'dose-change', 'Sertraline 50 → 100 mg', 'Partial response'],
      ['2026-11-20', 'stop', 'Stopped Sertraline', 'Side effects'],
    ]);
  });
});

describe('weeklyAdherenceChart', () => {
  it('gives each medication with records a percent of recorded doses per week, unrecorded days apart', () => {
    const h = { adherence: [day('m1', '2026-11-09', 1), day('m1', '2026-11-10', 0), day('m1', '2026-11-17', 1)] };
    const chart = weeklyAdherenceChart([SERT, medication({ id: 'm2', name: 'Unrecorded' })], h, '2026-11-20', 3);
    expect(chart.weeks).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    // Week of 16 Nov: Monday to Friday (today) are due, Saturday and Sunday have not happened.
    expect(chart.series).toEqual([
      { medicationId: 'm1', name: 'Sertraline', percents: [null, 50, 100], counts: ['not recorded', '1 of 2', '1 of 1'], unrecordedDays: [7, 5, 4] },
    ]);
    expect(adherenceChartData(chart, (d) => d).datasets[0]?.data).toEqual([null, 50, 100]);
    expect(adherenceChartSummary(chart)).toBe('Weekly adherence bars with the 80 % line. Sertraline: 2 weeks recorded, latest 100 %.');
  });

  it('starts at the week the medication started, not with empty weeks before it', () => {
    const late = medication({ id: 'm1', startedOn: '2026-11-11' }); // a Wednesday
    const chart = weeklyAdherenceChart([late], { adherence: [day('m1', '2026-11-12', 1)] }, '2026-11-20');
    expect(chart.weeks).toEqual(['2026-11-09', '2026-11-16']);
    expect(chart.series[0]?.counts).toEqual(['1 of 1', 'not recorded']);
    expect(chart.series[0]?.unrecordedDays).toEqual([4, 5]); // 11, 13–15 Nov; 16–20 Nov
  });

  it('shows at most the last `weeks` weeks of an older medication, and "—" for a week it was not prescribed', () => {
    const lith = medication({ id: 'm2', name: 'Lithium', startedOn: '2026-11-16' });
    const chart = weeklyAdherenceChart([SERT, lith], { adherence: [day('m1', '2026-11-03', 1), day('m2', '2026-11-17', 1)] }, '2026-11-20', 2);
    expect(chart.weeks).toEqual(['2026-11-09', '2026-11-16']);
    expect(chart.series.map((s) => s.counts)).toEqual([
      ['not recorded', 'not recorded'],
      ['—', '1 of 1'],
    ]);
  });

  it('counts the issue’s example like the 14-day figure: last week 5 of 7 (71 %)', () => {
    const week = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'].map((d, i) => day('m1', d, i < 2 ? 0 : 1));
    const chart = weeklyAdherenceChart([SERT], { adherence: week }, '2026-12-04');
    expect(chart.series[0]?.percents.slice(-2)).toEqual([71, null]);
    expect(chart.series[0]?.counts.slice(-2)).toEqual(['5 of 7', 'not recorded']);
  });
});

describe('sideEffectChart', () => {
  it('draws one line per effect over every observed date, a resolution as 0', () => {
    const chart = sideEffectChart({
      sideEffects: [sideEffect('s1', 'nausea', '2026-11-02', 2), sideEffect('s2', 'nausea', '2026-11-09', 1), sideEffect('s3', 'tremor', '2026-11-05', 3)],
      resolutions: [{ ...day('m1', '2026-11-12', 1), sideEffectId: 's2' }],
    });
    expect(chart.dates).toEqual(['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-12']);
    expect(chart.lines).toEqual([
      { label: 'Nausea', values: [2, null, 1, 0] },
      { label: 'Tremor', values: [null, 3, null, null] },
    ]);
    expect(sideEffectChartSummary(chart)).toBe('Side-effect severity over time: Nausea latest None; Tremor latest Severe.');
  });
});

describe('adherence grid', () => {
  const days = weekDays('2026-11-16');
  const twice = medication({ id: 'm2', name: 'Lithium', startedOn: '2026-11-18', schedule: { asNeeded: false, timesPerDay: 2, times: [] } });
  const prn = medication({ id: 'm3', name: 'Hydroxyzine', schedule: { asNeeded: true, timesPerDay: 0, times: [] } });
  const rows = gridRows([SERT, twice, prn], days, '2026-11-20');

  it('offers scheduled medications only, on days they were prescribed and not in the future', () => {
    expect(rows.map((r) => [r.med.id, r.open.map((o) => (o ? 1 : 0)).join('')])).toEqual([
      ['m1', '1111100'],
      ['m2', '0011100'],
    ]);
  });

  it('labels days after today "not yet" and days outside the prescription "not prescribed"', () => {
    expect(rows.map((r) => r.states)).toEqual([
      ['open', 'open', 'open', 'open', 'open', 'not-yet', 'not-yet'],
      ['not-prescribed', 'not-prescribed', 'open', 'open', 'open', 'not-yet', 'not-yet'],
    ]);
    const stopped = medication({ id: 'm4', status: 'stopped', stoppedOn: '2026-11-17' });
    expect(gridRows([stopped], days, '2026-11-20')[0]?.states).toEqual([
      'open',
      'open',
      'not-prescribed',
      'not-prescribed',
      'not-prescribed',
      'not-prescribed',
      'not-prescribed',
    ]);
  });

  it('turns filled, changed cells into entries and names each problem', () => {
    const recorded = cellsFrom([day('m1', '2026-11-16', 1)], rows, days);
    expect(recorded.m1?.['2026-11-16']).toBe('1');
    const cells = { m1: { ...recorded.m1, '2026-11-17': '0', '2026-11-18': '' }, m2: { '2026-11-18': '3', '2026-11-19': '1' } };
    const result = gridEntries(rows, days, cells, recorded, { m1: 'forgot' }, 'observed');
    expect(result.entries).toEqual([{ medicationId: 'm1', day: '2026-11-17', taken: 0, scheduled: 1, missReason: 'forgot', source: 'observed' }]);
    expect(result.errors).toEqual([
      'Lithium, 2026-11-18: More doses taken than scheduled; check the count.',
      'Lithium, 2026-11-19: Choose why doses were missed.',
    ]);
  });
});
