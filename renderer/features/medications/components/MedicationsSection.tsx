import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { notify } from '../../../components/notify';
import { formatInstantDate, localToday } from '../../../components/format-date';
import { medicationChanges } from '../medication-chart-data';
import { useClientMedications, type ClientMedications } from '../useClientMedications';
import { useAuditView } from '../../../audit';
import { useMedicationActions } from '../useMedicationActions';
import { useStartMedicationVisit } from '../useMedicationVisit';
import { openVisits, useClientSessions } from '../useOpenVisit';
import { VisitPanel } from './VisitPanel';
import { adherenceWindow } from '../../../../shared/domain/medication-adherence';
import { AdherenceBanner } from './AdherenceBanner';
import { AdherenceCard } from './AdherenceCard';
import { ChangeHistoryTable } from './ChangeHistoryTable';
import { MedicationListCard } from './MedicationListCard';
import { SideEffectsCard } from './SideEffectsCard';
import { plural } from '../../../../shared/domain/text';

interface Props {
  readonly clientId: string;
  /** Active clients only: a discharged client's medications are read-only. */
  readonly canEdit: boolean;
}

function Medications({ clientId, canEdit, data }: Props & { data: ClientMedications }) {
  const [today] = useState(localToday);
  const [params, setParams] = useSearchParams();
  // The visit in progress lives in the URL (?tab=medications&visit=<session id>), so a reload returns to it.
  const visitId = canEdit ? (params.get('visit') ?? '') : '';
  const setVisit = (id: string) => {
    setParams(id ? { tab: 'medications', visit: id } : { tab: 'medications' }, { replace: true });
  };
  const startVisit = useStartMedicationVisit(clientId);
  const sessions = useClientSessions(clientId);
  const open = canEdit && !visitId ? openVisits(sessions ?? [], data.history)[0] : undefined;
  const actions = useMedicationActions(clientId, visitId);
  const changes = medicationChanges(data.medications, data.history);
  // One figure for the alert, the visit and the adherence card.
  const adherence = adherenceWindow(data.medications, data.history.adherence, today);
  return (
    <Stack component="section" aria-labelledby="medications-heading">
      <AdherenceBanner adherence={adherence} medications={data.medications} />
      <Group justify="space-between">
        <Title order={2} id="medications-heading">
          Medications
        </Title>
        {open && (
          <Button
            variant="default"
            onClick={() => {
              setVisit(open.id);
            }}
          >
            Resume visit of {formatInstantDate(open.startsAt)}
          </Button>
        )}
        {canEdit && !visitId && (
          <Button
            variant="light"
            onClick={() => {
              void startVisit().then(setVisit, (e: unknown) => {
                notify(`The visit could not be started (${String(e)}). Try again.`, { failed: true });
              });
            }}
          >
            Start medication visit
          </Button>
        )}
      </Group>
      {visitId && (
        <VisitPanel
          clientId={clientId}
          sessionId={visitId}
          history={data.history}
          adherence={adherence}
          medications={data.medications}
          onLeave={() => {
            setVisit('');
          }}
          onFinish={async () => {
            await actions.finishVisit(today);
            setVisit('');
            notify('Medication visit finished. Its note is a draft under Notes and Unsigned notes until you sign it.');
          }}
        />
      )}
      {data.history.unreadable > 0 && (
        <Text role="status">
          {plural(data.history.unreadable, 'medication record')} {data.history.unreadable === 1 ? 'was' : 'were'} written in a format this version cannot show;
          they are kept unchanged.
        </Text>
      )}
      <MedicationListCard clientId={clientId} medications={data.medications} actions={actions} today={today} canEdit={canEdit} />
      {changes.length > 0 && <ChangeHistoryTable changes={changes} />}
      <AdherenceCard medications={data.medications} records={data.history.adherence} adherence={adherence} actions={actions} today={today} canEdit={canEdit} />
      <SideEffectsCard medications={data.medications} history={data.history} actions={actions} today={today} canEdit={canEdit} />
    </Stack>
  );
}

/** The medications tab of a client's chart. */
export function MedicationsSection({ clientId, canEdit }: Props) {
  const { data, error } = useClientMedications(clientId);
  useAuditView('medication', clientId, Boolean(data), 'Opened the client’s medications');
  if (error) {
    return <Text role="alert">This client’s medications could not be read ({error.message}). Lock and unlock Waypoint, then open the chart again.</Text>;
  }
  if (!data) return <Loader aria-label="Loading medications" />;
  return <Medications clientId={clientId} canEdit={canEdit} data={data} />;
}
