// Types of figures.mjs (plain JavaScript run by Node), so TypeScript tests can import it.

/** The figures every bench result carries: a number, or null with `null_reasons[key]` saying why. */
export declare const REQUIRED_KEYS: readonly string[];

/** Adds the derived ratios and null reasons to the raw page + driver measurements. */
export declare function deriveFigures(
  raw: Readonly<Record<string, unknown>>,
  options: { readonly syncRequested: boolean; readonly wallSeconds: number },
): Record<string, unknown>;

export declare const REPORT_NOTES: readonly string[];
export declare const REPORT_ANALYSIS: readonly string[];
