import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { getInstrument } from '../../../../shared/instruments';
import { notify } from '../../../components/notify';
import type { InstrumentDefinition } from '../../../../shared/instruments';
import { correctionSource, correctionsOf } from '../corrections';
import { currentResponses, type MeasureResponse } from '../measure-records';
import { AckHistory, activeAlerts, raisesSafetyAlert } from '../../safety-alerts';
import { useClientMeasures, type ClientMeasures } from '../useClientMeasures';
import { useInstrumentCatalog } from '../useInstrumentCatalog';
import { useMeasureActions, type AdministrationInput } from '../useMeasureActions';
import { AdministerPanel, type AdministerState } from './AdministerPanel';
import { HealthyDaysSection } from './HealthyDaysSection';
import { ScreenerResults } from './ScreenerResults';
import { useMedicationMarkers } from '../../medications';
import { useEpisodeMarkers } from '../../episodes';
import { ScheduleSection } from './ScheduleSection';
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
  /** No measure is dated before it. */
  readonly dateOfBirth: string;
}

function Measures({
  clientId,
  data,
  canAdminister,
  startDay,
  dateOfBirth,
  instruments,
}: SectionProps & { data: ClientMeasures; instruments: readonly InstrumentDefinition[] }) {
  const actions = useMeasureActions(clientId);
  const medicationMarkers = useMedicationMarkers(clientId);
  const episodeMarkers = useEpisodeMarkers(clientId);
  const markers = useMemo(() => [...medicationMarkers, ...episodeMarkers], [medicationMarkers, episodeMarkers]);
  const [administering, setAdministering] = useState<AdministerState | null>(null);
  const current = useMemo(() => currentResponses(data.responses), [data.responses]);
  const openAlerts = useMemo(() => activeAlerts(data.responses, data.acks), [data.responses, data.acks]);
  const schedulable = instruments.filter((d) => d.scoring.totalRange !== null);

  const save = async (input: AdministrationInput) => {
    const saved = await actions.administer(input);
    notify(savedMessage(saved));
    const offerCssrs = saved.instrumentId === 'PHQ-9' && raisesSafetyAlert(saved);
    const why = saved.flags.includes('item9_unanswered') ? 'PHQ-9 item 9 was not answered' : 'PHQ-9 item 9 was answered above 0';
    const notice = `${why}. Ask the C-SSRS screener questions now, then record a clinician response to the alert.`;
    setAdministering(offerCssrs ? { ...CSSRS_OFFER, notice } : null);
  };
  const correct = (id: string) => {
    const r = current.find((x) => x.id === id);
    if (r) setAdministering({ instrumentId: r.instrumentId, correcting: correctionSource(r), notice: null });
  };
  return (
    <Stack component="section" aria-labelledby="measures-heading">
      <Group justify="space-between">
        <Title order={2} id="measures-heading">
          Measures
        </Title>
        {canAdminister && !administering && (
          <Button
            onClick={() => {
              setAdministering({ instrumentId: null, correcting: null, notice: null });
            }}
          >
            Administer measure
          </Button>
        )}
      </Group>
      {canAdminister && <ScheduleSection clientId={clientId} responses={current} startDay={startDay} instruments={schedulable} onSave={actions.saveSchedule} />}
      {administering && (
        <AdministerPanel
          instruments={instruments}
          dateOfBirth={dateOfBirth}
          state={administering}
          onChange={setAdministering}
          onSave={save}
          onClose={() => {
            setAdministering(null);
          }}
        />
      )}
      <TrajectorySection
        responses={current}
        openAlerts={openAlerts}
        history={(id) => correctionsOf(data.responses, id)}
        staffNames={data.staffNames}
        onCorrect={correct}
        markers={markers}
        instruments={instruments}
      />
      <ScreenerResults responses={current} />
      <HealthyDaysSection responses={current} />
      <AckHistory acks={data.acks} staffNames={data.staffNames} />
    </Stack>
  );
}

/** The measures part of a client's chart: schedule, administering, trajectories and safety responses (the alert banner sits above the tabs). */
export function MeasuresSection({ clientId, canAdminister, startDay, dateOfBirth }: SectionProps) {
  const { data, error } = useClientMeasures(clientId);
  const catalog = useInstrumentCatalog();
  if (error) {
    return <Text role="alert">This client’s measures could not be read ({error.message}). Lock and unlock Waypoint, then open the chart again.</Text>;
  }
  if (!data || !catalog) return <Loader aria-label="Loading measures" />;
  return (
    <Measures clientId={clientId} data={data} canAdminister={canAdminister} startDay={startDay} dateOfBirth={dateOfBirth} instruments={catalog.administrable} />
  );
}
