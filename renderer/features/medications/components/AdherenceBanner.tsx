import { Alert, Text } from '@mantine/core';
import { ADHERENCE_ALERT_PERCENT, type AdherenceWindow } from '../../../../shared/domain/medication-adherence';
import type { Medication } from '../../../../shared/domain/records';
import { formatIsoDate } from '../../../components/format-date';
import { adherenceSentence, medicationsBelowLine } from '../adherence-text';
import { useClientAdherence } from '../useClientAdherence';

/** The low-adherence alert: the 14-day figure and which medications fall below the line; nothing unless it is low. */
export function AdherenceBanner({ adherence, medications }: { adherence: AdherenceWindow; medications: readonly Medication[] }) {
  if (adherence.status !== 'low') return null;
  const names = medicationsBelowLine(adherence, medications);
  return (
    <Alert role="alert" color="#9c3706" variant="outline" title={`Adherence below ${String(ADHERENCE_ALERT_PERCENT)} %`}>
      <Text>
        {adherenceSentence(adherence, medications, formatIsoDate)}
        {names.length > 0 && ` Below ${String(ADHERENCE_ALERT_PERCENT)} %: ${names.join(', ')}.`} Ask about the missed doses and their reasons.
      </Text>
    </Alert>
  );
}

/** The low-adherence alert for the chart header, reading the client's medications itself; nothing when adherence is fine. */
export function AdherenceAlertBanner({ clientId }: { clientId: string }) {
  const data = useClientAdherence(clientId);
  if (!data) return null;
  return <AdherenceBanner adherence={data.adherence} medications={data.medications} />;
}
