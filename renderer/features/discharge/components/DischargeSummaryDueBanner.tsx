import { Alert } from '@mantine/core';
import { dischargeSummaryDue, dueWords, longDate } from '../../../../shared/reports';
import { localToday } from '../../../components/format-date';
import type { ChartBannerProps } from '../../../modules';
import { useDischargeSummary } from '../useDischargeSummary';

/** On a discharged client's other tabs: the discharge summary is not signed yet, and when it is due (§7.3: 15 days). */
export function DischargeSummaryDueBanner({ client, tab }: ChartBannerProps) {
  const data = useDischargeSummary(client.id, client.dischargeDate);
  if (tab === 'discharge' || client.status !== 'discharged' || client.dischargeDate === null || !data || data.summary?.status === 'signed') return null;
  const { dueOn, daysLeft } = dischargeSummaryDue(client.dischargeDate, localToday());
  return (
    <Alert color={daysLeft < 0 ? 'red' : 'orange'} role="status" title={`Discharge summary ${dueWords(daysLeft)}`}>
      {`The discharge summary with the aftercare plan is due by ${longDate(dueOn)} and is ${data.summary ? 'a draft, not signed' : 'not started'}. Open the Discharge summary tab to write and sign it.`}
    </Alert>
  );
}
