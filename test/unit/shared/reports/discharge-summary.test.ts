import { describe, expect, it } from 'vitest';
import type { CarePlan } from '../../../../shared/domain/records';
import { carePlanChangeRefusal } from '../../../../shared/progress/plans/plan-guard';
import {
  DEFAULT_PART2_NOTICE,
  buildDischargeSummary,
  dischargeAddendumOf,
  dischargeAddendumRecordOf,
  dischargeSummaryDue,
  dischargeSummaryErrors,
  dischargeSummaryOf,
  dischargeSummaryRecordOf,
  documentText,
  dueWords,
  prefillDischargeContent,
  type DischargeFacts,
  type DischargePrefillFacts,
  type DischargeSummaryContent,
} from '../../../../shared/reports';

const PREFILL: DischargePrefillFacts = {
  dischargeDate: '2026-12-01',
  dischargeReason: 'Completed program',
  dischargeNote: '',
  problems: ['Low mood'],
  targetLevel: 'OP',
  medications: ['Sertraline 50 mg, once daily'],
  relapseLines: ['Warning signs: sleeping late'],
};

const valid = (): DischargeSummaryContent => {
  const c = prefillDischargeContent(PREFILL);
  return {
    narrative: { ...c.narrative, courseOfTreatment: '12 groups', riskStatement: 'Low risk' },
    aftercare: { ...c.aftercare, ifSymptomsRecur: 'Call the clinic' },
  };
};

const FACTS: DischargeFacts = {
  clinicName: 'Harbor Light',
  client: { id: 'c1', name: 'Zoë Ångström', dateOfBirth: '1991-03-04', program: 'Adult mental health' },
  admissionDate: '2026-11-01',
  dischargeDate: '2026-12-01',
  lastServiceOn: '2026-11-30',
  clinicianName: 'Sam Rivera',
  episodes: [{ level: 'IOP', from: '2026-11-01', to: '2026-12-01', endType: 'discharge' }],
  services: [{ sessionKind: 'group', scheduled: 10, attended: 9, hours: 27 }],
  measures: [
    { instrumentId: 'PHQ-9', instrumentTitle: 'PHQ-9', day: '2026-11-03', total: 18, band: 'moderately_severe', flags: [] },
    { instrumentId: 'PHQ-9', instrumentTitle: 'PHQ-9', day: '2026-11-28', total: 5, band: 'mild', flags: ['self_harm_item9'] },
  ],
  plan: null,
  medications: [],
  latestDecision: { decidedOn: '2026-11-29', decision: 'discharge', targetLevel: 'OP', rationale: 'Goals met', decidedBy: 'Sam Rivera' },
  safetyPlanSince: '2026-11-05',
  relapsePlanSince: null,
  crisisContacts: ['Mum — 555 0101'],
};

describe('discharge summary content', () => {
  it.each([
    ['Completed program', 'completed', ''],
    ['Stepped down to outpatient', 'transferred', ''],
    ['Left against advice', 'not_completed', 'left_against_advice'],
    ['Insurance or payment', 'not_completed', 'administrative'],
    ['Something else', 'not_completed', 'other'],
    ['', '', ''],
  ])('prefills the discharge type of "%s"', (reason, type, why) => {
    const c = prefillDischargeContent({ ...PREFILL, dischargeReason: reason });
    expect([c.narrative.dischargeType, c.narrative.notCompletedReason]).toEqual([type, why]);
  });

  it('prefills follow-ups at 7 and 30 days, the target level, medications and relapse prevention', () => {
    const a = prefillDischargeContent(PREFILL).aftercare;
    expect(a).toMatchObject({
      followUps: ['2026-12-08', '2026-12-31'],
      nextLevelOfCare: 'OP',
      medicationPlan: 'Continue: Sertraline 50 mg, once daily.',
      relapsePrevention: 'Warning signs: sleeping late',
    });
  });

  it.each([
    ['2026-12-01', '2026-12-01', '2026-12-16', 15, 'due in 15 days'],
    ['2026-12-01', '2026-12-15', '2026-12-16', 1, 'due in 1 day'],
    ['2026-12-01', '2026-12-16', '2026-12-16', 0, 'due today'],
    ['2026-12-01', '2026-12-19', '2026-12-16', -3, '3 days overdue'],
  ])('discharged %s, today %s: due %s', (discharged, today, dueOn, daysLeft, words) => {
    expect(dischargeSummaryDue(discharged, today)).toEqual({ dueOn, daysLeft });
    expect(dueWords(daysLeft)).toBe(words);
  });

  const edit = (n: Partial<DischargeSummaryContent['narrative']>, a: Partial<DischargeSummaryContent['aftercare']> = {}): DischargeSummaryContent => {
    const c = valid();
    return { narrative: { ...c.narrative, ...n }, aftercare: { ...c.aftercare, ...a } };
  };

  it.each<[string, DischargeSummaryContent, Record<string, string>]>([
    ['a complete summary', valid(), {}],
    ['no type', edit({ dischargeType: '' }), { 'narrative.dischargeType': 'Choose the discharge type.' }],
    [
      'not completed without a reason',
      edit({ dischargeType: 'not_completed', notCompletedReason: '' }),
      { 'narrative.notCompletedReason': 'Choose why the program was not completed.' },
    ],
    [
      'administrative without appeal rights',
      edit({ dischargeType: 'not_completed', notCompletedReason: 'administrative' }),
      { 'narrative.appealRightsGiven': 'An administrative discharge needs the client informed of their right to appeal.' },
    ],
    ['no risk statement', edit({ riskStatement: '  ' }), { 'narrative.riskStatement': 'Write the condition at discharge, including the assessment of risk.' }],
    [
      'an appointment before discharge, no provider',
      edit({}, { firstAppointmentAt: '2026-11-30T10:00' }),
      {
        'aftercare.firstAppointmentAt': 'The first appointment cannot be before the discharge date.',
        'aftercare.providerName': 'Name the provider the first appointment is with.',
      },
    ],
    ['a bad phone', edit({}, { providerPhone: 'call me' }), { 'aftercare.providerPhone': 'Enter a telephone number (digits, spaces, + ( ) -).' }],
    [
      'a follow-up on the discharge day',
      edit({}, { followUps: ['2026-12-08', '2026-12-01'] }),
      { 'aftercare.followUps.1': 'A follow-up contact comes after the discharge date.' },
    ],
    ['sent without a method', edit({}, { transmittedOn: '2026-12-02' }), { 'aftercare.transmissionMethod': 'Say how it was sent (and under which consent).' }],
    ['text too long', edit({ skillsDeveloped: 'x'.repeat(4001) }), { 'narrative.skillsDeveloped': 'At most 4000 characters.' }],
  ])('validates %s', (_name, content, errors) => {
    expect(dischargeSummaryErrors(content, '2026-12-01')).toEqual(errors);
  });
});

const CLINIC_NOTICE = 'Harbor Light notice: these Part 2 records may not be re-disclosed (42 CFR 2.32).';

describe('discharge summary document', () => {
  it('holds admission vs discharge scores with reliable change, the decision, the aftercare plan and crisis contacts; never the item-9 flag', () => {
    const text = documentText(
      buildDischargeSummary(
        FACTS,
        valid(),
        { signerName: 'Sam Rivera', credentials: 'LCSW', signedAt: '2026-12-03T10:00:00Z' },
        [],
        '2026-12-03T10:00:00Z',
        null,
        DEFAULT_PART2_NOTICE,
      ),
    );
    expect(text).toMatch(/baseline 18 .*latest 5, change −13, Reliably improved/);
    expect(text).toContain('Safety events during the stay: 1.');
    expect(text).toContain('Review of 29 November 2026: decision Discharge.\nTarget level of care: OP.\nRationale: Goals met\nSigned by Sam Rivera.');
    expect(text).toContain('Mum — 555 0101');
    expect(text).toContain('Signed by Sam Rivera, LCSW, 3 December 2026.');
    expect(text).not.toContain('self_harm');
  });

  it('carries the 42 CFR Part 2 notice for a substance-use program only (§7.5)', () => {
    const build = (program: string) =>
      documentText(
        buildDischargeSummary({ ...FACTS, client: { ...FACTS.client, program } }, valid(), null, [], '2026-12-03T10:00:00Z', null, DEFAULT_PART2_NOTICE),
      );
    expect(build('Substance use')).toContain('42 CFR part 2 prohibits unauthorized use or disclosure');
    expect(build('Adult mental health')).not.toContain('42 CFR part 2');
  });

  it('prints the clinic’s own wording of the notice (Settings), not the standard text', () => {
    const doc = buildDischargeSummary(
      { ...FACTS, client: { ...FACTS.client, program: 'Dual diagnosis' } },
      valid(),
      null,
      [],
      '2026-12-03T10:00:00Z',
      null,
      CLINIC_NOTICE,
    );
    expect(doc.notice).toEqual([CLINIC_NOTICE]);
  });

  it('a readmitted client: the baseline is this stay’s first score, not one from an earlier stay', () => {
    const earlier = { instrumentId: 'PHQ-9', instrumentTitle: 'PHQ-9', day: '2026-03-10', total: 24, band: 'severe', flags: [] };
    const text = documentText(
      buildDischargeSummary({ ...FACTS, measures: [earlier, ...FACTS.measures] }, valid(), null, [], '2026-12-03T10:00:00Z', null, DEFAULT_PART2_NOTICE),
    );
    expect(text).toMatch(/baseline 18 \(3 November 2026\), latest 5, change −13/);
    expect(text).not.toContain('baseline 24');
  });

  it('says DRAFT when not signed and says so instead of empty tables', () => {
    const doc = buildDischargeSummary(
      { ...FACTS, measures: [], services: [], episodes: [], latestDecision: null },
      valid(),
      null,
      [],
      '2026-12-03T10:00:00Z',
      null,
      DEFAULT_PART2_NOTICE,
    );
    const text = documentText(doc);
    expect(doc.title).toBe('Discharge summary (draft)');
    expect(text).toContain('DRAFT — not signed.');
    expect(text).toContain('No sessions were recorded during the stay.');
    expect(text).toContain('No progress review recorded.');
  });
});

describe('discharge summary records', () => {
  const summary = {
    id: 'ds-c1-2026-12-01',
    clientId: 'c1',
    status: 'signed' as const,
    dischargeDate: '2026-12-01',
    dueOn: '2026-12-16',
    content: valid(),
    facts: FACTS,
    contentHash: 'h'.repeat(64),
    signature: { signerId: 's', signerName: 'Sam', credentials: 'LCSW', signedAt: '2026-12-03T10:00:00.000Z', contentHash: 'h'.repeat(64) },
    authorId: 's',
    createdAt: '2026-12-02T10:00:00.000Z',
    updatedAt: '2026-12-03T10:00:00.000Z',
  };

  it('round-trips a summary and an addendum', () => {
    expect(dischargeSummaryOf(dischargeSummaryRecordOf(summary))).toEqual(summary);
    const addendum = {
      id: 'a1',
      summaryId: summary.id,
      clientId: 'c1',
      text: 'Called',
      signerId: 's',
      signerName: 'Sam',
      credentials: 'LCSW',
      signedAt: '2026-12-05T10:00:00.000Z',
    };
    expect(dischargeAddendumOf(dischargeAddendumRecordOf(addendum, 'h'))).toEqual(addendum);
    expect(dischargeSummaryOf(dischargeAddendumRecordOf(addendum, 'h'))).toBeNull();
  });

  it('the guard refuses any change to a signed summary and a signature without a hash', () => {
    const signed: CarePlan = dischargeSummaryRecordOf(summary);
    expect(carePlanChangeRefusal(signed, { ...signed, reviewDueOn: '2027-01-01' })).toBe('This record is signed and cannot change.');
    const draft: CarePlan = dischargeSummaryRecordOf({ ...summary, status: 'draft', contentHash: '', signature: null });
    expect(carePlanChangeRefusal(draft, { ...draft, status: 'signed' })).toBe('A discharge summary is frozen with its content hash when it is signed.');
    expect(carePlanChangeRefusal(draft, { ...draft, content: { entry: 'summary' } })).toBeNull();
  });
});
