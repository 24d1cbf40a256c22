import { escapeHtml } from '../../../shared/domain/notes';
import type { InstrumentResponse } from '../../../shared/domain/records';
import { resultText } from '../../../shared/instruments';

/**
 * What "Insert latest scores" and "Insert latest check-in" put into a note: the newest current (not superseded)
 * result of each standardized measure, and the newest daily check-in, as short HTML paragraphs.
 */

export type FormatInstant = (iso: string) => string;

/** Newest current response per instrument, ordered by instrument then date; corrections replace what they correct. */
export function latestMeasures(responses: readonly InstrumentResponse[]): readonly InstrumentResponse[] {
  const measures = responses.filter((r) => r.kind === 'measure');
  const superseded = new Set(measures.map((r) => r.supersedesId ?? '').filter((id) => id !== ''));
  const latest = new Map<string, InstrumentResponse>();
  for (const r of measures) {
    if (superseded.has(r.id)) continue;
    const seen = latest.get(r.instrumentId);
    if (!seen || r.completedAt > seen.completedAt) latest.set(r.instrumentId, r);
  }
  return [...latest.values()].sort((a, b) => a.instrumentId.localeCompare(b.instrumentId));
}

/**
 * One line per instrument, e.g. "PHQ-9: 4 (None–minimal), item 9 (thoughts of self-harm) 2 of 3, 20 Nov 2026" or
 * "C-SSRS-Screener: Moderate risk (…), 20 Nov 2026": item 9 and the screener's level travel with the scores. '' when
 * the client has no measures.
 */
export function latestScoresHtml(responses: readonly InstrumentResponse[], formatInstant: FormatInstant): string {
  const lines = latestMeasures(responses).map((r) => {
    const result = resultText({ instrumentId: r.instrumentId, score: r.score, band: r.band, flags: r.flags, answers: r.answers });
    return `${escapeHtml(r.instrumentId)}: ${escapeHtml(result)}, ${escapeHtml(formatInstant(r.completedAt))}`;
  });
  return lines.length === 0 ? '' : `<p><strong>Latest scores</strong></p><ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul>`;
}

// "sleepHours" → "sleep hours"
function humanize(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}

function answerText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if (Array.isArray(value)) return value.map(answerText).filter(Boolean).join(' + ');
  return '';
}

/** The newest daily check-in as "Check-in, 26 Nov 2026: mood 6, sleep hours 7 …" plus its comment; '' when none. */
export function latestCheckInHtml(responses: readonly InstrumentResponse[], formatInstant: FormatInstant): string {
  const checkIns = responses.filter((r) => r.kind === 'check-in');
  const latest = checkIns.reduce<InstrumentResponse | null>((a, r) => (a === null || r.completedAt > a.completedAt ? r : a), null);
  if (!latest) return '';
  const answers = Object.entries(latest.answers)
    .map(([key, value]) => [humanize(key), answerText(value)] as const)
    .filter(([, text]) => text !== '')
    .map(([key, text]) => `${key} ${text}`);
  const comment = latest.comment.trim() ? ` “${latest.comment.trim()}”` : '';
  return `<p><strong>Check-in, ${escapeHtml(formatInstant(latest.completedAt))}:</strong> ${escapeHtml(answers.join(', '))}${escapeHtml(comment)}</p>`;
}

/** The section scores and check-ins go into: where a template keeps what was observed or reported. */
export function observationSectionKey(templateId: string): string {
  switch (templateId) {
    case 'soap':
      return 'objective';
    case 'dap':
      return 'data';
    case 'birp':
      return 'behavior';
    case 'group':
      return 'summary';
    case 'group-member':
      return 'individual';
    default:
      return 'progress';
  }
}
