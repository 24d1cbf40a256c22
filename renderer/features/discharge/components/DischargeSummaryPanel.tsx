import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { dischargeSummaryDue, dueWords, longDate } from '../../../../shared/reports';
import { localToday } from '../../../components/format-date';
import { reasonOf } from '../../../drafts/draft-status';
import type { ChartTabProps } from '../../../modules';
import { useDischargeActions, useDischargeSummary } from '../useDischargeSummary';
import { DischargeSummaryPdf } from './DischargeSummaryPdf';
import { DischargeSummaryEditor } from './DischargeSummaryEditor';
import { SignedDischargeSummary } from './SignedDischargeSummary';

function DueLine({ dischargeDate, signed }: { readonly dischargeDate: string; readonly signed: boolean }) {
  const { dueOn, daysLeft } = dischargeSummaryDue(dischargeDate, localToday());
  if (signed)
    return (
      <Badge color="teal" variant="light">
        Signed
      </Badge>
    );
  return <Badge color={daysLeft < 0 ? 'red' : daysLeft <= 3 ? 'orange' : 'blue'} variant="light">{`${dueWords(daysLeft)} (${longDate(dueOn)})`}</Badge>;
}

/** The chart's discharge summary (progress.md §7.3) with its aftercare plan (§7.4): start, write, sign, print. */
export function DischargeSummaryPanel({ client }: ChartTabProps) {
  const data = useDischargeSummary(client.id, client.dischargeDate);
  const actions = useDischargeActions();
  const [problem, setProblem] = useState<string | null>(null);
  if (client.status !== 'discharged' || client.dischargeDate === null) {
    return <Text>A discharge summary is written after the client is discharged (Level of care tab or Details).</Text>;
  }
  if (!data) return <Text>Loading…</Text>;
  const { summary, addenda } = data;
  const start = async () => {
    try {
      await actions.start(client.id);
    } catch (e) {
      setProblem(reasonOf(e));
    }
  };
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3">
            Discharge summary and aftercare plan
          </Title>
          <DueLine dischargeDate={client.dischargeDate} signed={summary?.status === 'signed'} />
        </Group>
        <Text size="sm">{`Discharged ${longDate(client.dischargeDate)}. Due within 15 days; signed, it cannot change (addenda only).`}</Text>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {!summary && (
          <Group>
            <Button
              onClick={() => {
                void start();
              }}
            >
              Start the discharge summary
            </Button>
          </Group>
        )}
        {summary?.status === 'draft' && <DischargeSummaryEditor key={summary.id} draft={summary} actions={actions} />}
        {summary?.status === 'signed' && (
          <SignedDischargeSummary
            summary={summary}
            addenda={addenda}
            cosigns={data.cosigns}
            clientCopy={data.clientCopy}
            onAddendum={(text) => actions.addAddendum(summary.id, text)}
            onCosign={() => actions.cosign(summary.id)}
          />
        )}
        {summary && <DischargeSummaryPdf summaryId={summary.id} client={client} />}
      </Stack>
    </Paper>
  );
}
