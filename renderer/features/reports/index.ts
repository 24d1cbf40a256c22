/** Public surface of the reports feature: the feature module and the hooks other features print with. */
export { reportsFeature } from './feature';
export { useClinicContact, usePrintClientCopy, useProgressReportExport, useCsvExport, type ExportOutcome } from './useExports';
export { ExportOutcomeNote } from './ExportOutcomeNote';
export { ClientCopyButton, useClientCopiesProvided } from './ClientCopyButton';
export { exportProgressReport, exportPlanClientCopy, exportableClient, ExportRefusedError, type PrintablePlan, type SaveDocument } from './report-actions';
export { loadReportDecision } from './report-data';
