/**
 * Printable client copies (progress.md §4.4): plain language, the client's first name, date, clinic name and phone,
 * crisis numbers at the top; no diagnoses, scores, clinician notes or other people's data.
 */
import type { Goal, PlannedService, TreatmentPlanVersion } from '../progress/plans/types';
import type { ReportDocument, ReportSection } from './document';
import { NATIONAL_CRISIS_LINE, clinicHeaderLine } from './clinic-contact';
import { longDate } from './report-words';

export interface ClientCopyContext {
  readonly clientFirstName: string;
  readonly clinicName: string;
  readonly clinicPhone: string;
  /** ISO date the copy is printed. */
  readonly printedOn: string;
  /** Crisis lines shown first, e.g. "988 Suicide & Crisis Lifeline: call or text 988". */
  readonly crisisLines: readonly string[];
}

/** The crisis line every client copy carries when the clinic has set none (US). */
export const DEFAULT_CRISIS_LINES: readonly string[] = [NATIONAL_CRISIS_LINE];

const SERVICE_WORDS: Readonly<Record<PlannedService['type'], string>> = {
  individual: 'Individual sessions',
  group: 'Group sessions',
  family: 'Family sessions',
  medication_management: 'Medication visits',
  case_management: 'Case management',
  peer_support: 'Peer support',
  other: 'Other sessions',
};

const PER_WORDS = { day: 'a day', week: 'a week', month: 'a month' } as const;

function goalItems(goal: Goal, met: ReadonlySet<string>): string[] {
  const steps = goal.objectives
    .filter((o) => o.status !== 'discontinued' && o.status !== 'deferred')
    .map((o) => `Step: ${o.statement}${o.status === 'met' || met.has(o.objectiveId) ? ' (done)' : ` (by ${longDate(o.targetDate)})`}`);
  return [`Goal: ${goal.clientWords}`, ...steps];
}

function goalsSection(version: TreatmentPlanVersion, met: ReadonlySet<string>): ReportSection {
  const goals = version.problems
    .filter((p) => p.status === 'active')
    .flatMap((p) => p.goals)
    .filter((g) => g.status !== 'discontinued' && g.status !== 'revised');
  return {
    heading: 'Your goals and the steps toward them',
    blocks:
      goals.length === 0 ? [{ kind: 'empty', text: 'No goals are written in this plan yet.' }] : goals.map((g) => ({ kind: 'list', items: goalItems(g, met) })),
  };
}

function helpSection(version: TreatmentPlanVersion): ReportSection {
  const interventions = version.problems.flatMap((p) => p.goals.flatMap((g) => g.objectives.flatMap((o) => o.interventions)));
  const items = [
    ...new Set(
      interventions.map(
        (i) => `${i.description || i.modality}, ${String(i.frequency.count)} time${i.frequency.count === 1 ? '' : 's'} ${PER_WORDS[i.frequency.per]}`,
      ),
    ),
  ];
  return {
    heading: 'How we will work on them',
    blocks:
      items.length === 0 ? [{ kind: 'empty', text: 'Your clinician will talk with you about how you will work on your goals.' }] : [{ kind: 'list', items }],
  };
}

function servicesSection(version: TreatmentPlanVersion): ReportSection {
  const items = version.services.map((s) => `${SERVICE_WORDS[s.type]}: ${String(s.sessionsPerWeek)} a week, about ${String(s.minutesPerSession)} minutes each`);
  return {
    heading: 'Your sessions',
    blocks: items.length === 0 ? [{ kind: 'empty', text: 'Your schedule will be agreed with your clinician.' }] : [{ kind: 'list', items }],
  };
}

function trackingSection(version: TreatmentPlanVersion): ReportSection | null {
  if (version.targetBehaviours.length === 0) return null;
  return { heading: 'What you will keep track of', blocks: [{ kind: 'list', items: version.targetBehaviours.map((b) => b.label) }] };
}

/**
 * The client copy of one treatment-plan version (one page, plain language). `metObjectiveIds`: objectives whose
 * progress computed from the data is met on the day printed (a signed version's stored status never moves), shown done.
 */
export function treatmentPlanClientCopy(
  version: TreatmentPlanVersion,
  ctx: ClientCopyContext,
  metObjectiveIds: ReadonlySet<string> = new Set(),
): ReportDocument {
  const strengths =
    version.strengths.length > 0 ? [{ heading: 'Your strengths', blocks: [{ kind: 'list', items: version.strengths }] } satisfies ReportSection] : [];
  const tracking = trackingSection(version);
  const statement: ReportSection[] = version.clientStatement.trim()
    ? [{ heading: 'In your words', blocks: [{ kind: 'paragraph', text: version.clientStatement.trim() }] }]
    : [];
  return {
    title: `${ctx.clientFirstName}’s treatment plan`,
    headerLines: [clinicHeaderLine(ctx.clinicName, ctx.clinicPhone), `Plan from ${longDate(version.effectiveFrom)} · printed ${longDate(ctx.printedOn)}`],
    notice: ctx.crisisLines.length > 0 ? ctx.crisisLines : DEFAULT_CRISIS_LINES,
    sections: [
      ...statement,
      goalsSection(version, metObjectiveIds),
      helpSection(version),
      servicesSection(version),
      ...(tracking ? [tracking] : []),
      ...strengths,
      { heading: 'Next review', blocks: [{ kind: 'paragraph', text: `We will look at this plan together again by ${longDate(version.reviewDueOn)}.` }] },
    ],
    footer: `Printed ${longDate(ctx.printedOn)} · Confidential health information`,
  };
}
