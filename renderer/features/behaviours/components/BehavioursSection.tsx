import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { withWeeklyTarget, type TrackedBehaviour } from '../../../../shared/progress/plans/behaviour-presets';
import type { TargetBehaviourEntry } from '../../../../shared/progress/plans/types';
import { behaviourSeries } from '../../../../shared/progress/plans/behaviour-series';
import { localToday } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import { useBehaviourActions } from '../useBehaviourActions';
import { useClientBehaviours } from '../useBehaviours';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { BehaviourCard } from './BehaviourCard';
import { RecordDaysModal } from './RecordDaysModal';
import { TrackBehaviourModal } from './TrackBehaviourModal';
import { FormProblem } from '../../../components/FormProblem';
import { errorClause } from '../../../../shared/error-message';

const SPAN = { weeks: 12, days: 28 } as const;

/** The Behaviours chart tab: every tracked behaviour with its weekly chart and tables; tracking and recording days. */
export function BehavioursSection({ clientId, canEdit }: { clientId: string; canEdit: boolean }) {
  const { data, error } = useClientBehaviours(clientId);
  const actions = useBehaviourActions(clientId);
  const [today] = useState(localToday);
  const [tracking, setTracking] = useState(false);
  const [recording, setRecording] = useState<TrackedBehaviour | null>(null);
  const [changing, setChanging] = useState<TrackedBehaviour | null>(null);
  const [stopping, setStopping] = useState<TrackedBehaviour | null>(null);
  const [stopError, setStopError] = useState<string | null>(null);
  if (error)
    return (
      <Alert color="red" role="alert" title="Target behaviours could not be read">
        {error.message}
      </Alert>
    );
  if (!data) return <Loader aria-label="Loading target behaviours" />;
  const track = async (b: TrackedBehaviour, isNewToClinic: boolean) => {
    if (isNewToClinic) await actions.addToClinic(data.clinicOwn, withWeeklyTarget(b, undefined));
    await actions.track(data.tracked, b);
    notify(`${b.label} is tracked on this chart.`);
  };
  const change = async (b: TrackedBehaviour) => {
    await actions.change(data.tracked, b);
    notify(`${b.label}: changes saved.`);
  };
  const record = async (b: TrackedBehaviour, entries: readonly TargetBehaviourEntry[]) => {
    await actions.recordDays(entries);
    notify(`${b.label}: ${entries.every((e) => e.span === 'week') ? 'the week’s total' : `${String(entries.length)} day(s)`} saved.`);
  };
  const stop = async (b: TrackedBehaviour) => {
    try {
      await actions.stop(data.tracked, b.behaviourId);
      setStopping(null);
      notify(`${b.label} is no longer tracked; its recorded days are kept.`);
    } catch (e) {
      setStopError(`Not stopped: ${errorClause(e)}. Try again.`);
    }
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          Target behaviours
        </Title>
        {canEdit && (
          <Button
            onClick={() => {
              setTracking(true);
            }}
          >
            Track a behaviour
          </Button>
        )}
      </Group>
      {data.shown.length === 0 && <Text>No behaviour is tracked for this client yet.</Text>}
      {data.shown.map((b) => (
        <BehaviourCard
          key={b.behaviourId}
          behaviour={b}
          series={behaviourSeries(b, data.entries, today, SPAN)}
          canEdit={canEdit}
          onPlan={data.planIds.has(b.behaviourId)}
          onRecord={() => {
            setRecording(b);
          }}
          onChange={() => {
            setChanging(b);
          }}
          onStop={() => {
            setStopError(null);
            setStopping(b);
          }}
        />
      ))}
      {tracking && (
        <TrackBehaviourModal
          clientId={clientId}
          clinicList={data.clinicList}
          tracked={data.shown}
          onClose={() => {
            setTracking(false);
          }}
          onSave={track}
        />
      )}
      {changing && (
        <TrackBehaviourModal
          clientId={clientId}
          clinicList={data.clinicList}
          tracked={data.shown}
          editing={changing}
          onClose={() => {
            setChanging(null);
          }}
          onSave={change}
        />
      )}
      <ConfirmModal
        opened={stopping !== null}
        title={`Stop tracking ${stopping?.label.toLowerCase() ?? ''}?`}
        confirmLabel="Stop tracking"
        color="red"
        onConfirm={() => {
          if (stopping) void stop(stopping);
        }}
        onCancel={() => {
          setStopping(null);
        }}
      >
        <Text>It leaves this chart and the check-in. The days already recorded are kept, and come back if you track it again.</Text>
        <FormProblem problem={stopError} />
      </ConfirmModal>
      {recording && (
        <RecordDaysModal
          behaviour={recording}
          clientId={clientId}
          today={today}
          onClose={() => {
            setRecording(null);
          }}
          onSave={(entries) => record(recording, entries)}
        />
      )}
    </Stack>
  );
}
