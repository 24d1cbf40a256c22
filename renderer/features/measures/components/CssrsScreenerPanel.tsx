import { useState } from 'react';
import { notify } from '../../../components/notify';
import { administrableInstruments } from '../instrument-forms';
import { useMeasureActions, type AdministrationInput } from '../useMeasureActions';
import { AdministerPanel, type AdministerState } from './AdministerPanel';

const CSSRS_OFFER: AdministerState = { instrumentId: 'C-SSRS-Screener', correcting: null, notice: null };
let cssrsOnly: ReturnType<typeof administrableInstruments> | undefined;
const cssrsOnlyInstruments = () => (cssrsOnly ??= administrableInstruments().filter((d) => d.id === 'C-SSRS-Screener'));

interface Props {
  readonly clientId: string;
  /** The screener cannot be dated before it. */
  readonly dateOfBirth: string;
  /** Closes the panel: after the screener is saved, or when the clinician closes it. */
  readonly onClose: () => void;
}

/** The C-SSRS screener on its own, administered and saved for the client (what the safety alert banner offers). */
export function CssrsScreenerPanel({ clientId, dateOfBirth, onClose }: Props) {
  const actions = useMeasureActions(clientId);
  const [state, setState] = useState<AdministerState>(CSSRS_OFFER);
  const save = async (input: AdministrationInput) => {
    const saved = await actions.administer(input);
    notify(`${saved.instrumentId} saved.`);
    onClose();
  };
  return <AdministerPanel instruments={cssrsOnlyInstruments()} dateOfBirth={dateOfBirth} state={state} onChange={setState} onSave={save} onClose={onClose} />;
}
