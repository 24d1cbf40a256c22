/**
 * Parts of an instrument definition that many instruments state the same way: the rules of a summed total (its
 * scoring range is the range change is read on) or of no total (no range either way), and the `incomplete` flag.
 */
import type { ChangeRule, FlagRule, ScoringRule, Subscale } from './types';

/** The `incomplete` flag of a total that needs every item (§15.3: no prorating unless the spec adopts it). */
export const INCOMPLETE_TOTAL = { id: 'incomplete', rule: 'any item missing: total is null', source: 'instruments.md §15.3' } as const satisfies FlagRule;

/** A total summed over the items, on [min, max]; higher is worse. */
export interface SummedTotal {
  readonly description: string;
  readonly source: string;
  readonly min: number;
  readonly max: number;
  /** Default reliable-change threshold in points (§15.1); omitted where the spec gives none. */
  readonly reliableChangePoints?: number;
  readonly subscales?: readonly Subscale[];
}

/** The scoring rule of a summed total and the change rule read on the same range. */
export function summedTotal(total: SummedTotal): { readonly scoring: ScoringRule; readonly change: ChangeRule } {
  const range = { min: total.min, max: total.max };
  return {
    scoring: { description: total.description, source: total.source, totalRange: range, subscales: total.subscales ?? [] },
    change: { direction: 'higher_is_worse', reliableChangePoints: total.reliableChangePoints ?? null, measure: 'total', range },
  };
}

/** What an instrument with no total reports instead (C-SSRS risk levels, DASS-21 and HRQOL-4 subscales). */
export interface NoTotal {
  readonly description: string;
  readonly source: string;
  readonly subscales?: readonly Subscale[];
}

/** The scoring rule of an instrument with no total, and its change rule: no range, nothing to classify. */
export function noTotal(rule: NoTotal): { readonly scoring: ScoringRule; readonly change: ChangeRule } {
  return {
    scoring: { description: rule.description, source: rule.source, totalRange: null, subscales: rule.subscales ?? [] },
    change: { direction: 'higher_is_worse', reliableChangePoints: null, measure: 'total', range: null },
  };
}
