/**
 * What a clinician writes in a discharge summary (progress.md §7.3) and its embedded aftercare plan (§7.4), the
 * prefill from the records, the due date (15 days after discharge) and validation by field path. Pure.
 */
import { addDays, daysBetween } from '../progress/plans/days';

export const DISCHARGE_TYPES = ['completed', 'transferred', 'not_completed'] as const;
export type DischargeType = (typeof DISCHARGE_TYPES)[number];

export const DISCHARGE_TYPE_LABELS: Readonly<Record<DischargeType, string>> = {
  completed: 'Completed',
  transferred: 'Transferred (to another level or program)',
  not_completed: 'Not completed',
};

export const NOT_COMPLETED_REASONS = ['disengaged', 'left_against_advice', 'administrative', 'other'] as const;
export type NotCompletedReason = (typeof NOT_COMPLETED_REASONS)[number];

export const NOT_COMPLETED_LABELS: Readonly<Record<NotCompletedReason, string>> = {
  disengaged: 'Disengaged',
  left_against_advice: 'Left against advice',
  administrative: 'Administrative',
  other: 'Other',
};

/** Days after discharge the summary is due (Illinois 2060.480(c), Maine; Waypoint default). */
export const DISCHARGE_SUMMARY_DUE_DAYS = 15;

/** Program follow-up contacts after discharge, in days (§7.4 default: 7 and 30). */
export const FOLLOW_UP_DAYS = [7, 30] as const;

/** The clinician's narrative (§7.3). */
export interface DischargeNarrative {
  readonly dischargeType: DischargeType | '';
  readonly notCompletedReason: NotCompletedReason | '';
  /** The reason for discharge in words. */
  readonly reason: string;
  readonly presentingProblems: string;
  readonly courseOfTreatment: string;
  readonly skillsDeveloped: string;
  readonly issuesNotAddressed: string;
  /** Condition at discharge including the assessment of risk. */
  readonly riskStatement: string;
  /** Involuntary (administrative) discharge: the client was informed of the right to appeal. */
  readonly appealRightsGiven: boolean;
}

/** The aftercare (continuing-care) plan (§7.4). */
export interface AftercarePlan {
  readonly nextLevelOfCare: string;
  readonly providerName: string;
  readonly providerPhone: string;
  /** Address or video link, days and hours. */
  readonly providerLocation: string;
  /** First appointment, local "YYYY-MM-DDTHH:MM"; '' when none is booked. */
  readonly firstAppointmentAt: string;
  /** Who continues prescribing; refill plan. */
  readonly medicationPlan: string;
  /** Strategies to avoid recurrence and how to re-engage in treatment if it happens. */
  readonly relapsePrevention: string;
  readonly programSupport: string;
  readonly obligations: string;
  readonly communitySupports: string;
  readonly ifSymptomsRecur: string;
  /** Program follow-up contacts (ISO dates). */
  readonly followUps: readonly string[];
  /** Sent to the next provider: date, method, consent ('' when not sent; giving the client a copy is not transmission). */
  readonly transmittedOn: string;
  readonly transmissionMethod: string;
}

export interface DischargeSummaryContent {
  readonly narrative: DischargeNarrative;
  readonly aftercare: AftercarePlan;
}

/** What the prefill reads from the records. */
export interface DischargePrefillFacts {
  readonly dischargeDate: string;
  /** The client record's discharge reason (e.g. "Completed program") and note. */
  readonly dischargeReason: string;
  readonly dischargeNote: string;
  readonly problems: readonly string[];
  /** The last progress review's target level, if any. */
  readonly targetLevel: string;
  readonly medications: readonly string[];
  readonly relapseLines: readonly string[];
}

const TYPE_OF_REASON: Readonly<Record<string, readonly [DischargeType, NotCompletedReason | '']>> = {
  'Completed program': ['completed', ''],
  'Stepped down to outpatient': ['transferred', ''],
  'Stepped up to higher level of care': ['transferred', ''],
  'Moved or transferred': ['transferred', ''],
  'Left against advice': ['not_completed', 'left_against_advice'],
  'Insurance or payment': ['not_completed', 'administrative'],
};

/** The first draft of a discharge summary from the records; the clinician edits every field. */
export function prefillDischargeContent(f: DischargePrefillFacts): DischargeSummaryContent {
  const [dischargeType, notCompletedReason] = TYPE_OF_REASON[f.dischargeReason] ?? (f.dischargeReason ? ['not_completed', 'other'] : ['', '']);
  return {
    narrative: {
      dischargeType,
      notCompletedReason,
      reason: [f.dischargeReason, f.dischargeNote].filter((s) => s.trim() !== '').join('. '),
      presentingProblems: f.problems.join('\n'),
      courseOfTreatment: '',
      skillsDeveloped: '',
      issuesNotAddressed: '',
      riskStatement: '',
      appealRightsGiven: false,
    },
    aftercare: {
      nextLevelOfCare: f.targetLevel,
      providerName: '',
      providerPhone: '',
      providerLocation: '',
      firstAppointmentAt: '',
      medicationPlan: f.medications.length > 0 ? `Continue: ${f.medications.join('; ')}.` : '',
      relapsePrevention: f.relapseLines.join('\n'),
      programSupport: '',
      obligations: '',
      communitySupports: '',
      ifSymptomsRecur: '',
      followUps: FOLLOW_UP_DAYS.map((d) => addDays(f.dischargeDate, d)),
      transmittedOn: '',
      transmissionMethod: '',
    },
  };
}

/** When the summary is due and how many days are left (negative: overdue). */
export function dischargeSummaryDue(dischargeDate: string, today: string): { readonly dueOn: string; readonly daysLeft: number } {
  const dueOn = addDays(dischargeDate, DISCHARGE_SUMMARY_DUE_DAYS);
  return { dueOn, daysLeft: daysBetween(today, dueOn) };
}

/** "due in 12 days", "due today", "3 days overdue". */
export function dueWords(daysLeft: number): string {
  if (daysLeft === 0) return 'due today';
  if (daysLeft > 0) return `due in ${String(daysLeft)} day${daysLeft === 1 ? '' : 's'}`;
  return `${String(-daysLeft)} day${daysLeft === -1 ? '' : 's'} overdue`;
}

/** Messages by field path ("narrative.riskStatement", "aftercare.followUps.1"); {} when it may be signed. */
export type DischargeFieldErrors = Readonly<Record<string, string>>;

const MAX_TEXT = 4000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const PHONE = /^[+()\d][\d\s().+-]{5,}$/;

function narrativeErrors(n: DischargeNarrative, out: Record<string, string>): void {
  if (n.dischargeType === '') out['narrative.dischargeType'] = 'Choose the discharge type.';
  if (n.dischargeType === 'not_completed' && n.notCompletedReason === '') out['narrative.notCompletedReason'] = 'Choose why the program was not completed.';
  if (n.reason.trim() === '') out['narrative.reason'] = 'Write the reason for discharge.';
  if (n.courseOfTreatment.trim() === '') out['narrative.courseOfTreatment'] = 'Summarise the course of treatment.';
  if (n.riskStatement.trim() === '') out['narrative.riskStatement'] = 'Write the condition at discharge, including the assessment of risk.';
  if (n.dischargeType === 'not_completed' && n.notCompletedReason === 'administrative' && !n.appealRightsGiven) {
    out['narrative.appealRightsGiven'] = 'An administrative discharge needs the client informed of their right to appeal.';
  }
}

function aftercareErrors(a: AftercarePlan, dischargeDate: string, out: Record<string, string>): void {
  if (a.ifSymptomsRecur.trim() === '') out['aftercare.ifSymptomsRecur'] = 'Say what the client should do if symptoms recur.';
  if (a.providerPhone.trim() !== '' && !PHONE.test(a.providerPhone.trim()))
    out['aftercare.providerPhone'] = 'Enter a telephone number (digits, spaces, + ( ) -).';
  if (a.firstAppointmentAt !== '') {
    if (!LOCAL_TIME.test(a.firstAppointmentAt)) out['aftercare.firstAppointmentAt'] = 'Enter the date and time of the first appointment.';
    else if (a.firstAppointmentAt.slice(0, 10) < dischargeDate)
      out['aftercare.firstAppointmentAt'] = 'The first appointment cannot be before the discharge date.';
    if (a.providerName.trim() === '') out['aftercare.providerName'] = 'Name the provider the first appointment is with.';
  }
  a.followUps.forEach((d, i) => {
    if (!ISO_DAY.test(d)) out[`aftercare.followUps.${String(i)}`] = 'Enter the date of the follow-up contact.';
    else if (d <= dischargeDate) out[`aftercare.followUps.${String(i)}`] = 'A follow-up contact comes after the discharge date.';
  });
  if (a.transmittedOn !== '' && !ISO_DAY.test(a.transmittedOn)) out['aftercare.transmittedOn'] = 'Enter the date it was sent.';
  if (a.transmittedOn !== '' && a.transmissionMethod.trim() === '') out['aftercare.transmissionMethod'] = 'Say how it was sent (and under which consent).';
}

function lengthErrors(c: DischargeSummaryContent, out: Record<string, string>): void {
  for (const [group, fields] of [
    ['narrative', c.narrative],
    ['aftercare', c.aftercare],
  ] as const) {
    for (const [key, value] of Object.entries(fields)) {
      if (typeof value === 'string' && value.length > MAX_TEXT) out[`${group}.${key}`] ??= `At most ${String(MAX_TEXT)} characters.`;
    }
  }
}

/** Everything that stops the summary from being signed, by field path. */
export function dischargeSummaryErrors(c: DischargeSummaryContent, dischargeDate: string): DischargeFieldErrors {
  const out: Record<string, string> = {};
  narrativeErrors(c.narrative, out);
  aftercareErrors(c.aftercare, dischargeDate, out);
  lengthErrors(c, out);
  return out;
}
