import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { notify } from '../../../components/notify';
import { RecordSafetyEventFromAlert } from '../../safety-plans';
import {
  AdministerPanel,
  administrableInstruments,
  useClientMeasures,
  useMeasureActions,
  type AdministerState,
  type AdministrationInput,
  type MeasureResponse,
} from '../../measures';
import { activeAlerts, type AckAction } from '../safety-alerts';
import { AckForm } from './AckForm';
import { SafetyBanner } from './SafetyBanner';
import { localDayOf } from '../../../components/format-date';

const CSSRS_OFFER: AdministerState = { instrumentId: 'C-SSRS-Screener', correcting: null, notice: null };
// Read on first use, not at import: this module and features/measures import each other's index.
let cssrsOnly: ReturnType<typeof administrableInstruments> | undefined;
const cssrsOnlyInstruments = () => (cssrsOnly ??= administrableInstruments().filter((d) => d.id === 'C-SSRS-Screener'));

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
  const actions = useMeasureActions(clientId);
  const [responding, setResponding] = useState(false);
  const [offer, setOffer] = useState<{ responseId: string; on: string } | null>(null);
  const [administering, setAdministering] = useState<AdministerState | null>(null);
  const [, setParams] = useSearchParams();
  const alerts = data ? activeAlerts(data.responses, data.acks) : [];
  const eventOffer = (whenRecorded: 'confirm' | 'hide') =>
    offer &&
    canAdminister && (
      <RecordSafetyEventFromAlert
        clientId={clientId}
        admissionDate={admissionDate}
        alert={offer}
        whenRecorded={whenRecorded}
        onDismiss={
          whenRecorded === 'hide'
            ? () => {
                setOffer(null);
              }
            : undefined
        }
      />
    );
  // After signing, the offer stays until a safety event is recorded from the alert (or the chart is left).
  if (alerts.length === 0) return eventOffer('hide') || null;

  const sign = async (action: AckAction, note: string) => {
    await actions.acknowledge({ responseIds: alerts.map((r) => r.id), action, note });
    setResponding(false);
    notify('Safety response signed and recorded.');
  };
  const save = async (input: AdministrationInput) => {
    const saved = await actions.administer(input);
    notify(`${saved.instrumentId} saved.`);
    setAdministering(null);
  };

  return (
    <Stack>
      <SafetyBanner
        alerts={alerts}
        onAdministerCssrs={
          canAdminister
            ? () => {
                setAdministering(CSSRS_OFFER);
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
        <AdministerPanel
          instruments={cssrsOnlyInstruments()}
          dateOfBirth={dateOfBirth}
          state={administering}
          onChange={setAdministering}
          onSave={save}
          onClose={() => {
            setAdministering(null);
          }}
        />
      )}
    </Stack>
  );
}
