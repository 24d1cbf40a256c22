import type { ProgressRuleParams } from '../../../../shared/progress';

type NumberKey = { [K in keyof ProgressRuleParams]: ProgressRuleParams[K] extends number ? K : never }[keyof ProgressRuleParams];

/** The numeric settings of §5.3 with plain labels, in the order the rules use them. */
export const NUMBER_FIELDS: readonly { readonly key: NumberKey; readonly label: string }[] = [
  { key: 'attendanceWindowDays', label: 'Attendance window (days)' },
  { key: 'highSafetyIntensifyDays', label: 'Intensify after a high-severity safety event within (days)' },
  { key: 'lowerSafetyGateDays', label: 'Block step-down after a lower-severity event within (days)' },
  { key: 'highSafetyGateDays', label: 'Block step-down after a high-severity event within (days)' },
  { key: 'lowAttendancePct', label: 'Low attendance below (%)' },
  { key: 'stepDownAttendancePct', label: 'Step-down attendance at least (%)' },
  { key: 'minAttendanceDenominator', label: 'Fewest sessions due to judge attendance' },
  { key: 'disengagedDaysSinceAttended', label: 'Disengaged after days without attending' },
  { key: 'disengagedConsecutiveMissed', label: 'Disengaged after sessions missed in a row' },
  { key: 'measureStaleDays', label: 'Primary measure out of date after (days)' },
  { key: 'nonResponseMinDays', label: 'Non-response checked from day' },
  { key: 'substanceUseIntensifyDays', label: 'Intensify on substance-use days in 14 (at least)' },
  { key: 'substanceUnknownMaxDays', label: 'Unknown substance-use days allowed in 14' },
  { key: 'dischargeObjectivesMetPct', label: 'Objectives met for discharge (%)' },
  { key: 'stepDownRequiresObjectivesMetPct', label: 'Objectives met for step-down (%, 0 = off)' },
  { key: 'stepDownConsecutive', label: 'Administrations in a row at or below the ceiling' },
];

export const INSTRUMENT_FIELDS = [
  { key: 'rc', label: 'Reliable change' },
  { key: 'cutoff', label: 'Clinical cut-off' },
  { key: 'stepDown', label: 'Step-down ceiling' },
  { key: 'remission', label: 'Remission ceiling' },
  { key: 'adequate', label: 'Adequate response' },
] as const;

/** The top-level and per-instrument fields that differ between two parameter sets (for the audit). */
export function changedFields(before: ProgressRuleParams, after: ProgressRuleParams): string[] {
  const top = NUMBER_FIELDS.filter((f) => before[f.key] !== after[f.key]).map((f) => f.key as string);
  if (before.intensifyOnLowerEvents !== after.intensifyOnLowerEvents) top.push('intensifyOnLowerEvents');
  for (const [id, row] of Object.entries(after.instruments)) {
    const old = before.instruments[id as keyof ProgressRuleParams['instruments']];
    for (const f of INSTRUMENT_FIELDS) if (old?.[f.key] !== row[f.key]) top.push(`instruments.${id}.${f.key}`);
  }
  return top;
}
