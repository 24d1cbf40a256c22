import { Stack } from '@mantine/core';
import { useState } from 'react';
import { notify } from '../../../components/notify';
import { activeAlerts, type AckAction } from '../safety-alerts';
import { administrableInstruments } from '../instrument-forms';
import { useClientMeasures } from '../useClientMeasures';
import { useMeasureActions, type AdministrationInput } from '../useMeasureActions';
import { AckForm } from './AckForm';
import { AdministerPanel, type AdministerState } from './AdministerPanel';
import { SafetyBanner } from './SafetyBanner';

const CSSRS_OFFER: AdministerState = { instrumentId: 'C-SSRS-Screener', correcting: null, notice: null };
const CSSRS_ONLY = administrableInstruments().filter((d) => d.id === 'C-SSRS-Screener');

interface Props {
  readonly clientId: string;
  /** Active clients only: a discharged client is not administered the screener from the banner. */
  readonly canAdminister: boolean;
  /** The screener cannot be dated before it. */
  readonly dateOfBirth: string;
}

/**
 * The client's unanswered safety alert, shown above every tab of the chart (DESIGN.md: "on every screen that shows
 * the client"), with its two actions: record a signed clinician response, or administer the C-SSRS screener.
 */
export function SafetyAlertBanner({ clientId, canAdminister, dateOfBirth }: Props) {
  const { data } = useClientMeasures(clientId);
  const actions = useMeasureActions(clientId);
  const [responding, setResponding] = useState(false);
  const [administering, setAdministering] = useState<AdministerState | null>(null);
  const alerts = data ? activeAlerts(data.responses, data.acks) : [];
  if (alerts.length === 0) return null;

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
        onAdministerCssrs={canAdminister ? () => { setAdministering(CSSRS_OFFER); } : null}
        onRespond={() => { setResponding(true); }}
      />
      {responding && <AckForm onSign={sign} onCancel={() => { setResponding(false); }} />}
      {administering && (
        <AdministerPanel instruments={CSSRS_ONLY} dateOfBirth={dateOfBirth} state={administering} onChange={setAdministering} onSave={save} onClose={() => { setAdministering(null); }} />
      )}
    </Stack>
  );
}
