/**
 * The report document model (progress.md §7): what a report says, independent of how it is drawn. Builders in this
 * folder are pure (data → ReportDocument); renderer/reports turns a document into PDF bytes.
 */

/** One dated value of a chart series. */
export interface ReportChartPoint {
  /** ISO date. */
  readonly date: string;
  readonly value: number;
}

/** A score band drawn behind a chart, as the chart screens draw it (severity 0 = least severe … 1 = most). */
export interface ReportChartBand {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly severity: number;
}

export interface ReportChartSeries {
  readonly label: string;
  readonly points: readonly ReportChartPoint[];
}

export type ReportBlock =
  | { readonly kind: 'paragraph'; readonly text: string; readonly style?: 'strong' | 'muted' | 'large' }
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly ordered?: boolean }
  | { readonly kind: 'table'; readonly columns: readonly string[]; readonly rows: readonly (readonly string[])[] }
  /** Drawn as the chart screens draw it when the renderer can; its values are always also in a table block. */
  | {
      readonly kind: 'chart';
      readonly title: string;
      readonly series: readonly ReportChartSeries[];
      readonly yMin: number;
      readonly yMax: number;
      readonly bands: readonly ReportChartBand[];
    }
  /** Said instead of an empty table: a period with no data says so. */
  | { readonly kind: 'empty'; readonly text: string };

export interface ReportSection {
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
}

export interface ReportDocument {
  readonly title: string;
  /** Lines under the title (client, period, clinic …). */
  readonly headerLines: readonly string[];
  /** Shown first, in a box (crisis numbers on a client copy); empty for none. */
  readonly notice: readonly string[];
  readonly sections: readonly ReportSection[];
  /** Footer text beside "page x of y" (generation time, "Confidential health information"). */
  readonly footer: string;
}

/** The table, or an `empty` block saying there is nothing to show. */
export function tableOrEmpty(columns: readonly string[], rows: readonly (readonly string[])[], emptyText: string): ReportBlock {
  return rows.length === 0 ? { kind: 'empty', text: emptyText } : { kind: 'table', columns, rows };
}

/** Every text of a document in reading order: what a PDF's text layer holds (tests, never-include checks). */
export function documentText(doc: ReportDocument): string {
  const blockText = (b: ReportBlock): string[] => {
    switch (b.kind) {
      case 'paragraph':
      case 'empty':
        return [b.text];
      case 'list':
        return [...b.items];
      case 'table':
        return [b.columns.join(' '), ...b.rows.map((r) => r.join(' '))];
      case 'chart':
        return [b.title, ...b.series.map((s) => s.label)];
    }
  };
  return [doc.title, ...doc.headerLines, ...doc.notice, ...doc.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(blockText)]), doc.footer].join('\n');
}
