/**
 * The client copy of the aftercare (continuing-care) plan (progress.md §7.4), one page in plain words: the next provider
 * and first appointment, medicines, staying well, what to do if symptoms come back, the program's follow-up calls and
 * the crisis lines first. No diagnoses, scores, risk statement or transmission record (§4.4). Pure.
 */
import type { ClientCopyContext } from './client-copy';
import { DEFAULT_CRISIS_LINES } from './client-copy';
import { clinicHeaderLine } from './clinic-contact';
import type { AftercarePlan } from './discharge-content';
import type { ReportDocument, ReportSection } from './document';
import { longDate } from './report-words';

const section = (heading: string, text: string): ReportSection[] =>
  text.trim() === '' ? [] : [{ heading, blocks: [{ kind: 'paragraph', text: text.trim() }] }];

function nextCare(a: AftercarePlan): ReportSection {
  const items = [
    a.nextLevelOfCare.trim() ? `Next step in your care: ${a.nextLevelOfCare.trim()}` : '',
    a.providerName.trim() ? `With: ${a.providerName.trim()}${a.providerPhone.trim() ? `, phone ${a.providerPhone.trim()}` : ''}` : '',
    a.providerLocation.trim() ? `Where and when: ${a.providerLocation.trim()}` : '',
    a.firstAppointmentAt
      ? `Your first appointment: ${longDate(a.firstAppointmentAt)} at ${a.firstAppointmentAt.slice(11, 16)}`
      : 'Your first appointment: not booked yet; ask the clinic.',
  ].filter((s) => s !== '');
  return { heading: 'Your next care', blocks: [{ kind: 'list', items }] };
}

export function aftercareClientCopy(a: AftercarePlan, dischargeDate: string, ctx: ClientCopyContext): ReportDocument {
  const followUps: ReportSection[] =
    a.followUps.length === 0 ? [] : [{ heading: 'We will contact you', blocks: [{ kind: 'list', items: a.followUps.map((d) => `On ${longDate(d)}`) }] }];
  return {
    title: `${ctx.clientFirstName}’s aftercare plan`,
    headerLines: [clinicHeaderLine(ctx.clinicName, ctx.clinicPhone), `Discharged ${longDate(dischargeDate)} · printed ${longDate(ctx.printedOn)}`],
    notice: ctx.crisisLines.length > 0 ? ctx.crisisLines : DEFAULT_CRISIS_LINES,
    sections: [
      nextCare(a),
      ...section('Your medicines', a.medicationPlan),
      ...section('Staying well, and getting back into care if things slip', a.relapsePrevention),
      ...section('If symptoms come back', a.ifSymptomsRecur),
      ...followUps,
      ...section('Support from the program', a.programSupport),
      ...section('Support in your community', a.communitySupports),
      ...section('Things you have agreed to (court, probation, work)', a.obligations),
    ],
    footer: `Printed ${longDate(ctx.printedOn)} · Confidential health information`,
  };
}
