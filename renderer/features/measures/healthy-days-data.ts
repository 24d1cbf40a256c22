/**
 * The CDC HRQOL-4 Healthy Days summary of each administration (progress.md §8.2), re-scored from the stored answers:
 * the instrument has no total, so its subscales are what the chart shows.
 */
import { CDC_HRQOL4, scoreHrqol4 } from '../../../shared/instruments/hrqol4';
import type { MeasureResponse } from './measure-records';

export interface HealthyDaysRow {
  readonly id: string;
  readonly completedAt: string;
  /** 1 Excellent … 5 Poor; null when not answered. */
  readonly generalHealth: number | null;
  readonly physicallyUnhealthyDays: number | null;
  readonly mentallyUnhealthyDays: number | null;
  /** 30 − min(30, physical + mental); null when either is not known. */
  readonly healthyDays: number | null;
  readonly activityLimitationDays: number | null;
  readonly flags: readonly string[];
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** One row per HRQOL-4 response, oldest first; a response whose answers no longer score is left out. */
export function healthyDaysRows(responses: readonly MeasureResponse[]): readonly HealthyDaysRow[] {
  return responses
    .filter((r) => r.instrumentId === CDC_HRQOL4.id)
    .flatMap((r) => {
      try {
        const s = scoreHrqol4(CDC_HRQOL4.items.map((item) => r.answers[item.id] ?? null)).subscales ?? {};
        return [
          {
            id: r.id,
            completedAt: r.completedAt,
            generalHealth: num(s.general_health),
            physicallyUnhealthyDays: num(s.physically_unhealthy_days),
            mentallyUnhealthyDays: num(s.mentally_unhealthy_days),
            healthyDays: num(s.healthy_days),
            activityLimitationDays: num(s.activity_limitation_days),
            flags: r.flags,
          },
        ];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt));
}

/** CDC's answer words for general health. */
export function generalHealthLabel(value: number | null): string {
  if (value === null) return 'Not answered';
  return CDC_HRQOL4.items[0]?.options.find((o) => o.value === value)?.label ?? String(value);
}
