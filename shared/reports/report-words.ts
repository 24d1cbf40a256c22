/** Words shared by report builders: dates, bands and changes in plain language (client) or clinical terms (payer). */
import type { ReportVersion } from './progress-report-input';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "5 January 2026" for an ISO date (no time zone arithmetic: the date is already the clinic's). */
export function longDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || !MONTHS[m - 1]) return iso;
  return `${String(d)} ${MONTHS[m - 1] ?? ''} ${String(y)}`;
}

const CHANGE_WORDS: Readonly<Record<string, Readonly<Record<ReportVersion, string>>>> = {
  reliably_improved: { client: 'clearly better', payer: 'Reliably improved' },
  no_reliable_change: { client: 'about the same', payer: 'No reliable change' },
  reliably_deteriorated: { client: 'clearly worse', payer: 'Reliably deteriorated' },
};

/** A reliable-change class in the version's words; '—' when it cannot be judged. */
export function changeWords(change: string | null, version: ReportVersion): string {
  if (change === null) return '—';
  return CHANGE_WORDS[change]?.[version] ?? change;
}

/** A stored band id ("moderately_severe") as words ("Moderately severe"). */
export function bandWords(band: string | null): string {
  if (band === null || band === '') return '—';
  const words = band.replaceAll('_', ' ').replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const DECISION_WORDS: Readonly<Record<string, string>> = {
  continue: 'continue at the same level of care',
  step_down: 'move to a less intensive level of care',
  intensify: 'move to a more intensive level of care',
  discharge: 'finish the program',
  extend: 'continue for a longer period',
  transfer: 'move to another program or provider',
};

/** A decision id in plain words ("continue at the same level of care"). */
export function decisionWords(decision: string): string {
  return DECISION_WORDS[decision] ?? decision.replaceAll('_', ' ');
}

/** A number with at most one decimal, or '—'. */
export function num(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return String(Math.round(value * 10) / 10);
}

/** A signed change ("+3", "−6", "0"). */
export function signed(value: number | null): string {
  if (value === null) return '—';
  const r = Math.round(value * 10) / 10;
  return r > 0 ? `+${String(r)}` : r < 0 ? `−${String(-r)}` : '0';
}
