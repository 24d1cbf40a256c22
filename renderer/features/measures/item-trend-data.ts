import { getInstrument, type Answer, type InstrumentDefinition, type InstrumentId } from '../../../shared/instruments';
import { itemLabel } from './instrument-forms';
import type { MeasureResponse } from './measure-records';

export interface ItemTrendRow {
  readonly itemId: string;
  readonly number: number;
  readonly label: string;
  /** One answer per column; null where the item was not asked or not answered. */
  readonly values: readonly Answer[];
  /** Last answer minus first answer where both are numbers, else null. */
  readonly change: number | null;
}

export interface ItemTrend {
  readonly columns: readonly { readonly id: string; readonly completedAt: string }[];
  readonly rows: readonly ItemTrendRow[];
}

function numericChange(values: readonly Answer[]): number | null {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const first = numbers[0];
  const last = numbers.at(-1);
  return first === undefined || last === undefined || numbers.length < 2 ? null : last - first;
}

/**
 * Item-by-item answers of one instrument over time (columns oldest first), for the item-level view of a trajectory;
 * `shown` is the definition with the clinic's licensed wording, when it has one.
 */
export function itemTrend(id: InstrumentId, responses: readonly MeasureResponse[], shown?: InstrumentDefinition): ItemTrend | null {
  const def = shown?.id === id ? shown : getInstrument(id);
  if (!def) return null;
  const mine = responses.filter((r) => r.instrumentId === id).sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  const rows = def.items.map((item, i) => {
    const values = mine.map((r) => r.answers[item.id] ?? null);
    return { itemId: item.id, number: i + 1, label: itemLabel(def, item) ?? item.id, values, change: numericChange(values) };
  });
  return { columns: mine.map((r) => ({ id: r.id, completedAt: r.completedAt })), rows };
}
