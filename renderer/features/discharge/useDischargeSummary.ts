import { useState } from 'react';
import {
  aftercareCopyGiven,
  type DischargeAddendum,
  type DischargeClientCopy,
  type DischargeCosign,
  type DischargeSummary,
  type DischargeSummaryContent,
  type ReportOptIn,
} from '../../../shared/reports';
import { useLiveQuery, watchDischargeSummaries } from '../../db';
import { savePdf } from '../../reports';
import { useActorContext, useSignedIn } from '../../session';
import { ExportRefusedError, useClinicContact, type ExportOutcome } from '../reports';
import { clientCopyCrisisLines } from '../../../shared/reports';
import { localToday } from '../../components/format-date';
import {
  addDischargeAddendum,
  cosignDischargeSummary,
  exportAftercareClientCopy,
  exportDischargeSummary,
  saveDischargeSummary,
  signDischargeSummaryAction,
  startDischargeSummary,
} from './discharge-actions';
import { errorMessage } from '../../../shared/error-message';

export interface DischargeSummaryView {
  readonly summary: DischargeSummary | null;
  readonly addenda: readonly DischargeAddendum[];
  readonly cosigns: readonly DischargeCosign[];
  /** The latest client copy of its aftercare plan given, or null. */
  readonly clientCopy: DischargeClientCopy | null;
}

/** The client's discharge summary for their discharge (with its addenda and client copies given), kept live; undefined while loading. */
export function useDischargeSummary(clientId: string, dischargeDate: string | null): DischargeSummaryView | undefined {
  const data = useLiveQuery((db) => watchDischargeSummaries(db, clientId), [clientId]).data;
  if (!data) return undefined;
  const summary = data.summaries.find((s) => s.dischargeDate === dischargeDate) ?? null;
  return {
    summary,
    addenda: summary ? data.addenda.filter((a) => a.summaryId === summary.id) : [],
    cosigns: data.cosigns,
    clientCopy: summary ? aftercareCopyGiven(data.clientCopies, summary.id) : null,
  };
}

/** The discharge summary's writes, bound to the signed-in clinician and the clinic. */
export function useDischargeActions() {
  const ctx = useActorContext();
  const { clinicName } = useSignedIn();
  return {
    start: (clientId: string) => startDischargeSummary(ctx, clientId, clinicName),
    save: (id: string, content: DischargeSummaryContent, audited: boolean) => saveDischargeSummary(ctx, id, content, audited),
    sign: (id: string, content: DischargeSummaryContent) => signDischargeSummaryAction(ctx, id, content, clinicName),
    addAddendum: (id: string, text: string) => addDischargeAddendum(ctx, id, text),
    cosign: (id: string) => cosignDischargeSummary(ctx, id),
  };
}

/** The summary's PDF: built, saved through the host's dialog, audited; what happened, for the screen to say. */
export function useDischargeSummaryPdf() {
  const ctx = useActorContext();
  const { clinicName } = useSignedIn();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const print = async (id: string, optIns: readonly ReportOptIn[]): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await exportDischargeSummary(ctx, id, clinicName, savePdf, optIns));
    } catch (error) {
      const message = errorMessage(error);
      setOutcome({ status: error instanceof ExportRefusedError ? 'refused' : 'failed', message });
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, print };
}

/** The client copy of the signed summary's aftercare plan (§7.4): saved as a PDF through the host's dialog, audited. */
export function useAftercareClientCopy() {
  const ctx = useActorContext();
  const { clinicName } = useSignedIn();
  const contact = useClinicContact();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const print = async (id: string): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      const copy = { clinicName, clinicPhone: contact.phone, crisisLines: clientCopyCrisisLines(contact) };
      setOutcome(await exportAftercareClientCopy(ctx, id, copy, savePdf, localToday(ctx.now())));
    } catch (error) {
      setOutcome({ status: 'failed', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, print };
}
