import { useState } from 'react';
import { map } from 'rxjs';
import type { SaveFileResult } from '../../../shared/host';
import { NO_CLINIC_CONTACT, clientCopyCrisisLines, clinicContactOf, type ClinicContact } from '../../../shared/reports';
import { localToday } from '../../components/format-date';
import { useLiveQuery, watchClinicRecords } from '../../db';
import { saveCsv, saveJson, savePdf } from '../../reports';
import { useActorContext, useSignedIn } from '../../session';
import { exportCsv, type CsvExport } from './csv-actions';
import { exportClientRecord, type RecordExport } from './record-export-actions';
import { ExportRefusedError, exportPlanClientCopy, exportProgressReport, type PrintablePlan, type ProgressReportExport } from './report-actions';
import { errorMessage } from '../../../shared/error-message';

export type ExportOutcome =
  | { readonly status: 'saved'; readonly path: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'failed'; readonly message: string };

/** Runs one export at a time and keeps what happened, for the screen to say. */
function useExportRunner() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const run = async (task: () => Promise<SaveFileResult>): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await task());
    } catch (error) {
      const message = errorMessage(error);
      setOutcome(error instanceof ExportRefusedError ? { status: 'refused', message } : { status: 'failed', message });
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, run };
}

/** The progress report PDF of one client: build, save through the host's dialog, audit. */
export function useProgressReportExport() {
  const ctx = useActorContext();
  const { busy, outcome, run } = useExportRunner();
  return { busy, outcome, save: (input: ProgressReportExport) => run(() => exportProgressReport(ctx, input, savePdf)) };
}

function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** CSV exports of measures or target behaviours, for one client or the caseload the user may export. */
export function useCsvExport() {
  const ctx = useActorContext();
  const { busy, outcome, run } = useExportRunner();
  const [part2LeftOut, setPart2LeftOut] = useState(0);
  const save = (input: Omit<CsvExport, 'salt'>) =>
    run(async () => {
      setPart2LeftOut(0);
      const result = await exportCsv(ctx, { ...input, salt: randomSalt() }, saveCsv);
      setPart2LeftOut(result.status === 'saved' ? result.part2LeftOut : 0);
      return result;
    });
  return { busy, outcome, part2LeftOut, save };
}

/** The clinic's phone and crisis line for client copies (Settings), kept live; none set while loading. */
export function useClinicContact(): ClinicContact {
  return useLiveQuery((db) => watchClinicRecords(db, 'settings').pipe(map(clinicContactOf)), []).data ?? NO_CLINIC_CONTACT;
}

/**
 * The client copy of a plan version (progress.md §4.4) — treatment plan, safety plan or relapse-prevention plan —
 * saved as a PDF through the host's dialog and audited. For a plan screen's "Client copy" button:
 * `const { print, busy, outcome } = usePrintClientCopy(); print(version)`; show `<ExportOutcomeNote outcome={outcome} what="Client copy" />`.
 */
export function usePrintClientCopy() {
  const ctx = useActorContext();
  const { clinicName } = useSignedIn();
  const contact = useClinicContact();
  const { busy, outcome, run } = useExportRunner();
  const print = (version: PrintablePlan) =>
    run(() =>
      exportPlanClientCopy(
        ctx,
        version,
        { clinicName, clinicPhone: contact.phone, crisisLines: clientCopyCrisisLines(contact) },
        savePdf,
        localToday(ctx.now()),
      ),
    );
  return { busy, outcome, print };
}

/** A client's record (right of access): the PDF or the JSON bundle, each its own save and audit event. */
export function useClientRecordExport() {
  const ctx = useActorContext();
  const { clinicName } = useSignedIn();
  const { busy, outcome, run } = useExportRunner();
  const save = (input: Omit<RecordExport, 'clinicName'>) => run(() => exportClientRecord(ctx, { ...input, clinicName }, { pdf: savePdf, json: saveJson }));
  return { busy, outcome, save };
}
