import { Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { plural } from '../../../shared/domain/text';
import { part2ExportRefusal, type Part2Subject } from '../../../shared/reports';
import type { CsvData, CsvScope } from './csv-actions';
import { ExportOutcomeNote } from './ExportOutcomeNote';
import { Part2OptIn } from './Part2OptIn';
import { useCsvExport } from './useExports';

interface Props {
  readonly scope: CsvScope;
  /** The chart's client (one-client scope): a Part 2 client's export needs the Part 2 opt-in. */
  readonly client?: Part2Subject;
}

/** One button per CSV file, in the order shown. */
const EXPORTS: readonly (readonly [CsvData, string])[] = [
  ['measures', 'Export measures CSV'],
  ['behaviours', 'Export target behaviours CSV'],
];

/** The caseload's Part 2 opt-in: without it Part 2 clients' rows are left out, and the panel says how many. */
function CaseloadPart2OptIn({ checked, onChange }: { checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <Checkbox
      label="Include 42 CFR Part 2 clients"
      description="Only if, for each of them, the recipient is the client or a Part 2 consent covering the recipient is on file. Without it their rows are left out; the audit log records the choice."
      checked={checked}
      onChange={(e) => {
        onChange(e.currentTarget.checked);
      }}
    />
  );
}

/** CSV exports (progress.md §7.5) of one client (chart) or of the caseload the user may export (Reports page). */
export function CsvExportPanel({ scope, client }: Props) {
  const { busy, outcome, part2LeftOut, save } = useCsvExport();
  const [identified, setIdentified] = useState(false);
  const [part2, setPart2] = useState(false);
  const [tried, setTried] = useState(false);
  const caseload = scope.kind === 'caseload';
  const optIns = part2 ? ['part2'] : [];
  const run = (data: CsvData) => {
    setTried(true);
    if (client && part2ExportRefusal(client, optIns) !== null) return;
    void save({ scope, data, identified, optIns });
  };
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h4">
          {caseload ? 'Caseload CSV exports' : 'CSV exports'}
        </Title>
        <Text size="sm">
          One row per administration or daily entry, UTF-8, for a spreadsheet.
          {caseload ? ' Clients are listed by a key made for this export unless you choose identified.' : ''}
        </Text>
        {caseload && (
          <Checkbox
            label="Identified (record numbers instead of pseudonymous keys)"
            checked={identified}
            onChange={(e) => {
              setIdentified(e.currentTarget.checked);
            }}
          />
        )}
        {caseload && <CaseloadPart2OptIn checked={part2} onChange={setPart2} />}
        {client && <Part2OptIn client={client} optIns={optIns} tried={tried} onChange={setPart2} />}
        <ExportOutcomeNote outcome={outcome} what="CSV export" />
        {part2LeftOut > 0 && (
          <Text size="sm" role="status">
            {plural(part2LeftOut, 'Part 2 client')} left out of the file (no Part 2 opt-in).
          </Text>
        )}
        <Group>
          {EXPORTS.map(([data, label]) => (
            <Button
              key={data}
              variant="default"
              onClick={() => {
                run(data);
              }}
              loading={busy}
            >
              {label}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
