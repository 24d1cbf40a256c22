import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { activeAlerts, getInstrument, raisesSafetyAlert } from '../../../../shared/instruments';
import { notify } from '../../../components/notify';
import type { InstrumentDefinition } from '../../../../shared/instruments';
import { correctionSource, correctionsOf } from '../corrections';
import { currentResponses, type MeasureResponse } from '../measure-records';
import { useClientMeasures, type ClientMeasures } from '../useClientMeasures';
import { useInstrumentCatalog } from '../useInstrumentCatalog';
import { useMeasureActions, type AdministrationInput } from '../useMeasureActions';
import { AdministerPanel, type AdministerState } from './AdministerPanel';
import { HealthyDaysSection } from './HealthyDaysSection';
import { ScreenerResults } from './ScreenerResults';
import { useChartRegistry } from '../../../modules';
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
  /** Drawn last, under the trajectories (other features' parts of the tab, e.g. the signed safety responses). */
  readonly footer?: ReactNode;
}

function Measures({
  clientId,
  data,
  canAdminister,
  startDay,
  dateOfBirth,
  instruments,
  footer,
}: SectionProps & { data: ClientMeasures; instruments: readonly InstrumentDefinition[] }) {
  const actions = useMeasureActions(clientId);
  // Medication changes (features/medications) and level-of-care moves (features/episodes) on every trajectory.
  const markers = useChartRegistry().chartMarkers.flatMap((source) => source.useMarkers(clientId));
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
      {footer}
    </Stack>
  );
}

/** The measures part of a client's chart: schedule, administering, trajectories, then `footer` (the alert banner sits above the tabs). */
export function MeasuresSection({ clientId, canAdminister, startDay, dateOfBirth, footer }: SectionProps) {
  const { data, error } = useClientMeasures(clientId);
  const catalog = useInstrumentCatalog();
  if (error) {
    return <Text role="alert">This client’s measures could not be read ({error.message}). Lock and unlock Waypoint, then open the chart again.</Text>;
  }
  if (!data || !catalog) return <Loader aria-label="Loading measures" />;
  return (
    <Measures
      clientId={clientId}
      data={data}
      canAdminister={canAdminister}
      startDay={startDay}
      dateOfBirth={dateOfBirth}
      instruments={catalog.administrable}
      footer={footer}
    />
  );
}
