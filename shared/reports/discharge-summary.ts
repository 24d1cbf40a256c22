/**
 * The discharge summary (progress.md §7.3) with its aftercare plan embedded (§7.4) as a report document. Built from
 * facts read from the records (frozen into the record when it is signed) and the clinician's content. The §7.2
 * never-include items are not in the facts at all: measures are totals and bands only (no item answers), and no note
 * narrative, check-in, homework or family free text is read.
 */
import type { DischargeSummaryContent } from './discharge-content';
import { DISCHARGE_TYPE_LABELS, NOT_COMPLETED_LABELS } from './discharge-content';
import { tableOrEmpty, type ReportBlock, type ReportDocument, type ReportSection } from './document';
import type { ReportDecision, ReportMeasure, ReportMedication, ReportPlanSummary } from './progress-report-input';
import { measuresSection, safetyEventCount } from './progress-report-measures';
import { part2NoticeLines } from './part2';
import { decisionLines } from './report-decision';
import { longDate, num } from './report-words';

export interface DischargeEpisode {
  readonly level: string;
  readonly from: string;
  readonly to: string | null;
  readonly endType: string | null;
}

export interface DischargeServiceRow {
  readonly sessionKind: string;
  readonly scheduled: number;
  readonly attended: number;
  readonly hours: number;
}

/** What the summary reads from the records; frozen with the signature. */
export interface DischargeFacts {
  readonly clinicName: string;
  readonly client: { readonly id: string; readonly name: string; readonly dateOfBirth: string; readonly program: string; readonly part2?: boolean | undefined };
  readonly admissionDate: string;
  readonly dischargeDate: string;
  readonly lastServiceOn: string | null;
  readonly clinicianName: string;
  readonly episodes: readonly DischargeEpisode[];
  readonly services: readonly DischargeServiceRow[];
  /** Totals and bands only (§7.2 item 5). */
  readonly measures: readonly ReportMeasure[];
  readonly plan: ReportPlanSummary | null;
  readonly medications: readonly ReportMedication[];
  readonly latestDecision: ReportDecision | null;
  readonly safetyPlanSince: string | null;
  readonly relapsePlanSince: string | null;
  /** The clinic's phone and crisis line (Settings), 988, then the safety plan's crisis contacts (names and numbers). */
  readonly crisisContacts: readonly string[];
}

export interface DischargeSignatureLine {
  readonly signerName: string;
  readonly credentials: string;
  readonly signedAt: string;
}

/** The author's signature as printed; `cosignRequired` when a supervisor must co-sign. */
export interface DischargeAuthorSignatureLine extends DischargeSignatureLine {
  readonly cosignRequired?: boolean;
}

export interface DischargeAddendumLine extends DischargeSignatureLine {
  readonly text: string;
}

const para = (text: string): ReportBlock => ({ kind: 'paragraph', text });
const textOr = (text: string, empty: string): ReportBlock => (text.trim() ? para(text.trim()) : { kind: 'empty', text: empty });

function datesSection(f: DischargeFacts): ReportSection {
  return {
    heading: 'Dates',
    blocks: [
      {
        kind: 'table',
        columns: ['Admission', 'Last service', 'Discharge'],
        rows: [[longDate(f.admissionDate), f.lastServiceOn ? longDate(f.lastServiceOn) : '—', longDate(f.dischargeDate)]],
      },
    ],
  };
}

function reasonSection(c: DischargeSummaryContent): ReportSection {
  const n = c.narrative;
  const type = n.dischargeType === '' ? 'Not stated' : DISCHARGE_TYPE_LABELS[n.dischargeType];
  const why = n.dischargeType === 'not_completed' && n.notCompletedReason !== '' ? ` (${NOT_COMPLETED_LABELS[n.notCompletedReason]})` : '';
  const blocks = [para(`Discharge type: ${type}${why}.`), textOr(n.reason, 'No reason written.')];
  if (n.notCompletedReason === 'administrative')
    blocks.push(
      para(
        n.appealRightsGiven
          ? 'The client was informed of the right to appeal this discharge.'
          : 'The client has not been recorded as informed of the right to appeal.',
      ),
    );
  return { heading: 'Discharge type and reason', blocks };
}

function admissionSection(f: DischargeFacts, c: DischargeSummaryContent): ReportSection {
  const first = [...new Set(f.measures.map((m) => m.instrumentId))].sort().flatMap((id) => {
    const m = f.measures.filter((x) => x.instrumentId === id && x.total !== null).sort((a, b) => a.day.localeCompare(b.day))[0];
    return m ? [`${m.instrumentTitle}: ${num(m.total)} on ${longDate(m.day)}`] : [];
  });
  return {
    heading: 'Condition at admission',
    blocks: [
      textOr(c.narrative.presentingProblems, 'No presenting problems written.'),
      para(`Diagnoses: ${f.plan?.diagnoses.join('; ') || 'none recorded'}.`),
      first.length > 0 ? { kind: 'list', items: first } : { kind: 'empty', text: 'No admission scores recorded.' },
    ],
  };
}

function courseSection(f: DischargeFacts, c: DischargeSummaryContent): ReportSection {
  const episodes = f.episodes.map((e) => [e.level, longDate(e.from), e.to ? longDate(e.to) : 'open', e.endType ?? '—']);
  return {
    heading: 'Course of treatment',
    blocks: [
      textOr(c.narrative.courseOfTreatment, 'No course of treatment written.'),
      tableOrEmpty(
        ['Session type', 'Scheduled', 'Attended', 'Hours attended'],
        f.services.map((s) => [s.sessionKind, String(s.scheduled), String(s.attended), num(s.hours)]),
        'No sessions were recorded during the stay.',
      ),
      tableOrEmpty(['Level of care', 'From', 'To', 'Ended by'], episodes, 'No level-of-care history is recorded.'),
    ],
  };
}

function goalsSection(f: DischargeFacts): ReportSection {
  const goals = f.plan?.problems.flatMap((p) => p.goals) ?? [];
  const rows = goals.flatMap((g) => [
    [`Goal: ${g.clientWords}`, g.status.replaceAll('_', ' '), ''],
    ...g.objectives.map((o) => [o.statement, o.status.replaceAll('_', ' '), o.evidence]),
  ]);
  return {
    heading: 'Progress on each goal and objective',
    blocks: [tableOrEmpty(['Goal / objective', 'Status', 'Evidence'], rows, 'No goals are recorded in a signed treatment plan.')],
  };
}

function dischargeConditionSection(f: DischargeFacts, c: DischargeSummaryContent): ReportSection {
  const stay = { from: f.admissionDate, to: f.dischargeDate };
  const safety = f.safetyPlanSince ? `Safety plan in force since ${longDate(f.safetyPlanSince)}.` : 'No signed safety plan is recorded.';
  return {
    heading: 'Condition at discharge, including risk',
    blocks: [
      textOr(c.narrative.riskStatement, 'No risk statement written.'),
      para(`Safety events during the stay: ${String(safetyEventCount(f.measures, stay))}.`),
      para(safety),
    ],
  };
}

function levelAtDischarge(f: DischargeFacts): ReportSection {
  const last = f.episodes.at(-1);
  return {
    heading: 'Level of care at discharge',
    blocks: [
      last
        ? para(`${last.level} (${longDate(last.from)} to ${longDate(last.to ?? f.dischargeDate)}).`)
        : { kind: 'empty', text: 'No level of care is recorded.' },
    ],
  };
}

function decisionSection(f: DischargeFacts): ReportSection {
  const d = f.latestDecision;
  const blocks: ReportBlock[] = d ? decisionLines(d).map(para) : [{ kind: 'empty', text: 'No progress review recorded.' }];
  return { heading: 'Last progress review decision', blocks };
}

function aftercareSection(f: DischargeFacts, c: DischargeSummaryContent): ReportSection {
  const a = c.aftercare;
  const provider = [a.providerName, a.providerPhone, a.providerLocation].filter((s) => s.trim() !== '').join(' · ');
  const rows: string[][] = [
    ['Next level of care', a.nextLevelOfCare || '—'],
    ['Provider', provider || '—'],
    ['First appointment', a.firstAppointmentAt ? `${longDate(a.firstAppointmentAt)} at ${a.firstAppointmentAt.slice(11, 16)}` : 'not booked'],
    ['Medications and prescribing', a.medicationPlan || '—'],
    ['Avoiding recurrence; re-engaging in treatment', a.relapsePrevention || '—'],
    ['Program support after discharge', a.programSupport || '—'],
    ['Obligations (court, probation, employer)', a.obligations || 'none'],
    ['Community and recovery supports', a.communitySupports || '—'],
    ['If symptoms recur', a.ifSymptomsRecur || '—'],
    ['Program follow-up contacts', a.followUps.map(longDate).join(', ') || 'none'],
    ['Sent to the next provider', a.transmittedOn ? `${longDate(a.transmittedOn)} by ${a.transmissionMethod}` : 'not sent'],
  ];
  return {
    heading: 'Aftercare plan',
    blocks: [
      { kind: 'table', columns: ['Item', 'Plan'], rows },
      { kind: 'paragraph', text: 'Crisis contacts', style: 'strong' },
      { kind: 'list', items: [...f.crisisContacts] },
    ],
  };
}

function plansSection(f: DischargeFacts): ReportSection {
  const line = (what: string, since: string | null) =>
    since ? `${what}: version in force since ${longDate(since)} (client copy available).` : `${what}: none signed.`;
  return {
    heading: 'Relapse-prevention and safety plan',
    blocks: [{ kind: 'list', items: [line('Safety plan', f.safetyPlanSince), line('Relapse-prevention plan', f.relapsePlanSince)] }],
  };
}

function signatureSection(
  signature: DischargeAuthorSignatureLine | null,
  addenda: readonly DischargeAddendumLine[],
  cosign: DischargeSignatureLine | null,
): ReportSection {
  const signer = (s: DischargeSignatureLine) => `${s.signerName}${s.credentials ? `, ${s.credentials}` : ''}, ${longDate(s.signedAt)}`;
  const blocks: ReportBlock[] = [signature ? para(`Signed by ${signer(signature)}.`) : { kind: 'paragraph', text: 'DRAFT — not signed.', style: 'strong' }];
  if (cosign) blocks.push(para(`Co-signed by ${signer(cosign)}.`));
  else if (signature?.cosignRequired === true) blocks.push(para('Awaiting a supervisor’s co-sign.'));
  for (const a of addenda) blocks.push(para(`Addendum by ${signer(a)}: ${a.text}`));
  return { heading: 'Signature', blocks };
}

/** The discharge summary document; a draft says so in its title and signature. */
export function buildDischargeSummary(
  f: DischargeFacts,
  c: DischargeSummaryContent,
  signature: DischargeAuthorSignatureLine | null,
  addenda: readonly DischargeAddendumLine[],
  generatedAt: string,
  cosign: DischargeSignatureLine | null,
  part2Notice: string,
): ReportDocument {
  const n = c.narrative;
  const sections: ReportSection[] = [
    datesSection(f),
    reasonSection(c),
    admissionSection(f, c),
    courseSection(f, c),
    goalsSection(f),
    {
      ...measuresSection(f.measures, { from: f.admissionDate, to: f.dischargeDate }, 'payer', f.admissionDate),
      heading: 'Outcome measures: admission and discharge',
    },
    dischargeConditionSection(f, c),
    {
      heading: 'Skills developed and issues not addressed',
      blocks: [
        textOr(n.skillsDeveloped, 'No skills written.'),
        textOr(n.issuesNotAddressed ? `Not addressed: ${n.issuesNotAddressed}` : '', 'No unaddressed issues written.'),
      ],
    },
    levelAtDischarge(f),
    {
      heading: 'Medications at discharge',
      blocks: [
        tableOrEmpty(
          ['Medication', 'Dose', 'When', 'Since'],
          f.medications.map((m) => [m.name, m.dose, m.schedule, longDate(m.startedOn)]),
          'No current medications at discharge.',
        ),
      ],
    },
    decisionSection(f),
    aftercareSection(f, c),
    plansSection(f),
    signatureSection(signature, addenda, cosign),
  ];
  return {
    title: signature ? 'Discharge summary' : 'Discharge summary (draft)',
    headerLines: [
      f.client.name,
      `Date of birth: ${f.client.dateOfBirth} · Record: ${f.client.id}`,
      `${f.clinicName} · ${f.client.program}`,
      `Clinician: ${f.clinicianName}`,
    ],
    notice: part2NoticeLines(f.client, part2Notice), // §7.5: the clinic's Part 2 notice when applicable
    sections,
    footer: `Generated ${generatedAt.slice(0, 16).replace('T', ' ')} UTC · Confidential health information`,
  };
}
