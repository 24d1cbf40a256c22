import { Button, Checkbox, Group, Paper, Radio, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { addDays } from '../../../shared/progress/plans/days';
import { OPT_IN_LABELS, REPORT_OPT_INS, part2ExportRefusal, periodErrors, type ReportOptIn, type ReportVersion } from '../../../shared/reports';
import { localToday } from '../../components/format-date';
import type { Client } from '../../db';
import { useSignedIn } from '../../session';
import { ExportOutcomeNote } from './ExportOutcomeNote';
import { OptInChoices } from './OptInChoices';
import { useProgressReportExport } from './useExports';

/**
 * Chart → Reports: one period, client or payer version, §7.2 opt-ins off by default (a Part 2 client's report needs the
 * Part 2 opt-in); saves a PDF via the host.
 */
export function ProgressReportForm({ client }: { client: Pick<Client, 'id' | 'program' | 'part2'> }) {
  const today = localToday();
  const { clinicName } = useSignedIn();
  const { busy, outcome, save } = useProgressReportExport();
  const [from, setFrom] = useState(addDays(today, -29));
  const [to, setTo] = useState(today);
  const [version, setVersion] = useState<ReportVersion>('client');
  const [optIns, setOptIns] = useState<readonly ReportOptIn[]>([]);
  const [medicationsForPayer, setMedicationsForPayer] = useState(false);
  const [summary, setSummary] = useState('');
  const [tried, setTried] = useState(false);
  const errors = tried ? periodErrors({ from, to }, today) : {};

  const submit = () => {
    setTried(true);
    const problems = periodErrors({ from, to }, today);
    if (problems.from || problems.to || part2ExportRefusal(client, optIns) !== null) return;
    void save({ clientId: client.id, period: { from, to }, version, optIns, medicationsForPayer, summary, clinicName });
  };
  const toggle = (o: ReportOptIn, on: boolean) => {
    setOptIns((all) => (on ? [...all, o] : all.filter((x) => x !== o)));
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h4">
          Progress report (PDF)
        </Title>
        <Group align="flex-start">
          <TextInput
            type="date"
            label="From"
            withAsterisk
            value={from}
            max={today}
            error={errors.from}
            onChange={(e) => {
              setFrom(e.currentTarget.value);
            }}
          />
          <TextInput
            type="date"
            label="To"
            withAsterisk
            value={to}
            error={errors.to}
            onChange={(e) => {
              setTo(e.currentTarget.value);
            }}
          />
        </Group>
        <Radio.Group
          label="Version"
          value={version}
          onChange={(v) => {
            setVersion(v === 'payer' ? 'payer' : 'client');
          }}
        >
          <Group mt={4}>
            <Radio value="client" label="Client version (plain language)" />
            <Radio value="payer" label="Payer version (continued-stay review)" />
          </Group>
        </Radio.Group>
        {version === 'payer' && (
          <Checkbox
            label="Include medications in the payer version"
            checked={medicationsForPayer}
            onChange={(e) => {
              setMedicationsForPayer(e.currentTarget.checked);
            }}
          />
        )}
        <Textarea
          label={version === 'client' ? 'Note to the client (plain language)' : 'Clinical summary'}
          autosize
          minRows={2}
          maxLength={4000}
          value={summary}
          onChange={(e) => {
            setSummary(e.currentTarget.value);
          }}
        />
        <OptInChoices
          id="report-opt-ins"
          options={REPORT_OPT_INS}
          labels={OPT_IN_LABELS}
          optIns={optIns}
          client={client}
          tried={tried}
          onToggle={toggle}
          never="Psychotherapy notes, drafts, other group members and audit data are never exported."
        />
        <ExportOutcomeNote outcome={outcome} what="Progress report" />
        <Group>
          <Button onClick={submit} loading={busy}>
            Save progress report PDF
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
