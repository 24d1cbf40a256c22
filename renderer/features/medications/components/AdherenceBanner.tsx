import { Alert, Text } from '@mantine/core';
import { combineLatest, map } from 'rxjs';
import { ADHERENCE_ALERT_PERCENT, adherenceAlert, type AdherenceAlert } from '../../../../shared/domain/medication-adherence';
import { currentAdherence, readHistory } from '../../../../shared/domain/medication-events';
import type { Medication } from '../../../../shared/domain/records';
import { localToday } from '../../../components/format-date';
import { useLiveQuery, watchMedicationEventsForClient, watchMedicationsForClient } from '../../../db';

/** The low-adherence alert: the 7-day figure and which medications fall below the line. */
export function AdherenceBanner({ alert, medications }: { alert: AdherenceAlert; medications: readonly Medication[] }) {
  const names = alert.medications.map((m) => `${medications.find((x) => x.id === m.medicationId)?.name ?? 'a medication'} ${String(m.percent)} %`);
  return (
    <Alert role="alert" color="#9c3706" variant="outline" title={`Adherence below ${String(ADHERENCE_ALERT_PERCENT)} %`}>
      <Text>
        Over the last 7 days {alert.percent} % of scheduled doses were taken ({alert.total.taken} of {alert.total.scheduled}).
        {names.length > 0 && ` Below ${String(ADHERENCE_ALERT_PERCENT)} %: ${names.join(', ')}.`} Ask about the missed doses and their reasons.
      </Text>
    </Alert>
  );
}

/** The low-adherence alert for the chart header, reading the client's medications itself; nothing when adherence is fine. */
export function AdherenceAlertBanner({ clientId }: { clientId: string }) {
  const { data } = useLiveQuery(
    (db) =>
      combineLatest([watchMedicationsForClient(db, clientId), watchMedicationEventsForClient(db, clientId)]).pipe(
        map(([medications, events]) => ({ medications, alert: adherenceAlert(currentAdherence(readHistory(events).adherence), localToday()) })),
      ),
    [clientId],
  );
  if (!data?.alert) return null;
  return <AdherenceBanner alert={data.alert} medications={data.medications} />;
}
