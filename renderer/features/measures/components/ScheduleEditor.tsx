import { Button, Card, Checkbox, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import type { InstrumentDefinition, InstrumentId } from '../../../../shared/instruments';
import { RestoredTypingNotice } from '../../../resume/RestoredTypingNotice';
import { useFormStash } from '../../../resume/useFormStash';
import { MAX_EVERY_DAYS, scheduleProblem, type ScheduleEntry } from '../schedule-rules';
import { sameFormValues } from '../../../../shared/domain/stashed-values';
import { ArrivedVersionNotice } from '../../../components/ArrivedVersionNotice';
import type { FormArrival } from '../../../drafts/form-arrival';
import { useReportFormState, type FormStateReport } from '../../../drafts/useFollowArrivals';
import { FormProblem } from '../../../components/FormProblem';
import { errorClause } from '../../../../shared/error-message';

interface Props {
  /** Names this editor for the typing kept across a lock: 'schedule:<client id>'. */
  readonly stashKey: string;
  /** Instruments that can be scheduled (administrable, with a total to trend). */
  readonly instruments: readonly InstrumentDefinition[];
  readonly current: readonly ScheduleEntry[];
  readonly onSave: (entries: readonly ScheduleEntry[]) => Promise<void>;
  readonly onCancel: () => void;
  /** A version of the schedule that arrived from another laptop (useFollowArrivals). */
  readonly arrival?: FormArrival;
  readonly onStateChange?: FormStateReport;
}

interface Row {
  readonly on: boolean;
  readonly everyDays: number | string;
}

/** Which measures fall due for this client and how often; the C-SSRS screener is never scheduled, only triggered. */
export function ScheduleEditor({ stashKey, instruments, current, onSave, onCancel, arrival = 'none', onStateChange }: Props) {
  const [initial] = useState<Readonly<Record<string, Row>>>(() =>
    Object.fromEntries(
      instruments.map((d) => {
        const entry = current.find((e) => e.instrumentId === d.id);
        return [d.id, { on: Boolean(entry), everyDays: entry?.everyDays ?? 7 }];
      }),
    ),
  );
  const [rows, setRows] = useState(initial);
  const restored = useFormStash(stashKey, { values: rows, initial, setValues: setRows });
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useReportFormState(onStateChange, !sameFormValues(rows, initial), saving);
  const set = (id: InstrumentId, patch: Partial<Row>) => {
    setRows((prev) => ({ ...prev, [id]: { ...(prev[id] ?? { on: false, everyDays: 7 }), ...patch } }));
  };

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = instruments.flatMap((d) => (rows[d.id]?.on ? [{ instrumentId: d.id, everyDays: rows[d.id]?.everyDays ?? '' }] : []));
    const bad = scheduleProblem(chosen);
    if (bad) {
      setProblem(bad);
      return;
    }
    setSaving(true);
    try {
      await onSave(chosen.map((c) => ({ instrumentId: c.instrumentId, everyDays: Number(c.everyDays) })));
    } catch (error) {
      setProblem(`The schedule was not saved: ${errorClause(error)}. Try again.`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="schedule-editor-heading">
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="schedule-editor-heading">
        <Stack>
          <Title order={3} id="schedule-editor-heading">
            Edit measures schedule
          </Title>
          <RestoredTypingNotice restored={restored} />
          <ArrivedVersionNotice arrival={arrival} />
          <Text size="sm">The C-SSRS screener is not scheduled: it is offered whenever a safety alert is raised.</Text>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Scheduled</Table.Th>
                <Table.Th>Every (days)</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {instruments.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Checkbox
                      label={`${d.id} — ${d.title}`}
                      checked={rows[d.id]?.on ?? false}
                      onChange={(e) => {
                        set(d.id, { on: e.currentTarget.checked });
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${d.id} every how many days`}
                      min={1}
                      max={MAX_EVERY_DAYS}
                      clampBehavior="none"
                      disabled={!rows[d.id]?.on}
                      value={rows[d.id]?.everyDays ?? 7}
                      onChange={(v) => {
                        set(d.id, { everyDays: v });
                      }}
                      w={120}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <FormProblem problem={problem} />
          <Group>
            <Button type="submit" loading={saving}>
              Save schedule
            </Button>
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
