import { Checkbox } from '@mantine/core';
import { PART2_OPT_IN_LABEL, isPart2Program, part2ExportRefusal } from '../../../shared/reports';

interface Props {
  /** The client's program track: the box is shown only for a Part 2 (substance-use or dual-diagnosis) client. */
  readonly program: string;
  readonly optIns: readonly string[];
  /** A save was tried: the box then says why the export was refused. */
  readonly tried: boolean;
  readonly onChange: (on: boolean) => void;
}

/**
 * The 42 CFR Part 2 opt-in of an export dialog (progress.md §7.2 item 7), in the consent words every export shares:
 * without it a Part 2 client's report is not produced, and the box says why.
 */
export function Part2OptIn({ program, optIns, tried, onChange }: Props) {
  if (!isPart2Program(program)) return null;
  return (
    <Checkbox
      label={PART2_OPT_IN_LABEL}
      description="Required for this client (substance-use or dual-diagnosis program); the report then carries the Part 2 notice."
      checked={optIns.includes('part2')}
      error={tried ? part2ExportRefusal(program, optIns) : null}
      onChange={(e) => {
        onChange(e.currentTarget.checked);
      }}
    />
  );
}
