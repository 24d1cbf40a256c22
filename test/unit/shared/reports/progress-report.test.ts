import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PART2_NOTICE,
  buildProgressReport,
  documentText,
  periodErrors,
  withoutNeverIncluded,
  type ProgressReportInput,
  type ReportMeasure,
  type ReportOptIn,
  type ReportVersion,
} from '../../../../shared/reports';

const ITEM9 = { item: 'item9', answer: '2' };
const NARRATIVE = 'Spoke about her sister Quillon';
const FAMILY = 'Worried about Vexmoor';

function phq(day: string, total: number, band: string, flags: string[] = []): ReportMeasure {
  return { instrumentId: 'PHQ-9', instrumentTitle: 'Patient Health Questionnaire-9', day, total, band, flags, answers: [ITEM9] };
}

function input(over: Partial<ProgressReportInput> = {}): ProgressReportInput {
  return {
    clinicName: 'Harbor Light IOP',
    part2Notice: DEFAULT_PART2_NOTICE,
    client: { id: 'c1', firstName: 'Zoë', lastName: 'Ångström', dateOfBirth: '1991-03-04', program: 'Adult', levelOfCare: 'IOP', admissionDate: '2026-10-01' },
    clinicianName: 'Alex Admin',
    period: { from: '2026-11-01', to: '2026-11-30' },
    generatedAt: '2026-12-01T10:00:00.000Z',
    measures: [phq('2026-10-02', 20, 'severe'), phq('2026-11-10', 14, 'moderate'), phq('2026-11-25', 8, 'mild', ['self_harm_item9'])],
    attendance: [
      { day: '2026-11-03', sessionKind: 'group', status: 'present', minutes: 180 },
      { day: '2026-11-05', sessionKind: 'group', status: 'absent-unexcused', minutes: 180 },
      { day: '2026-11-06', sessionKind: 'individual', status: 'late', minutes: 60 },
    ],
    medications: [{ name: 'Sertraline', dose: '50 mg', schedule: 'once a day', startedOn: '2026-10-01', adherencePercent: 90, sideEffects: ['nausea'] }],
    plan: null,
    behaviourEntries: [],
    homework: [],
    homeworkCompletions: [],
    summary: '',
    noteNarratives: [{ day: '2026-11-10', title: 'SOAP note', text: NARRATIVE }],
    familyFreeText: [{ day: '2026-11-12', text: FAMILY }],
    ...over,
  };
}

function text(version: ReportVersion, optIns: readonly ReportOptIn[] = [], over: Partial<ProgressReportInput> = {}): string {
  return documentText(buildProgressReport(input(over), { version, optIns, medicationsForPayer: false }));
}

describe('buildProgressReport', () => {
  it('payer version: baseline from before the period, latest in it, change, reliable change, band and the period rows', () => {
    const t = text('payer');
    expect(t).toContain('baseline 20 (2 October 2026), latest 8, change −12, Reliably improved, band Mild.');
    expect(t).toContain('10 November 2026 14 Moderate');
    expect(t).not.toContain('2 October 2026 20 Severe');
    expect(t).toContain('Attendance 2/3 (66%)');
    expect(t).toContain('Safety events in period: 1.');
    expect(t).toContain('No progress review recorded.');
    expect(t).not.toContain('Sertraline');
  });

  it('client version speaks plainly and lists medications', () => {
    const t = text('client');
    expect(t).toContain('your first score was 20; your latest score is 8 (mild). Compared with the start, this is clearly better.');
    expect(t).toContain('You attended 2 of 3 scheduled sessions (66%).');
    expect(t).toContain('Sertraline 50 mg once a day 90% nausea');
    expect(t).not.toContain('Reliably improved');
  });

  it('the payer version shows medications only when the clinic allows it', () => {
    const doc = buildProgressReport(input(), { version: 'payer', optIns: [], medicationsForPayer: true });
    expect(documentText(doc)).toContain('Sertraline');
  });

  it.each(['client', 'payer'] as const)('%s version: by default no note narrative, no item answers, no family free text', (version) => {
    const t = text(version);
    for (const never of [NARRATIVE, FAMILY, 'item9', 'Session notes']) expect(t).not.toContain(never);
  });

  it.each([
    ['note_narratives', NARRATIVE],
    ['item_answers', 'item9 2'],
    ['family_free_text', FAMILY],
  ] as const)('opting in to %s adds exactly that', (optIn, shown) => {
    const t = text('payer', [optIn]);
    expect(t).toContain(shown);
    for (const other of [NARRATIVE, 'item9 2', FAMILY].filter((x) => x !== shown)) expect(t).not.toContain(other);
  });

  it('a period with no data says so instead of empty tables', () => {
    const t = text('payer', [], { period: { from: '2026-06-01', to: '2026-06-30' }, medications: [] });
    expect(t).toContain('No questionnaires were completed between 1 June 2026 and 30 June 2026.');
    expect(t).toContain('No sessions were recorded from 1 June 2026 to 30 June 2026.');
    expect(t).toContain('No target behaviours were recorded from 1 June 2026 to 30 June 2026.');
    const doc = buildProgressReport(input({ period: { from: '2026-06-01', to: '2026-06-30' } }), { version: 'payer', optIns: [], medicationsForPayer: false });
    const tables = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table');
    expect(tables).toEqual([]);
  });

  it('says whether a safety plan is in force, and since when', () => {
    expect(text('payer')).toContain('No signed safety plan is recorded.');
    expect(text('client', [], { safetyPlanSince: '2026-11-12' })).toContain('Your safety plan in force since 12 November 2026.');
  });

  it('prints the diagnoses of the signed plan in both versions (default on, §7.1)', () => {
    const plan = {
      effectiveFrom: '2026-10-01',
      clientStatement: 'I want to work again',
      diagnoses: ['F33.1 Major depressive disorder'],
      problems: [],
      targetBehaviours: [],
    };
    expect(text('client', [], { plan })).toContain('Diagnoses: F33.1 Major depressive disorder');
    expect(text('payer', [], { plan })).toContain('Diagnoses: F33.1 Major depressive disorder');
  });

  it('counts a weekly total as its week in the behaviours table, not as one day', () => {
    const panic = {
      behaviourId: 'panic_attacks',
      label: 'Panic attacks',
      valueType: 'count',
      direction: 'lower_is_better',
      period: 'day',
      reporters: ['client'],
      weeklyTarget: { aggregate: 'sum_per_week', comparator: '<=', value: 1 },
    } as const;
    const plan = { effectiveFrom: '2026-10-01', clientStatement: '', diagnoses: [], problems: [], targetBehaviours: [panic] };
    const entry = { behaviourId: 'panic_attacks', reporter: 'client', recall: 'same_day', enteredAt: '2026-11-30T09:00:00.000Z' } as const;
    const behaviourEntries = [
      { ...entry, date: '2026-11-14', value: 5, span: 'week' as const },
      { ...entry, date: '2026-11-20', value: 1 },
    ];
    expect(text('payer', [], { plan, behaviourEntries })).toContain('Panic attacks 8 (1 weekly total) 6 <= 1 a week');
  });

  // §7.2 item 7, §7.5: a substance-use (or dual-diagnosis) program's report carries the 42 CFR 2.32 notice, as the record export does.
  it.each([
    ['Substance use', true],
    ['Dual diagnosis', true],
    ['Adult mental health', false],
    ['Adolescent', false],
  ] as const)('the Part 2 notice for a %s program: %s', (program, shown) => {
    const base = input();
    for (const version of ['client', 'payer'] as const) {
      const t = text(version, [], { client: { ...base.client, program } });
      expect(t.includes('42 CFR part 2 prohibits unauthorized use or disclosure')).toBe(shown);
    }
  });

  it('prints the clinic’s own wording of the Part 2 notice (Settings) instead of the standard text', () => {
    const own = 'Harbor Light notice: these Part 2 records may not be re-disclosed (42 CFR 2.32).';
    const base = input();
    const doc = buildProgressReport(input({ part2Notice: own, client: { ...base.client, program: 'Substance use' } }), {
      version: 'payer',
      optIns: ['part2'],
      medicationsForPayer: false,
    });
    expect(doc.notice).toEqual([own]);
  });

  it('prints the latest decision when the reviews feature gives one', () => {
    const latestDecision = { decidedOn: '2026-11-28', decision: 'step_down', targetLevel: 'OP', rationale: 'Sustained improvement', decidedBy: 'Alex Admin' };
    expect(text('client', [], { latestDecision })).toContain('On 28 November 2026 your care team decided to move to a less intensive level of care.');
    expect(text('client', [], { latestDecision })).toContain('The plan is to move to OP.');
    expect(text('payer', [], { latestDecision })).toContain('Review of 28 November 2026: decision Step down.');
    expect(text('payer', [], { latestDecision })).toContain('Target level of care: OP.');
    expect(text('payer', [], { latestDecision })).toContain('Rationale: Sustained improvement');
    expect(text('payer', [], { latestDecision })).toContain('Signed by Alex Admin.');
  });

  it('draws a chart of the period scores with the instrument bands', () => {
    const doc = buildProgressReport(input(), { version: 'payer', optIns: [], medicationsForPayer: false });
    const chart = doc.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'chart');
    expect(chart).toMatchObject({
      yMin: 0,
      yMax: 27,
      series: [
        {
          label: 'PHQ-9',
          points: [
            { date: '2026-11-10', value: 14 },
            { date: '2026-11-25', value: 8 },
          ],
        },
      ],
    });
    expect(chart?.kind === 'chart' ? chart.bands.length : 0).toBeGreaterThan(0);
  });
});

describe('withoutNeverIncluded', () => {
  it('drops every opt-in field unless chosen', () => {
    const out = withoutNeverIncluded(input(), []);
    expect(out.noteNarratives).toBeUndefined();
    expect(out.familyFreeText).toBeUndefined();
    expect(out.measures.every((m) => m.answers === undefined)).toBe(true);
  });
});

describe('periodErrors', () => {
  it.each([
    [{ from: '2026-11-01', to: '2026-11-30' }, {}],
    [{ from: '', to: '2026-11-30' }, { from: 'Enter the first day of the period.' }],
    [{ from: '2026-11-01', to: '' }, { to: 'Enter the last day of the period.' }],
    [{ from: '2026-11-30', to: '2026-11-01' }, { to: 'The last day cannot be before the first day.' }],
    [{ from: '2026-12-02', to: '2026-12-03' }, { from: 'The period cannot start in the future.' }],
  ])('%j → %j', (period, expected) => {
    expect(periodErrors(period, '2026-12-01')).toEqual(expected);
  });
});
