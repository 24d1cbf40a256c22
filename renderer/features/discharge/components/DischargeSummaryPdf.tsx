import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { OPT_IN_LABELS, part2ExportRefusal, type Part2Subject, type ReportOptIn } from '../../../../shared/reports';
import { ExportOutcomeNote, Part2OptIn } from '../../reports';
import { useDischargeSummaryPdf } from '../useDischargeSummary';

/**
 * "Save discharge summary PDF" with its §7.2 opt-ins, off by default: item-level answers on request, and for a Part 2
 * client the Part 2 opt-in, without which nothing is saved (the same box and rule as the progress report).
 */
export function DischargeSummaryPdf({ summaryId, client }: { readonly summaryId: string; readonly client: Part2Subject }) {
  const pdf = useDischargeSummaryPdf();
  const [optIns, setOptIns] = useState<readonly ReportOptIn[]>([]);
  const [tried, setTried] = useState(false);
  const toggle = (o: ReportOptIn, on: boolean) => {
    setOptIns((all) => (on ? [...all, o] : all.filter((x) => x !== o)));
  };
  const save = () => {
    setTried(true);
    if (part2ExportRefusal(client, optIns) !== null) return;
    void pdf.print(summaryId, optIns);
  };
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        By default the PDF holds scores, bands and counts only: no note narrative, item-level answer, check-in, homework or family free text.
      </Text>
      <Checkbox
        label={`Include on request: ${OPT_IN_LABELS.item_answers}`}
        description="Only for this export; the audit log records it."
        checked={optIns.includes('item_answers')}
        onChange={(e) => {
          toggle('item_answers', e.currentTarget.checked);
        }}
      />
      <Part2OptIn
        client={client}
        optIns={optIns}
        tried={tried}
        onChange={(on) => {
          toggle('part2', on);
        }}
      />
      <Group>
        <Button variant="light" loading={pdf.busy} onClick={save}>
          Save discharge summary PDF
        </Button>
      </Group>
      <ExportOutcomeNote outcome={pdf.outcome} what="Discharge summary" />
    </Stack>
  );
}
