/**
 * The progress report (progress.md §7.1) as a report document, client version (plain language) or payer version,
 * for one period. The never-include list of §7.2 holds unless the options opt in (withoutNeverIncluded).
 */
import { daysBetween } from '../progress/plans/days';
import { behaviourPeriodTotal } from '../progress/plans/behaviour-period';
import { homeworkCompletion } from '../progress/plans/homework-completion';
import { tableOrEmpty, type ReportBlock, type ReportDocument, type ReportSection } from './document';
import { measuresSection, safetyEventCount } from './progress-report-measures';
import { withoutNeverIncluded, type ProgressReportInput, type ReportDecision, type ProgressReportOptions, type ReportVersion } from './progress-report-input';
import { part2NoticeLines } from './part2';
import { decisionLines } from './report-decision';
import { decisionWords, longDate, num } from './report-words';

const ATTENDED = new Set(['present', 'late', 'left-early']);

function periodText(input: ProgressReportInput): string {
  return `${longDate(input.period.from)} to ${longDate(input.period.to)}`;
}

function noneInPeriod(what: string, input: ProgressReportInput): ReportBlock {
  return { kind: 'empty', text: `No ${what} from ${periodText(input)}.` };
}

function reasonSection(input: ProgressReportInput, version: ReportVersion): ReportSection {
  const heading = version === 'client' ? 'Why you are in the program' : 'Reason for care';
  const plan = input.plan;
  if (!plan) return { heading, blocks: [{ kind: 'empty', text: 'No signed treatment plan is recorded.' }] };
  const blocks: ReportBlock[] = [];
  if (plan.clientStatement)
    blocks.push({ kind: 'paragraph', text: version === 'client' ? `In your words: ${plan.clientStatement}` : `Client statement: ${plan.clientStatement}` });
  blocks.push({ kind: 'list', items: plan.problems.map((p) => p.statement) });
  return { heading, blocks };
}

function servicesSection(input: ProgressReportInput, version: ReportVersion): ReportSection {
  const heading = version === 'client' ? 'Your sessions' : 'Services delivered';
  const rows = input.attendance.filter((a) => a.day >= input.period.from && a.day <= input.period.to);
  if (rows.length === 0) return { heading, blocks: [noneInPeriod('sessions were recorded', input)] };
  const attended = rows.filter((a) => ATTENDED.has(a.status));
  const pct = Math.floor((attended.length * 100) / rows.length);
  const weeks = Math.max(1, (daysBetween(input.period.from, input.period.to) + 1) / 7);
  const hours = attended.reduce((s, a) => s + a.minutes, 0) / 60;
  if (version === 'client') {
    return {
      heading,
      blocks: [{ kind: 'paragraph', text: `You attended ${String(attended.length)} of ${String(rows.length)} scheduled sessions (${String(pct)}%).` }],
    };
  }
  const kinds = [...new Set(rows.map((a) => a.sessionKind))].sort();
  const table = kinds.map((k) => {
    const ofKind = rows.filter((a) => a.sessionKind === k);
    return [k, String(ofKind.length), String(ofKind.filter((a) => ATTENDED.has(a.status)).length)];
  });
  return {
    heading,
    blocks: [
      {
        kind: 'paragraph',
        text: `Attendance ${String(attended.length)}/${String(rows.length)} (${String(pct)}%); ${num(hours / weeks)} hours of attended service per week.`,
      },
      { kind: 'table', columns: ['Session type', 'Scheduled', 'Attended'], rows: table },
    ],
  };
}

function planSection(input: ProgressReportInput, version: ReportVersion): ReportSection {
  const heading = version === 'client' ? 'Your goals' : 'Plan progress';
  const goals = input.plan?.problems.flatMap((p) => p.goals) ?? [];
  const rows = goals.flatMap((g) => [
    [`Goal: ${g.clientWords}`, g.status.replaceAll('_', ' '), ''],
    ...g.objectives.map((o) => [o.statement, o.status.replaceAll('_', ' '), o.evidence]),
  ]);
  return {
    heading,
    blocks: [
      tableOrEmpty(
        ['Goal / objective', 'Status', version === 'client' ? 'How it is going' : 'Evidence'],
        rows,
        'No goals are recorded in a signed treatment plan.',
      ),
    ],
  };
}

function behavioursSection(input: ProgressReportInput, version: ReportVersion): ReportSection {
  const heading = version === 'client' ? 'What you tracked' : 'Target behaviours and homework';
  const { from, to } = input.period;
  const known = (input.plan?.targetBehaviours ?? []).map((b) => ({ b, t: behaviourPeriodTotal(input.behaviourEntries, b.behaviourId, from, to) }));
  const rows = known
    .filter(({ t }) => t.daysRecorded > 0)
    .map(({ b, t }) => {
      const target = b.weeklyTarget ? `${b.weeklyTarget.comparator} ${String(b.weeklyTarget.value)} a week` : '—';
      const weeks = t.weeklyTotals === 0 ? '' : ` (${String(t.weeklyTotals)} weekly total${t.weeklyTotals === 1 ? '' : 's'})`;
      return [b.label, `${String(t.daysRecorded)}${weeks}`, num(t.total), target];
    });
  const hw = homeworkCompletion(input.homework, input.homeworkCompletions, to, daysBetween(from, to) + 1);
  const hwText =
    hw.pct === null ? 'No homework was due in this period.' : `Homework completed: ${String(hw.pct)}% (${String(hw.done)} of ${String(hw.expected)}).`;
  return {
    heading,
    blocks: [
      tableOrEmpty(['Behaviour', 'Days recorded', 'Total', 'Target'], rows, `No target behaviours were recorded from ${periodText(input)}.`),
      { kind: 'paragraph', text: hwText },
    ],
  };
}

function medicationSection(input: ProgressReportInput, version: ReportVersion): ReportSection {
  const heading = version === 'client' ? 'Your medications' : 'Medication';
  const rows = input.medications.map((m) => [
    m.name,
    m.dose,
    m.schedule,
    m.adherencePercent === null ? 'not recorded' : `${String(m.adherencePercent)}%`,
    m.sideEffects.join('; ') || 'none',
  ]);
  return { heading, blocks: [tableOrEmpty(['Medication', 'Dose', 'When', 'Taken', 'Side effects'], rows, 'No current medications are recorded.')] };
}

function safetySection(input: ProgressReportInput, version: ReportVersion): ReportSection {
  const n = safetyEventCount(input.measures, input.period);
  const since = input.safetyPlanSince ?? null;
  const text =
    version === 'client'
      ? n === 0
        ? 'No safety concerns were raised by your questionnaires in this period.'
        : `Your answers raised a safety concern ${String(n)} time(s); your clinician followed up with you.`
      : `Safety events in period: ${String(n)}.`;
  const plan =
    since === null ? 'No signed safety plan is recorded.' : `${version === 'client' ? 'Your safety plan' : 'Safety plan'} in force since ${longDate(since)}.`;
  return {
    heading: 'Safety',
    blocks: [
      { kind: 'paragraph', text },
      { kind: 'paragraph', text: plan },
    ],
  };
}

function clientDecisionText(d: ReportDecision): string {
  const target = d.targetLevel ? ` The plan is to move to ${d.targetLevel}${d.targetDate ? ` from ${longDate(d.targetDate)}` : ''}.` : '';
  const changes = d.planChanges?.length ? ` Changes to your plan: ${d.planChanges.join('; ')}.` : '';
  return `On ${longDate(d.decidedOn)} your care team decided to ${decisionWords(d.decision)}.${target}${changes}`;
}

function decisionSection(input: ProgressReportInput, version: ReportVersion): ReportSection {
  const d = input.latestDecision;
  const heading = version === 'client' ? 'What happens next' : 'Recommendation and decision';
  if (!d) return { heading, blocks: [{ kind: 'empty', text: 'No progress review recorded.' }] };
  const lines =
    version === 'client' ? [clientDecisionText(d), `Signed by ${d.decidedBy}${d.signedOn ? ` on ${longDate(d.signedOn)}` : ''}.`] : decisionLines(d);
  return { heading, blocks: lines.map((text) => ({ kind: 'paragraph', text })) };
}

/** The opt-in sections (§7.2), present only when their data survived withoutNeverIncluded. */
function optInSections(input: ProgressReportInput): ReportSection[] {
  const out: ReportSection[] = [];
  if (input.noteNarratives)
    out.push({
      heading: 'Session notes (included on request)',
      blocks: [
        tableOrEmpty(
          ['Date', 'Note', 'Text'],
          input.noteNarratives.map((n) => [longDate(n.day), n.title, n.text]),
          'No signed notes in this period.',
        ),
      ],
    });
  if (input.familyFreeText)
    out.push({
      heading: 'Family feedback comments (included on request)',
      blocks: [
        tableOrEmpty(
          ['Date', 'Comment'],
          input.familyFreeText.map((f) => [longDate(f.day), f.text]),
          'No family comments in this period.',
        ),
      ],
    });
  return out;
}

function header(input: ProgressReportInput, version: ReportVersion): string[] {
  const c = input.client;
  const diagnoses = `Diagnoses: ${input.plan?.diagnoses.join('; ') || 'none recorded'}`;
  const lines = [
    `${c.firstName} ${c.lastName}`,
    diagnoses,
    `Period: ${periodText(input)}`,
    `${input.clinicName} · ${c.program} · ${c.levelOfCare}`,
    `Clinician: ${input.clinicianName}`,
  ];
  if (version === 'payer') lines.splice(1, 0, `Date of birth: ${c.dateOfBirth} · Record: ${c.id} · Admitted: ${longDate(c.admissionDate)}`);
  return lines;
}

/** The progress report of one client and one period, as a document. */
export function buildProgressReport(raw: ProgressReportInput, options: ProgressReportOptions): ReportDocument {
  const input = withoutNeverIncluded(raw, options.optIns);
  const v = options.version;
  const sections: ReportSection[] = [
    reasonSection(input, v),
    servicesSection(input, v),
    measuresSection(input.measures, input.period, v),
    planSection(input, v),
    behavioursSection(input, v),
    ...(v === 'client' || options.medicationsForPayer ? [medicationSection(input, v)] : []),
    safetySection(input, v),
    {
      heading: v === 'client' ? 'A note from your clinician' : 'Clinical summary',
      blocks: [input.summary.trim() ? { kind: 'paragraph', text: input.summary.trim() } : { kind: 'empty', text: 'No summary written.' }],
    },
    decisionSection(input, v),
    ...optInSections(input),
    { heading: 'Prepared by', blocks: [{ kind: 'paragraph', text: `${input.clinicianName}, ${longDate(input.generatedAt.slice(0, 10))}` }] },
  ];
  return {
    title: v === 'client' ? 'Your progress report' : 'Progress report (continued-stay review)',
    headerLines: header(input, v),
    notice: part2NoticeLines(input.client, input.part2Notice), // §7.2 item 7, §7.5: substance-use programs, the clinic's wording
    sections,
    footer: `Generated ${input.generatedAt.slice(0, 16).replace('T', ' ')} UTC · Confidential health information`,
  };
}
