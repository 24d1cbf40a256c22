import { Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CsvData, CsvScope } from './csv-actions';
import { ExportOutcomeNote } from './ExportOutcomeNote';
import { useCsvExport } from './useExports';

/** CSV exports (progress.md §7.5) of one client (chart) or of the caseload the user may export (Reports page). */
export function CsvExportPanel({ scope }: { scope: CsvScope }) {
  const { busy, outcome, save } = useCsvExport();
  const [identified, setIdentified] = useState(false);
  const caseload = scope.kind === 'caseload';
  const run = (data: CsvData) => {
    void save({ scope, data, identified });
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
        <ExportOutcomeNote outcome={outcome} what="CSV export" />
        <Group>
          <Button
            variant="default"
            onClick={() => {
              run('measures');
            }}
            loading={busy}
          >
            Export measures CSV
          </Button>
          <Button
            variant="default"
            onClick={() => {
              run('behaviours');
            }}
            loading={busy}
          >
            Export target behaviours CSV
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
