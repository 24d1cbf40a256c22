/**
 * Client copies of the safety plan and the relapse-prevention plan (progress.md §4.4) as report documents: the plan's
 * own crisis contacts and the clinic's crisis line at the top, then the steps in order, nothing else. The plain-words
 * content comes from shared/progress/safety-plans (clientCopyOf); this adds the page around it.
 */
import { clientCopyOf, type SafetyPlanVersion } from '../progress/safety-plans';
import { DEFAULT_CRISIS_LINES, type ClientCopyContext } from './client-copy';
import { clinicHeaderLine, withOwnCrisisLines } from './clinic-contact';
import type { ReportDocument, ReportSection } from './document';
import { longDate } from './report-words';

/** The client copy of one safety or relapse-prevention plan version (one page, ≥ 12 pt, plain language). */
export function safetyPlanClientCopy(version: SafetyPlanVersion, ctx: ClientCopyContext): ReportDocument {
  const copy = clientCopyOf(version);
  const sections = copy.sections.map((s, i): ReportSection => ({
    heading: version.kind === 'safety_plan' && i < 6 ? `Step ${String(i + 1)}: ${s.heading}` : s.heading,
    blocks: s.lines.length === 0 ? [{ kind: 'empty', text: 'Nothing written here yet.' }] : [{ kind: 'list', items: s.lines }],
  }));
  const own = withOwnCrisisLines(ctx.crisisLines, copy.crisisLines);
  return {
    title: `${ctx.clientFirstName}’s ${copy.title.toLowerCase()}`,
    headerLines: [
      clinicHeaderLine(ctx.clinicName, ctx.clinicPhone),
      `Version ${String(version.version)}, from ${longDate(version.effectiveFrom)} · printed ${longDate(ctx.printedOn)}`,
    ],
    notice: own.length > 0 ? own : DEFAULT_CRISIS_LINES,
    sections,
    footer: `Printed ${longDate(ctx.printedOn)} · Confidential health information`,
  };
}
