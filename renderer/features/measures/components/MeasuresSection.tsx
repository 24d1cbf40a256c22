import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { localToday } from '../../../components/format-date';
import { useState } from 'react';
import { getInstrument } from '../../../../shared/instruments';
import { notify } from '../../../components/notify';
import { currentResponses, type MeasureResponse } from '../measure-records';
import { activeAlerts, raisesSafetyAlert, type AckAction } from '../safety-alerts';
import { DEFAULT_SCHEDULE, dueItems, lastDaysByClient } from '../schedule-rules';
import { useClientMeasures, type ClientMeasures } from '../useClientMeasures';
import { useMeasureActions, type AdministrationInput } from '../useMeasureActions';
import { localDayOf } from '../useMeasuresDue';
import { AckForm } from './AckForm';
import { AckHistory } from './AckHistory';
import { AdministerPanel, type AdministerState } from './AdministerPanel';
import { DueBadges } from './DueBadges';
import { SafetyBanner } from './SafetyBanner';
import { ScreenerResults } from './ScreenerResults';
import { TrajectorySection } from './TrajectorySection';

const CSSRS_OFFER: AdministerState = { instrumentId: 'C-SSRS-Screener', correcting: null, notice: null };

function savedMessage(r: MeasureResponse): string {
  const band = getInstrument(r.instrumentId)?.bands.find((b) => b.id === r.band)?.label ?? r.band ?? '—';
  return `${r.instrumentId} saved: ${r.total === null ? band : `total ${String(r.total)} (${band})`}.`;
}

interface SectionProps {
  readonly clientId: string;
  /** Active clients only: a discharged client is not administered measures and has nothing due. */
  readonly canAdminister: boolean;
  /** The admission date: when never given, scheduled measures fall due then. */
  readonly startDay: string;
}

function Schedule({ clientId, responses, startDay }: { clientId: string; responses: readonly MeasureResponse[]; startDay: string }) {
  const [today] = useState(localToday);
  const items = dueItems(DEFAULT_SCHEDULE, lastDaysByClient(responses, localDayOf).get(clientId) ?? {}, startDay, today);
  return (
    <Group gap="xs" role="group" aria-label="Measures schedule">
      <Text>Weekly schedule:</Text>
      <DueBadges items={items} />
    </Group>
  );
}

function Measures({ clientId, data, canAdminister, startDay }: SectionProps & { data: ClientMeasures }) {
  const actions = useMeasureActions(clientId);
  const [administering, setAdministering] = useState<AdministerState | null>(null);
  const [responding, setResponding] = useState(false);
  const alerts = activeAlerts(data.responses, data.acks);
  const current = currentResponses(data.responses);

  const save = async (input: AdministrationInput) => {
    const saved = await actions.administer(input);
    notify(savedMessage(saved));
    const offerCssrs = saved.instrumentId === 'PHQ-9' && raisesSafetyAlert(saved);
    const notice = 'PHQ-9 item 9 was answered above 0. Ask the C-SSRS screener questions now, then record a clinician response to the alert.';
    setAdministering(offerCssrs ? { ...CSSRS_OFFER, notice } : null);
  };
  const correct = (id: string) => {
    const r = current.find((x) => x.id === id);
    if (r) setAdministering({ instrumentId: r.instrumentId, correcting: { id: r.id, answers: r.answers }, notice: null });
  };
  const sign = async (action: AckAction, note: string) => {
    await actions.acknowledge({ responseIds: alerts.map((r) => r.id), action, note });
    setResponding(false);
    notify('Safety response signed and recorded.');
  };

  return (
    <Stack component="section" aria-labelledby="measures-heading">
      {alerts.length > 0 && (
        <SafetyBanner alerts={alerts} onAdministerCssrs={() => { setAdministering(CSSRS_OFFER); }} onRespond={() => { setResponding(true); }} />
      )}
      {alerts.length > 0 && responding && <AckForm onSign={sign} onCancel={() => { setResponding(false); }} />}
      <Group justify="space-between">
        <Title order={2} id="measures-heading">Measures</Title>
        {canAdminister && !administering && (
          <Button onClick={() => { setAdministering({ instrumentId: null, correcting: null, notice: null }); }}>Administer measure</Button>
        )}
      </Group>
      {canAdminister && <Schedule clientId={clientId} responses={current} startDay={startDay} />}
      {administering && (
        <AdministerPanel state={administering} onChange={setAdministering} onSave={save} onClose={() => { setAdministering(null); }} />
      )}
      <TrajectorySection responses={current} onCorrect={correct} />
      <ScreenerResults responses={current} />
      <AckHistory acks={data.acks} staffNames={data.staffNames} />
    </Stack>
  );
}

/** The measures part of a client's chart: safety alert, administering, trajectories and safety responses. */
export function MeasuresSection({ clientId, canAdminister, startDay }: SectionProps) {
  const { data, error } = useClientMeasures(clientId);
  if (error) {
    return <Text role="alert">This client’s measures could not be read ({error.message}). Lock and unlock Waypoint, then open the chart again.</Text>;
  }
  if (!data) return <Loader aria-label="Loading measures" />;
  return <Measures clientId={clientId} data={data} canAdminister={canAdminister} startDay={startDay} />;
}
