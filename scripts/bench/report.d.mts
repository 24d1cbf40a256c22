// Types of report.mjs (plain JavaScript run by Node), so TypeScript tests can import it.

type Result = Readonly<Record<string, unknown>>;

/** The latest result of each size kept in an earlier docs/benchmarks.md (marked JSON blocks), by size. */
export declare function previousResults(markdown: string): Record<string, Record<string, unknown>>;

/** The whole Markdown page: this run in full, the latest run of every size side by side, raw JSON of each. */
export declare function renderReport(
  result: Result,
  options: { readonly command: string; readonly notes: readonly string[]; readonly analysis: readonly string[]; readonly previous?: Record<string, Result> },
): string;
