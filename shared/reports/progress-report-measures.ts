/** The measures section of a progress report (progress.md §7.1): per instrument baseline, latest, change, band, chart. */
import { classifyChange } from '../instruments/change';
import { isInstrumentId, getInstrument } from '../instruments/registry';
import { needsSafetyAlert } from '../instruments/safety';
import type { ReportBlock, ReportChartBand, ReportSection } from './document';
import type { ReportMeasure, ReportPeriod, ReportVersion } from './progress-report-input';
import { bandWords, changeWords, longDate, num, signed } from './report-words';

function reliableChange(instrumentId: string, baseline: number | null, latest: number | null): string | null {
  if (baseline === null || latest === null || !isInstrumentId(instrumentId)) return null;
  try {
    return classifyChange(instrumentId, baseline, latest);
  } catch {
    return null;
  }
}

function inPeriod(m: ReportMeasure, period: ReportPeriod): boolean {
  return m.day >= period.from && m.day <= period.to;
}

function chartBands(instrumentId: string): ReportChartBand[] {
  const bands = isInstrumentId(instrumentId) ? (getInstrument(instrumentId)?.bands ?? []) : [];
  return bands.map((b, i) => ({ label: b.label, min: b.min, max: b.max, severity: bands.length > 1 ? i / (bands.length - 1) : 0 }));
}

function chartRange(instrumentId: string, values: readonly number[]): { yMin: number; yMax: number } {
  const range = isInstrumentId(instrumentId) ? getInstrument(instrumentId)?.scoring.totalRange : null;
  return range ? { yMin: range.min, yMax: range.max } : { yMin: Math.min(0, ...values), yMax: Math.max(1, ...values) };
}

function instrumentBlocks(all: readonly ReportMeasure[], period: ReportPeriod, version: ReportVersion, baselineFrom: string): ReportBlock[] {
  const first = all[0];
  if (!first) return [];
  const scored = all.filter((m) => m.total !== null && m.day >= baselineFrom);
  const shown = all.filter((m) => inPeriod(m, period));
  const baseline = scored[0]?.total ?? null;
  const latestMeasure = shown.filter((m) => m.total !== null).at(-1);
  const latest = latestMeasure?.total ?? null;
  const change = baseline !== null && latest !== null ? latest - baseline : null;
  const rc = reliableChange(first.instrumentId, baseline, latest);
  const summary =
    version === 'client'
      ? `${first.instrumentTitle}: your first score was ${num(baseline)}; your latest score is ${num(latest)} (${bandWords(latestMeasure?.band ?? null).toLowerCase()}). Compared with the start, this is ${changeWords(rc, 'client')}.`
      : `${first.instrumentTitle} (${first.instrumentId}): baseline ${num(baseline)} (${longDate(scored[0]?.day ?? first.day)}), latest ${num(latest)}, change ${signed(change)}, ${changeWords(rc, 'payer')}, band ${bandWords(latestMeasure?.band ?? null)}.`;
  const values = shown.flatMap((m) => (m.total === null ? [] : [{ date: m.day, value: m.total }]));
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: summary, style: 'strong' }];
  if (values.length >= 2)
    blocks.push({
      kind: 'chart',
      title: first.instrumentTitle,
      series: [{ label: first.instrumentId, points: values }],
      ...chartRange(
        first.instrumentId,
        values.map((v) => v.value),
      ),
      bands: chartBands(first.instrumentId),
    });
  const header = version === 'client' ? ['Date', 'Score', 'Level'] : ['Date', 'Total', 'Band'];
  blocks.push({ kind: 'table', columns: header, rows: shown.map((m) => [longDate(m.day), num(m.total), bandWords(m.band)]) });
  for (const m of shown) {
    if (m.answers && m.answers.length > 0) {
      blocks.push({ kind: 'table', columns: [`${first.instrumentId} items, ${longDate(m.day)}`, 'Answer'], rows: m.answers.map((a) => [a.item, a.answer]) });
    }
  }
  return blocks;
}

/**
 * One block group per instrument given in the period; "no measures" when none was. The baseline is each instrument's
 * first score on or after `baselineFrom` (the stay's admission for a discharge summary: a readmitted client's scores
 * from an earlier stay are not this stay's baseline); by default the first score ever.
 */
export function measuresSection(measures: readonly ReportMeasure[], period: ReportPeriod, version: ReportVersion, baselineFrom = ''): ReportSection {
  const heading = version === 'client' ? 'Your questionnaires' : 'Measures';
  const ids = [...new Set(measures.filter((m) => inPeriod(m, period)).map((m) => m.instrumentId))].sort();
  if (ids.length === 0) {
    return { heading, blocks: [{ kind: 'empty', text: `No questionnaires were completed between ${longDate(period.from)} and ${longDate(period.to)}.` }] };
  }
  const byDay = [...measures].sort((a, b) => a.day.localeCompare(b.day));
  return {
    heading,
    blocks: ids.flatMap((id) =>
      instrumentBlocks(
        byDay.filter((m) => m.instrumentId === id && m.day <= period.to),
        period,
        version,
        baselineFrom,
      ),
    ),
  };
}

/** Safety events in the period: administrations whose flags raise a safety alert (a count, never the answers). */
export function safetyEventCount(measures: readonly ReportMeasure[], period: ReportPeriod): number {
  return measures.filter(
    (m) => inPeriod(m, period) && isInstrumentId(m.instrumentId) && needsSafetyAlert(m.instrumentId, { total: m.total, band: m.band, flags: [...m.flags] }),
  ).length;
}
