import { Box, Button, Card, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Line } from 'react-chartjs-2';
import { sideEffectStates, type MedicationHistory, type SideEffectState } from '../../../../shared/domain/medication-events';
import { INTERFERENCE_LEVELS, SEVERITY_LABELS, sideEffectLabel, validateResolvedOn } from '../../../../shared/domain/medications';
import type { Medication } from '../../../../shared/domain/records';
import { formatIsoDate } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import '../../../charts';
import { sideEffectChartData, sideEffectChartOptions, sideEffectChartSummary } from '../medication-chart-config';
import { sideEffectChart } from '../medication-chart-data';
import type { MedicationActions } from '../useMedicationActions';
import { SaveError, useSaving } from '../../../components/SaveError';
import { SideEffectModal } from './SideEffectModal';
import { ModalActions } from '../../../components/ModalActions';

interface Props {
  readonly medications: readonly Medication[];
  readonly history: Pick<MedicationHistory, 'sideEffects' | 'resolutions'>;
  readonly actions: MedicationActions;
  readonly today: string;
  readonly canEdit: boolean;
}

function ResolveModal({
  effect,
  today,
  onClose,
  onSave,
}: {
  effect: SideEffectState;
  today: string;
  onClose: () => void;
  onSave: (day: string) => Promise<void>;
}) {
  const [day, setDay] = useState(today);
  const [problem, setProblem] = useState<string | null>(null);
  const { saving, error, run } = useSaving();
  const title = `Mark ${sideEffectLabel(effect)} resolved`;
  const save = () => {
    const r = validateResolvedOn(day, effect.occurredOn, today);
    setProblem(r.ok ? null : (Object.values(r.errors)[0] ?? 'Check the date.'));
    if (r.ok) void run(() => onSave(r.value));
  };
  return (
    <Modal opened onClose={onClose} title={title} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <TextInput
          label="Resolved on"
          type="date"
          required
          min={effect.occurredOn}
          max={today}
          value={day}
          error={problem}
          onChange={(e) => {
            setDay(e.currentTarget.value);
          }}
          data-autofocus
        />
        <SaveError error={error} what="The resolution" />
        <ModalActions submitLabel="Mark resolved" saving={saving} onAction={save} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}

function EffectsTable({
  states,
  medications,
  onResolve,
}: {
  states: readonly SideEffectState[];
  medications: readonly Medication[];
  onResolve: ((s: SideEffectState) => void) | null;
}) {
  const interference = (id: string) => INTERFERENCE_LEVELS.find((l) => l.id === id)?.label ?? id;
  return (
    <Table striped>
      <Table.Caption>Side effects, oldest first</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Date</Table.Th>
          <Table.Th>Side effect</Table.Th>
          <Table.Th>Severity</Table.Th>
          <Table.Th>Interference</Table.Th>
          <Table.Th>Medication</Table.Th>
          <Table.Th>Resolved</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {states.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>{formatIsoDate(s.occurredOn)}</Table.Td>
            <Table.Td>
              {sideEffectLabel(s)}
              {s.note && (
                <Text size="sm" c="gray.7">
                  {s.note}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {s.severity} {SEVERITY_LABELS[s.severity]}
            </Table.Td>
            <Table.Td>{interference(s.interference)}</Table.Td>
            <Table.Td>{medications.find((m) => m.id === s.medicationId)?.name ?? 'Not known'}</Table.Td>
            <Table.Td>
              {s.resolvedOn ? (
                formatIsoDate(s.resolvedOn)
              ) : onResolve ? (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    onResolve(s);
                  }}
                  aria-label={`Mark ${sideEffectLabel(s)} of ${formatIsoDate(s.occurredOn)} resolved`}
                >
                  Mark resolved
                </Button>
              ) : (
                'Not yet'
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Side effects: record, resolve, severity over time per effect and the table of every observation. */
export function SideEffectsCard({ medications, history, actions, today, canEdit }: Props) {
  const [recording, setRecording] = useState(false);
  const [resolving, setResolving] = useState<SideEffectState | null>(null);
  const states = sideEffectStates(history);
  const chart = sideEffectChart(history);
  return (
    <Card withBorder component="section" aria-labelledby="side-effects-heading">
      <Stack>
        <Group justify="space-between">
          <Title order={3} id="side-effects-heading">
            Side effects
          </Title>
          {canEdit && (
            <Button
              variant="light"
              onClick={() => {
                setRecording(true);
              }}
            >
              Record side effect
            </Button>
          )}
        </Group>
        {states.length === 0 ? (
          <Text>No side effects recorded.</Text>
        ) : (
          <>
            <Box h={240}>
              <Line data={sideEffectChartData(chart, formatIsoDate)} options={sideEffectChartOptions()} role="img" aria-label={sideEffectChartSummary(chart)} />
            </Box>
            <EffectsTable states={states} medications={medications} onResolve={canEdit ? setResolving : null} />
          </>
        )}
      </Stack>
      {recording && (
        <SideEffectModal
          medications={medications}
          today={today}
          onClose={() => {
            setRecording(false);
          }}
          onSave={async (input, note) => {
            await actions.recordSideEffect(input, note);
            setRecording(false);
            notify(`${sideEffectLabel(input)} recorded.`);
          }}
        />
      )}
      {resolving && (
        <ResolveModal
          effect={resolving}
          today={today}
          onClose={() => {
            setResolving(null);
          }}
          onSave={async (day) => {
            await actions.resolveSideEffect(resolving.id, day);
            setResolving(null);
            notify('Side effect marked resolved.');
          }}
        />
      )}
    </Card>
  );
}
