import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { activeAlerts, type AckAction } from '../../../../shared/instruments';
import { localDayOf } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import { useChartRegistry } from '../../../modules';
import { CssrsScreenerPanel, useClientMeasures, type MeasureResponse } from '../../measures';
import { useAcknowledgeSafetyAlert } from '../useAcknowledgeSafetyAlert';
import { AckForm } from './AckForm';
import { SafetyBanner } from './SafetyBanner';

interface Props {
  readonly clientId: string;
  /** Active clients only: a discharged client is not administered the screener from the banner. */
  readonly canAdminister: boolean;
  /** The screener cannot be dated before it. */
  readonly dateOfBirth: string;
  /** A safety event recorded from the alert cannot be dated before it. */
  readonly admissionDate: string;
  /** The open chart tab: "Review the safety plan" opens the safety-plans tab (features/safety-plans) unless it is open. */
  readonly tab?: string;
}

const SAFETY_PLANS_TAB = 'safety-plans';

/** The alert a safety event recorded while answering is linked to: the newest alerting response, dated its day. */
function alertLinkOf(alerts: readonly MeasureResponse[]) {
  const newest = alerts.at(-1);
  return newest ? { responseId: newest.id, on: localDayOf(newest.completedAt) } : null;
}

/**
 * The client's unanswered safety alert, shown above every tab of the chart (DESIGN.md: "on every screen that shows
 * the client"), with its actions: record a signed clinician response (and, while answering, a safety event linked to
 * the alert, kept on offer after signing until recorded), review the safety plan, or administer the C-SSRS screener.
 */
export function SafetyAlertBanner({ clientId, canAdminister, dateOfBirth, admissionDate, tab }: Props) {
  const { data } = useClientMeasures(clientId);
  const acknowledge = useAcknowledgeSafetyAlert(clientId);
  // What other features offer while answering (features/safety-plans: record a linked safety event).
  const { safetyAlertOffers } = useChartRegistry();
  const [responding, setResponding] = useState(false);
  const [offer, setOffer] = useState<{ responseId: string; on: string } | null>(null);
  const [administering, setAdministering] = useState(false);
  const [, setParams] = useSearchParams();
  const alerts = data ? activeAlerts(data.responses, data.acks) : [];
  const eventOffer = (whenRecorded: 'confirm' | 'hide') => {
    if (!offer || !canAdminister || safetyAlertOffers.length === 0) return null;
    const onDismiss =
      whenRecorded === 'hide'
        ? () => {
            setOffer(null);
          }
        : undefined;
    return safetyAlertOffers.map(({ key, Offer }) => (
      <Offer key={key} clientId={clientId} admissionDate={admissionDate} alert={offer} whenRecorded={whenRecorded} onDismiss={onDismiss} />
    ));
  };
  // After signing, the offer stays until a safety event is recorded from the alert (or the chart is left).
  if (alerts.length === 0) return eventOffer('hide');

  const sign = async (action: AckAction, note: string) => {
    await acknowledge({ responseIds: alerts.map((r) => r.id), action, note });
    setResponding(false);
    notify('Safety response signed and recorded.');
  };
  return (
    <Stack>
      <SafetyBanner
        alerts={alerts}
        onAdministerCssrs={
          canAdminister
            ? () => {
                setAdministering(true);
              }
            : null
        }
        onRespond={() => {
          setResponding(true);
          setOffer(alertLinkOf(alerts));
        }}
        onReviewSafetyPlan={
          tab === SAFETY_PLANS_TAB
            ? null
            : () => {
                setParams({ tab: SAFETY_PLANS_TAB }, { replace: true });
              }
        }
      />
      {responding && (
        <AckForm
          onSign={sign}
          onCancel={() => {
            setResponding(false);
            setOffer(null);
          }}
        />
      )}
      {responding && eventOffer('confirm')}
      {administering && (
        <CssrsScreenerPanel
          clientId={clientId}
          dateOfBirth={dateOfBirth}
          onClose={() => {
            setAdministering(false);
          }}
        />
      )}
    </Stack>
  );
}
