import { Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { localToday } from '../../../components/format-date';
import { medicationChanges } from '../medication-chart-data';
import { useClientMedications, useRecordMedicationsView, type ClientMedications } from '../useClientMedications';
import { useMedicationActions } from '../useMedicationActions';
import { adherenceAlert } from '../../../../shared/domain/medication-adherence';
import { currentAdherence } from '../../../../shared/domain/medication-events';
import { AdherenceBanner } from './AdherenceBanner';
import { AdherenceCard } from './AdherenceCard';
import { ChangeHistoryTable } from './ChangeHistoryTable';
import { MedicationListCard } from './MedicationListCard';
import { SideEffectsCard } from './SideEffectsCard';

interface Props {
  readonly clientId: string;
  /** Active clients only: a discharged client's medications are read-only. */
  readonly canEdit: boolean;
}

function Medications({ clientId, canEdit, data }: Props & { data: ClientMedications }) {
  const [today] = useState(localToday);
  const actions = useMedicationActions(clientId);
  const changes = medicationChanges(data.medications, data.history);
  const alert = adherenceAlert(currentAdherence(data.history.adherence), today);
  return (
    <Stack component="section" aria-labelledby="medications-heading">
      {alert && <AdherenceBanner alert={alert} medications={data.medications} />}
      <Title order={2} id="medications-heading">Medications</Title>
      {data.history.unreadable > 0 && (
        <Text role="status">{data.history.unreadable} medication record(s) were written in a format this version cannot show; they are kept unchanged.</Text>
      )}
      <MedicationListCard medications={data.medications} actions={actions} today={today} canEdit={canEdit} />
      {changes.length > 0 && <ChangeHistoryTable changes={changes} />}
      <AdherenceCard medications={data.medications} records={data.history.adherence} actions={actions} today={today} canEdit={canEdit} />
      <SideEffectsCard medications={data.medications} history={data.history} actions={actions} today={today} canEdit={canEdit} />
    </Stack>
  );
}

/** The medications tab of a client's chart. */
export function MedicationsSection({ clientId, canEdit }: Props) {
  const { data, error } = useClientMedications(clientId);
  useRecordMedicationsView(clientId, Boolean(data));
  if (error) {
    return <Text role="alert">This client’s medications could not be read ({error.message}). Lock and unlock Waypoint, then open the chart again.</Text>;
  }
  if (!data) return <Loader aria-label="Loading medications" />;
  return <Medications clientId={clientId} canEdit={canEdit} data={data} />;
}
