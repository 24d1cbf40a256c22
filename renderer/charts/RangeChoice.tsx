import { Group, Radio } from '@mantine/core';
import { RANGES, type TrajectoryRange } from './ranges';

function isRange(value: string): value is TrajectoryRange {
  return RANGES.some((r) => r.value === value);
}

/** The "Range" radio group above a trend chart (4 weeks, 12 weeks, all …). */
export function RangeChoice({ value, onChange }: { readonly value: TrajectoryRange; readonly onChange: (range: TrajectoryRange) => void }) {
  return (
    <Radio.Group
      label="Range"
      value={value}
      onChange={(v) => {
        if (isRange(v)) onChange(v);
      }}
    >
      <Group mt="xs">
        {RANGES.map((r) => (
          <Radio key={r.value} value={r.value} label={r.label} />
        ))}
      </Group>
    </Radio.Group>
  );
}
