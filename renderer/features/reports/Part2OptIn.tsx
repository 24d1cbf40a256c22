import { Checkbox } from '@mantine/core';
import { PART2_OPT_IN_LABEL, isPart2Client, part2ExportRefusal, type Part2Subject } from '../../../shared/reports';

interface Props {
  /** The client (program track and Part 2 mark): the box is shown only for a Part 2 client. */
  readonly client: Part2Subject;
  readonly optIns: readonly string[];
  /** A save was tried: the box then says why the export was refused. */
  readonly tried: boolean;
  readonly onChange: (on: boolean) => void;
}

/**
 * The 42 CFR Part 2 opt-in of an export dialog (progress.md §7.2 item 7), in the consent words every export shares:
 * without it a Part 2 client's report is not produced, and the box says why.
 */
export function Part2OptIn({ client, optIns, tried, onChange }: Props) {
  if (!isPart2Client(client)) return null;
  return (
    <Checkbox
      label={PART2_OPT_IN_LABEL}
      description="Required for this client (a 42 CFR Part 2 record); the export then carries the Part 2 notice."
      checked={optIns.includes('part2')}
      error={tried ? part2ExportRefusal(client, optIns) : null}
      onChange={(e) => {
        onChange(e.currentTarget.checked);
      }}
    />
  );
}
