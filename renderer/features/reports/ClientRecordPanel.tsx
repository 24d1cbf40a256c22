import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { NEVER_IN_RECORD_EXPORT, RECORD_OPT_INS, RECORD_OPT_IN_LABELS, recordExportRefusal, type RecordOptIn } from '../../../shared/reports';
import type { Client } from '../../db';
import { ExportOutcomeNote } from './ExportOutcomeNote';
import { OptInChoices } from './OptInChoices';
import { useClientRecordExport } from './useExports';
import type { RecordFormat } from './record-export-actions';

/**
 * Chart → Reports: the client's whole record (right of access) as a PDF and a JSON bundle, two saves; the §7.2
 * items are opt-ins, off by default, each named in the export's audit event.
 */
export function ClientRecordPanel({ client }: { client: Client }) {
  const { busy, outcome, save } = useClientRecordExport();
  const [optIns, setOptIns] = useState<readonly RecordOptIn[]>([]);
  const [tried, setTried] = useState(false);
  const toggle = (o: RecordOptIn, on: boolean) => {
    setOptIns((all) => (on ? [...all, o] : all.filter((x) => x !== o)));
  };
  const submit = (format: RecordFormat) => {
    setTried(true);
    if (recordExportRefusal(client, optIns) !== null) return;
    void save({ clientId: client.id, format, optIns });
  };
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h4">
          Client record (right of access)
        </Title>
        <Text size="sm">
          Everything signed in this chart — demographics, episodes, plans, measures with scores, check-ins, notes, medications, homework, behaviours, reviews
          and discharge summaries — as a PDF to read and a JSON file for other software. Each file is saved on its own and recorded in the audit log.
        </Text>
        <OptInChoices
          id="record-opt-ins"
          options={RECORD_OPT_INS}
          labels={RECORD_OPT_IN_LABELS}
          optIns={optIns}
          client={client}
          tried={tried}
          onToggle={toggle}
          never={NEVER_IN_RECORD_EXPORT}
        />
        <ExportOutcomeNote outcome={outcome} what="Client record" />
        <Group>
          <Button
            variant="default"
            loading={busy}
            onClick={() => {
              submit('pdf');
            }}
          >
            Save client record PDF
          </Button>
          <Button
            variant="default"
            loading={busy}
            onClick={() => {
              submit('json');
            }}
          >
            Save client record JSON
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
