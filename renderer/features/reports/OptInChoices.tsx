import { Checkbox, Stack, Text } from '@mantine/core';
import { Part2OptIn } from './Part2OptIn';
import type { Part2Subject } from '../../../shared/reports';

interface Props<O extends string> {
  /** The group's heading id, unique on the page. */
  readonly id: string;
  /** The export's §7.2 opt-ins; 'part2' among them is the Part 2 box, shown only for a Part 2 client. */
  readonly options: readonly O[];
  readonly labels: Readonly<Record<O, string>>;
  readonly optIns: readonly O[];
  readonly client: Part2Subject;
  /** A save was tried: the Part 2 box then says why the export was refused. */
  readonly tried: boolean;
  readonly onToggle: (o: O | 'part2', on: boolean) => void;
  /** What the export never holds, said under the choices. */
  readonly never: string;
}

/** An export's opt-ins (progress.md §7.2), each off until chosen, with the Part 2 box last and what is never exported. */
export function OptInChoices<O extends string>({ id, options, labels, optIns, client, tried, onToggle, never }: Props<O>) {
  return (
    <Stack gap={4} role="group" aria-labelledby={id}>
      <Text id={id} size="sm" fw={500}>
        Never included unless you choose (each choice is recorded in the audit log)
      </Text>
      {options
        .filter((o) => o !== 'part2')
        .map((o) => (
          <Checkbox
            key={o}
            label={labels[o]}
            checked={optIns.includes(o)}
            onChange={(e) => {
              onToggle(o, e.currentTarget.checked);
            }}
          />
        ))}
      <Part2OptIn
        client={client}
        optIns={optIns}
        tried={tried}
        onChange={(on) => {
          onToggle('part2', on);
        }}
      />
      <Text size="xs">{never}</Text>
    </Stack>
  );
}
