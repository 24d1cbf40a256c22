/**
 * Shapes shared by every instrument definition and the scoring contract of `instruments.md` §14.
 * An instrument is data (items, options, bands, flags, licence, norms) plus one pure `score` function.
 */

/** Every instrument id of the §14 contract, in the order the registry lists them. */
export const INSTRUMENT_IDS = [
  'PHQ-9',
  'GAD-7',
  'PHQ-2',
  'GAD-2',
  'PCL-5',
  'AUDIT',
  'AUDIT-C',
  'DAST-10',
  'C-SSRS-Screener',
  'WHO-5',
  'K10',
  'K6',
  'DASS-21',
  'ORS',
  'CDC-HRQOL-4',
  'WSAS',
  'WHODAS-12',
] as const;

export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** One item's answer; `null` = missing or not asked (skip logic), never the same as an answered No/0. */
export type Answer = number | boolean | 'yes' | 'no' | null;

export type MissingPolicy = 'prorate_if_le2_missing' | 'none';

export interface ScoreOptions {
  readonly params?: { readonly cutoff?: number; readonly missing_policy?: MissingPolicy };
  readonly context?: { readonly sex?: 'female' | 'male'; readonly difficulty?: number };
}

export interface SubscaleScore {
  readonly raw: number;
  readonly score: number;
  readonly band: string;
}

export interface Score {
  total: number | null;
  band: string | null;
  flags: string[];
  percentage?: number;
  subscales?: Record<string, number | SubscaleScore>;
}

export type ChangeClass = 'reliably_improved' | 'no_reliable_change' | 'reliably_deteriorated';

export type Direction = 'higher_is_worse' | 'higher_is_better';

/** A selectable answer; `label` is null where the licence does not let the app ship the form's wording. */
export interface ResponseOption {
  readonly value: number | boolean | 'yes' | 'no';
  readonly label: string | null;
}

/** A continuous answer (visual-analogue line) accepted in `step` increments between `min` and `max`. */
export interface ContinuousScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export interface Item {
  readonly id: string;
  /** Official wording, or null where the licence (or a missing verbatim source) keeps it out of the app. */
  readonly text: string | null;
  readonly options: readonly ResponseOption[];
  readonly continuous?: ContinuousScale;
  /** The item is reverse-scored (the stored answer is raw; scoring inverts it). */
  readonly reverse?: boolean;
  /** Answered for the record but never added to any score. */
  readonly unscored?: boolean;
}

/** A closed integer range of a total (or subscale score) and the identifier the scoring returns for it. */
export interface Band {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

export interface FlagRule {
  readonly id: string;
  readonly rule: string;
  readonly source: string;
}

export interface Subscale {
  readonly id: string;
  readonly itemIds: readonly string[];
  readonly bands?: readonly Band[];
}

export interface ScoringRule {
  readonly description: string;
  readonly source: string;
  /** Range of `Score.total`; null where the instrument has no total (C-SSRS, DASS-21). */
  readonly totalRange: { readonly min: number; readonly max: number } | null;
  readonly subscales: readonly Subscale[];
}

export type CommercialUse = 'allowed' | 'permission_required' | 'unconfirmed';

export interface Licence {
  readonly holder: string;
  readonly status: string;
  readonly commercialUse: CommercialUse;
  /**
   * Whether the licence lets the app ship the item wording (§13, §15.5). When false a clinic imports its licensed
   * text; an item's `text` is also null where no verbatim official source was available to this build.
   */
  readonly itemTextAllowed: boolean;
  readonly attribution: string;
}

/** A published mean/SD usable as M0/s0 or M1/s1 in Jacobson–Truax (§12). */
export interface Norm {
  readonly population: string;
  readonly mean: number;
  readonly sd: number;
  readonly source: string;
}

export interface ChangeRule {
  readonly direction: Direction;
  /** Default reliable-change threshold in points (§15.1), or null where the spec gives none. */
  readonly reliableChangePoints: number | null;
  /** What `classifyChange` compares: the total, or WHO-5's percentage. */
  readonly measure: 'total' | 'percentage';
  readonly range: { readonly min: number; readonly max: number } | null;
}

export interface InstrumentDefinition {
  readonly id: InstrumentId;
  /** Version of this form definition; stored with every response. */
  readonly version: string;
  /** Version of the scoring rules; stored with every response (§0.1). */
  readonly scoringVersion: string;
  readonly title: string;
  readonly citation: string;
  readonly instructions: string | null;
  readonly items: readonly Item[];
  readonly scoring: ScoringRule;
  /** Bands of the total at default settings (screens with a configurable cut-off rebuild them). */
  readonly bands: readonly Band[];
  readonly flags: readonly FlagRule[];
  readonly licence: Licence;
  readonly change: ChangeRule;
  readonly norms: readonly Norm[];
  readonly score: (answers: readonly Answer[], options?: ScoreOptions) => Score;
}
